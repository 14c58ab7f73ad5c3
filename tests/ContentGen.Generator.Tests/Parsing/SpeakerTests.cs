using System.Linq;
using ContentGen.Core.Model;
using ContentGen.Core.Parsing;
using Xunit;

namespace ContentGen.Generator.Tests.Parsing
{
    public class SpeakerTests
    {
        private const string Words = "Chúng tôi đã chuẩn bị kỹ lưỡng cho mùa mưa bão năm nay";

        [Theory]
        [InlineData("\"" + Words + "\" - ông Trần Văn Khải nói.")]
        [InlineData("\"" + Words + "\"- ông Trần Văn Khải nói.")]
        [InlineData("“" + Words + "” – ông Trần Văn Khải nói.")]
        [InlineData("“" + Words + "”, ông Trần Văn Khải cho biết.")]
        [InlineData("“" + Words + ",” ông Trần Văn Khải nhấn mạnh.")]
        [InlineData("Ông Trần Văn Khải cho biết: “" + Words + "”.")]
        [InlineData("Ông Trần Văn Khải nói rằng “" + Words + "”.")]
        [InlineData("Theo ông Trần Văn Khải, “" + Words + "”.")]
        public void Speaker_is_found_in_each_attribution_shape(string paragraph)
        {
            QuoteModel quote = Articles.OnlyQuote(paragraph);

            Assert.Equal(QuoteKindModel.Speech, quote.Kind);
            Assert.Equal("Trần Văn Khải", quote.Speaker);
        }

        [Theory]
        [InlineData("Giám đốc Sở Y tế tỉnh Hải Dương Lê Minh Châu cho biết: “" + Words + "”.", "Lê Minh Châu")]
        [InlineData("“" + Words + "”, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên khẳng định.", "Nguyễn Hồng Diên")]
        [InlineData("“" + Words + "”, bà Đỗ Thu Hằng, Giám đốc công ty, chia sẻ.", "Đỗ Thu Hằng")]
        [InlineData("“" + Words + "”, TS. Vũ Đình Ánh nhận định.", "Vũ Đình Ánh")]
        [InlineData("“" + Words + "”, ông Trần Văn Khải, Giám đốc Công ty Hoàng Long, cho biết.", "Trần Văn Khải")]
        public void Honorifics_and_titles_are_not_part_of_the_speaker(string paragraph, string speaker)
        {
            Assert.Equal(speaker, Articles.OnlyQuote(paragraph).Speaker);
        }

        [Fact]
        public void Speaker_of_a_quote_inside_a_passage_is_its_speaking_subject()
        {
            QuoteModel quote = Articles.OnlyQuote(
                "Đồng chí Lê Văn Hưng cho rằng, về cơ bản, tỉnh đã làm tốt. Tuy nhiên, cần chú ý hơn, vì \"" + Words + "”, nhất là ở cơ sở.");

            Assert.Equal("Lê Văn Hưng", quote.Speaker);
        }

        [Fact]
        public void The_speaking_subject_may_stand_before_an_apposition()
        {
            QuoteModel quote = Articles.OnlyQuote(
                "Đại tá Lê Văn Hưng, Phó Thủ trưởng Cơ quan điều tra Công an tỉnh, cho rằng thủ đoạn này rất tinh vi, vì \"" + Words + "\".");

            Assert.Equal("Lê Văn Hưng", quote.Speaker);
        }

        [Fact]
        public void A_degree_before_a_short_name_resolves_to_the_full_name()
        {
            ParsedArticle article = Articles.Parse(
                "Tiêu đề",
                "PGS.TS Võ Thanh Hà, Viện Nghiên cứu lúa, đã khảo sát nhiều vùng.",
                "“" + Words + "” - TS. Hà nói.");

            Assert.Equal("Võ Thanh Hà", Assert.Single(article.Quotes).Speaker);
        }

        [Fact]
        public void A_profession_before_a_name_introduces_the_person()
        {
            ParsedArticle article = Articles.Parse(
                "Tiêu đề",
                "Nhà kinh tế Anna Weber của Viện Kinh tế tỏ ra hoài nghi.",
                "“" + Words + "”, bà Weber viết.");

            Assert.Equal("Anna Weber", Assert.Single(article.Quotes).Speaker);
        }

        [Fact]
        public void A_short_name_resolves_to_the_full_name_met_earlier()
        {
            ParsedArticle article = Articles.Parse(
                "Tiêu đề",
                "Ông Trần Văn Khải, Giám đốc công ty, đã có mặt từ sớm.",
                "“" + Words + "” - ông Khải nói.");

            Assert.Equal("Trần Văn Khải", Assert.Single(article.Quotes).Speaker);
        }

        [Fact]
        public void A_bare_honorific_resolves_to_the_last_person_named_with_it()
        {
            ParsedArticle article = Articles.Parse(
                "Tiêu đề",
                "Bà Lê Thị Hoa và ông Trần Văn Khải cùng đến hiện trường. Sau đó ông Khải đi kiểm tra đê.",
                "“" + Words + "”, bà nói.");

            Assert.Equal("Lê Thị Hoa", Assert.Single(article.Quotes).Speaker);
        }

        [Fact]
        public void A_case_slip_in_a_name_is_the_same_person()
        {
            ParsedArticle article = Articles.Parse(
                "Tiêu đề",
                "Ông Trần Văn Khải đến dự. Phát biểu tại buổi lễ, ông Trần Văn khải nhắc lại nhiệm vụ.",
                "Ông Trần Văn khải nói: “" + Words + "”.");

            Assert.Equal("Trần Văn Khải", Assert.Single(article.Quotes).Speaker);
        }

