using ContentGen.Core.Parsing;
using Xunit;

namespace ContentGen.Generator.Tests.Parsing
{
    /// <summary>The structural checks behind names and speakers: syllable shapes, glued words, the validator.</summary>
    public class SpeakerShapeTests
    {
        [Theory]
        [InlineData("Rutte")]
        [InlineData("Mark")]
        [InlineData("Shin")]
        [InlineData("Seung-ki")]
        [InlineData("Zakharova")]
        [InlineData("Jay")]
        public void A_word_that_cannot_be_a_Vietnamese_syllable_is_foreign(string word)
        {
            Assert.True(NameShape.IsForeignWord(word));
        }

        [Theory]
        [InlineData("Hùng")]
        [InlineData("Nguyễn")]
        [InlineData("Hong")]
        [InlineData("Minh")]
        [InlineData("giá")]
        public void A_Vietnamese_word_or_a_syllable_shaped_one_is_not(string word)
        {
            Assert.False(NameShape.IsForeignWord(word));
        }

        [Theory]
        [InlineData("Chínhđề", 5)]
        [InlineData("hộiphân", 3)]
        [InlineData("cáoMan", 3)]
        [InlineData("nhữngdự", 5)]
        [InlineData("nghiêng", 7)]
        [InlineData("Putin", 5)]
        [InlineData("Seung-ki", 8)]
        public void Words_glued_together_end_where_the_first_syllable_does(string word, int end)
        {
            Assert.Equal(end, GluedWords.FirstWordEnd(word, 0, word.Length));
        }

        [Theory]
        [InlineData("ông", "phrase")]
        [InlineData("các", "phrase")]
        [InlineData("Những", "phrase")]
        [InlineData("Theo", "phrase")]
        [InlineData("Keane lý giải cho", "phrase")]
        [InlineData("Chính khách này còn", "phrase")]
        [InlineData("Kết quả khảo sát", "phrase")]
        [InlineData("anh xóa sạch bài đăng", "phrase")]
        [InlineData("một hai ba bốn năm sáu bảy tám chín mười mười một", "phrase")]
        public void The_validator_refuses_what_is_no_name_and_no_noun_phrase(string speaker, string kind)
        {
            Assert.False(SpeakerValidator.IsValid(speaker, KindOf(kind)));
        }

        [Theory]
        [InlineData("Trần Văn Khải", "person")]
        [InlineData("Nguyễn Văn Được", "person")]
        [InlineData("các nhà khoa học", "phrase")]
        [InlineData("báo cáo thẩm tra", "phrase")]
        [InlineData("Bộ Quốc phòng", "phrase")]
        [InlineData("KCNA", "phrase")]
        [InlineData("đánh giá của Chính phủ", "phrase")]
        [InlineData("Thẩm phán", "title")]
        public void The_validator_keeps_names_and_noun_phrases_of_speakers(string speaker, string kind)
        {
            Assert.True(SpeakerValidator.IsValid(speaker, KindOf(kind)));
        }

        private static SubjectKind KindOf(string kind) => kind switch
        {
            "person" => SubjectKind.Person,
            "title" => SubjectKind.Title,
            _ => SubjectKind.Phrase,
        };
    }
}
