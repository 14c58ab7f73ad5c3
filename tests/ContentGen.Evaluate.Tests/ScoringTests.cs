using Xunit;

namespace ContentGen.Evaluate.Tests
{
    public class ScoringTests
    {
        [Theory]
        [InlineData("giá vàng", "giá vàng")]
        [InlineData("Giá  Vàng", "giá vàng")]
        [InlineData("giá vàng", "giá vàng giao ngay")]
        [InlineData("giá bán sơ cấp nhà liền thổ", "giá bán sơ cấp nhà liền thổ tại TP HCM")]
        [InlineData("gia\u0301 va\u0300ng", "giá vàng")]
        public void A_label_matches_when_equal_after_folding_or_contained_within_three_words(string expected, string actual)
        {
            Assert.True(MatchRules.MetricLabelMatches(expected, actual));
        }

        [Theory]
        [InlineData("giá vàng", "giá bạc")]
        [InlineData("giá", "giá bán sơ cấp nhà liền thổ")]
        [InlineData("tổng doanh thu năm 2025", "tổng doanh thu năm 2025 của các đơn vị")]
        [InlineData("giá vàng", null)]
        [InlineData("giá vàng", "")]
        public void A_label_does_not_match_another_phrase_a_much_longer_one_or_none(string expected, string? actual)
        {
            Assert.False(MatchRules.MetricLabelMatches(expected, actual));
        }

        [Theory]
        [InlineData("ông", "a lone pronoun or honorific")]
        [InlineData("Những", "a lone pronoun or honorific")]
        [InlineData("ca sĩ", "a lone pronoun or honorific")]
        [InlineData("Giá vàng vừa", "ends in a function word")]
        [InlineData("Chính khách này còn", "ends in a function word")]
        [InlineData("Rất", "ends in a function word")]
        [InlineData("Bà Huế nhấn mạnh rằng giá giống", "holds a verb of saying")]
        [InlineData("một hai ba bốn năm sáu bảy tám chín mười mười một mười hai", "longer than 12 syllables")]
        public void An_implausible_speaker_or_label_is_named_with_its_reason(string phrase, string problem)
        {
            Assert.Equal(problem, Plausibility.Problem(phrase));
        }

        [Theory]
        [InlineData("Phạm Quang Nghị")]
        [InlineData("Nguyễn Văn Được")]
        [InlineData("quan chức này")]
        [InlineData("nhà khoa học")]
        [InlineData("đánh giá của Chính phủ")]
        [InlineData("giá vàng giao ngay")]
        [InlineData("Giá vàng thế giới hiện tại")]
        [InlineData("Thẩm phán")]
        [InlineData("người phát ngôn của Bộ Ngoại giao")]
        [InlineData("Đài Tiếng nói Việt Nam")]
        public void Names_and_noun_phrases_are_plausible(string phrase)
        {
            Assert.Null(Plausibility.Problem(phrase));
        }
    }
}
