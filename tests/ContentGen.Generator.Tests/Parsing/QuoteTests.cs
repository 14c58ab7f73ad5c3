using System.Linq;
using ContentGen.Core.Model;
using ContentGen.Core.Parsing;
using Xunit;

namespace ContentGen.Generator.Tests.Parsing
{
    public class QuoteTests
    {
        [Fact]
        public void Straight_quotes_pair()
        {
            Assert.Equal("mùa vàng", Articles.OnlyQuote("Người dân gọi đây là \"mùa vàng\" của làng.").Text);
        }

        [Fact]
        public void Curly_quotes_pair()
        {
            Assert.Equal("mùa vàng", Articles.OnlyQuote("Người dân gọi đây là “mùa vàng” của làng.").Text);
        }

        [Fact]
        public void Straight_open_curly_close_pairs_as_one_quote()
        {
            Assert.Equal("mùa vàng", Articles.OnlyQuote("Người dân gọi đây là \"mùa vàng” của làng.").Text);
        }

        [Fact]
        public void Curly_open_straight_close_pairs_as_one_quote()
        {
            Assert.Equal("mùa vàng", Articles.OnlyQuote("Người dân gọi đây là “mùa vàng\" của làng.").Text);
        }

        [Fact]
        public void Nested_quotes_belong_to_the_outer_quote()
        {
            QuoteModel quote = Articles.OnlyQuote("Ông Trần Văn Khải nói: “Không thể cứ “tiêu trước, thôi tiêu sau” mãi như vậy được”.");

            Assert.Equal("Không thể cứ “tiêu trước, thôi tiêu sau” mãi như vậy được", quote.Text);
        }

        [Fact]
        public void A_quote_never_closed_ends_at_the_paragraph_end()
        {
            QuoteModel quote = Articles.OnlyQuote("Bà Lê Thị Hoa kể: “Nước lên nhanh quá, cả nhà chỉ kịp chạy lên mái");

            Assert.Equal("Nước lên nhanh quá, cả nhà chỉ kịp chạy lên mái", quote.Text);
        }

        [Fact]
        public void Pairing_never_crosses_a_paragraph_boundary()
        {
            ParsedArticle article = Articles.Parse("Tiêu đề", "Mở đầu có dấu “mở mà không đóng.", "Đoạn sau có “từ khóa” riêng.");

            Assert.Equal(new[] { "mở mà không đóng.", "từ khóa" }, article.Quotes.Select(q => q.Text));
            Assert.Equal(new[] { 0, 1 }, article.Quotes.Select(q => q.SectionIndex));
        }

        [Fact]
        public void Single_quotes_are_not_quotes_in_the_title_either()
        {
            ParsedArticle article = Articles.Parse("Chiến dịch 'Mùa hè xanh' khởi động", "Mở đầu bài viết.");

            Assert.Empty(article.Quotes);
        }

        [Fact]
        public void Double_quotes_in_the_title_come_first()
        {
            ParsedArticle article = Articles.Parse("Chiến dịch “Mùa hè xanh” khởi động", "Mở đầu bài viết.");

            QuoteModel quote = Assert.Single(article.Quotes);
            Assert.Equal("Mùa hè xanh", quote.Text);
            Assert.Equal(-1, quote.SectionIndex);
        }

        [Fact]
        public void An_apostrophe_inside_a_name_is_not_a_quote()
        {
            Assert.Empty(Articles.Parse("Khách sạn L'Arcade mở cửa", "Khách sạn L'Arcade mở cửa.").Quotes);
        }

        [Fact]
        public void Quote_line_is_the_line_where_it_opens()
        {
            ParsedArticle article = Articles.ParseText("Tiêu đề\n\nMở đầu.\n\nDòng một\nvà “từ khóa” ở dòng hai.\n");

            Assert.Equal(6, Assert.Single(article.Quotes).Line);
        }

        [Fact]
        public void A_short_quoted_name_nobody_says_is_a_term()
        {
            QuoteModel quote = Articles.OnlyQuote("Tỉnh phát động phong trào “Ngày thứ bảy xanh” trong toàn dân.");

            Assert.Equal(QuoteKindModel.Term, quote.Kind);
            Assert.Null(quote.Speaker);
        }

        [Theory]
        [InlineData("Tỉnh phát động chiến dịch “Tháng hành động vì một mùa mưa không có dịch bệnh lây lan” trên toàn địa bàn.")]
        [InlineData("Quận chọn chủ đề \"Năm chỉnh trang đô thị và chuyển đổi số toàn diện cho mọi người dân\" cho năm nay.")]
        [InlineData("Ngân hàng tổ chức hội nghị “Tháo gỡ khó khăn tiếp cận vốn tín dụng cho doanh nghiệp nhỏ và vừa” tại Huế.")]
        public void A_long_quote_named_by_the_noun_before_it_is_a_term(string paragraph)
        {
            Assert.Equal(QuoteKindModel.Term, Articles.OnlyQuote(paragraph).Kind);
        }

        [Fact]
        public void A_long_quoted_sentence_with_no_speaker_is_unattributed_speech()
        {
            QuoteModel quote = Articles.OnlyQuote("“Chúng tôi sẽ tiếp tục hỗ trợ người dân cho đến khi cuộc sống ổn định trở lại”.");

            Assert.Equal(QuoteKindModel.Speech, quote.Kind);
            Assert.Null(quote.Speaker);
        }

        [Fact]
        public void Empty_quote_marks_are_not_a_quote()
        {
            Assert.Empty(Articles.Parse("Tiêu đề", "Dấu \"\" trống và “ ” trống.").Quotes);
        }

        [Theory]
        [InlineData("Quận phát động thi đua hưởng ứng “Phố phường sáng - xanh - sạch - đẹp, văn minh, nghĩa tình của người dân thủ đô” trong toàn quận.")]
        [InlineData("Đợt kiểm tra nằm trong khuôn khổ “Tháng hành động vì an toàn thực phẩm năm nay của toàn thành phố”, kéo dài một tháng.")]
        [InlineData("Đơn vị quản lý đã lắp nhiều biển cảnh báo “Buồn ngủ, hãy dừng xe nghỉ ngơi!” tại các trạm dừng nghỉ.")]
        public void A_quote_named_by_a_campaign_a_frame_or_a_sign_is_a_term_without_speaker(string paragraph)
        {
            QuoteModel quote = Articles.OnlyQuote(paragraph);

            Assert.Equal(QuoteKindModel.Term, quote.Kind);
            Assert.Null(quote.Speaker);
        }
    }
}