        [Theory]
        [InlineData("“" + Words + "” - báo cáo tổng kết nhận định.", "báo cáo tổng kết")]
        [InlineData("“" + Words + "”, bản án nêu rõ.", "bản án")]
        [InlineData("Từ thực tế đó, Ngân hàng Nhà nước cho biết: “" + Words + "”.", "Ngân hàng Nhà nước")]
        [InlineData("“" + Words + "” - báo cáo của Bộ Tài chính do Thứ trưởng Lê Văn Hà trình bày, nêu rõ.", "báo cáo của Bộ Tài chính")]
        public void Organisations_and_documents_can_speak(string paragraph, string speaker)
        {
            Assert.Equal(speaker, Articles.OnlyQuote(paragraph).Speaker);
        }

        [Fact]
        public void A_term_followed_by_a_clause_is_not_attributed()
        {
            QuoteModel quote = Articles.OnlyQuote("Tỉnh chọn cách làm “sát dân”, trong đó giao chỉ tiêu cho từng xã.");

            Assert.Equal(QuoteKindModel.Term, quote.Kind);
            Assert.Null(quote.Speaker);
        }

        [Fact]
        public void Each_quote_gets_its_own_speaker()
        {
            ParsedArticle article = Articles.Parse(
                "Tiêu đề",
                "“" + Words + "”, ông Trần Văn Khải nói. “Còn chúng tôi thì lo cho việc học của các em nhỏ trong vùng”, bà Lê Thị Hoa chia sẻ.");

            Assert.Equal(new[] { "Trần Văn Khải", "Lê Thị Hoa" }, article.Quotes.Select(q => q.Speaker));
        }

        [Theory]
        [InlineData("Ông Lê Minh Châu kiểm tra công trình. Ảnh: Hải Nam")]
        [InlineData("Ông Lê Minh Châu kiểm tra công trình (Ảnh: Quốc Khánh)")]
        public void A_caption_names_no_speaker(string caption)
        {
            ParsedArticle article = Articles.Parse(
                "Tiêu đề",
                "Ông Trần Văn Khải, Giám đốc Sở Xây dựng, đã đến kiểm tra tiến độ công trình.",
                caption,
                "“" + Words + "”, ông nói.");

            Assert.Equal(SectionKindModel.Caption, article.Sections[1].Kind);
            Assert.Equal("Trần Văn Khải", Assert.Single(article.Quotes).Speaker);
        }

        [Fact]
        public void A_byline_names_no_speaker()
        {
            ParsedArticle article = Articles.Parse(
                "Tiêu đề",
                "Ông Trần Văn Khải cho biết tỉnh đã chuẩn bị phương án.",
                "“" + Words + "”, ông Hải nói.",
                "Văn Hải");

            Assert.Equal(SectionKindModel.Byline, article.Sections[2].Kind);
            Assert.Equal("Hải", Assert.Single(article.Quotes).Speaker);
        }

        [Theory]
        [InlineData("“" + Words + "”, Bộ trưởng Thắng nói.")]
        [InlineData("Tại phiên tòa, bị cáo Thắng nói: “" + Words + "”.")]
        [InlineData("“" + Words + "”, Thắng nói lời sau cùng.")]
        public void A_short_name_after_a_title_or_a_role_or_alone_is_the_full_name_met_earlier(string paragraph)
        {
            ParsedArticle article = Articles.Parse("Tiêu đề", "Bộ trưởng Bộ Tài chính Vũ Đình Thắng đã giải trình trước Quốc hội.", paragraph);

            Assert.Equal("Vũ Đình Thắng", Assert.Single(article.Quotes).Speaker);
        }

        [Theory]
        [InlineData("Ông Trần Văn Khải đề nghị: “" + Words + "”.")]
        [InlineData("Phát biểu kết luận, Phó Thống đốc Trần Văn Khải yêu cầu: “" + Words + "”.")]
        [InlineData("Ông Trần Văn Khải kêu gọi: “" + Words + "”.")]
        public void Requests_and_appeals_are_speech(string paragraph)
        {
            Assert.Equal("Trần Văn Khải", Articles.OnlyQuote(paragraph).Speaker);
        }

        [Fact]
        public void A_title_in_an_apposition_does_not_hide_the_speaking_subject()
        {
            QuoteModel quote = Articles.OnlyQuote(
                "Bà Nguyễn Thị Lan, chuyên gia phân tích năng lượng tại một ngân hàng, cho rằng mức trần “mang tính chính trị nhiều hơn là kinh tế và khó duy trì lâu dài”, bởi thị trường sẽ tự điều chỉnh.");

            Assert.Equal("Nguyễn Thị Lan", quote.Speaker);
        }

        [Fact]
        public void The_sentence_after_a_quote_may_say_whose_words_they_were()
        {
            QuoteModel quote = Articles.OnlyQuote("“" + Words + "”. Đó là chia sẻ của anh Võ Văn Thành, công nhân một công ty may.");

            Assert.Equal("Võ Văn Thành", quote.Speaker);
        }

        [Fact]
        public void A_name_joined_by_an_apostrophe_is_one_name()
        {
            ParsedArticle article = Articles.Parse(
                "Tiêu đề",
                "Giám đốc hợp tác xã, bà H'Lan Byă, cho biết giá bán luôn cao hơn giá thị trường.",
                "“" + Words + "”, bà H'Lan nói.");

            Assert.Equal("H'Lan Byă", Assert.Single(article.Quotes).Speaker);
        }

        [Fact]
        public void An_office_title_alone_stands_for_the_person_last_named()
        {
            QuoteModel quote = Articles.OnlyQuote(
                "Phó Thống đốc Trần Văn Khải cho biết các ngân hàng sẽ được xem xét. “" + Words + "”, Phó Thống đốc nói.");

            Assert.Equal("Trần Văn Khải", quote.Speaker);
        }
    }
}
