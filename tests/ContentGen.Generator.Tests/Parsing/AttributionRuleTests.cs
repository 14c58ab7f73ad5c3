using System.Linq;
using ContentGen.Core.Model;
using ContentGen.Core.Parsing;
using Xunit;

namespace ContentGen.Generator.Tests.Parsing
{
    /// <summary>One test (or a few) per attribution rule, each with sentences written for it.</summary>
    public class AttributionRuleTests
    {
        private const string Words = "Mùa vụ năm nay chúng tôi đã gieo sớm hơn mọi năm hai tuần";

        private static QuoteModel QuoteStarting(ParsedArticle article, string start) =>
            Assert.Single(article.Quotes, quote => quote.Text.StartsWith(start, System.StringComparison.Ordinal));

        [Fact]
        public void After_the_quote_the_words_are_those_of_whom_another_is_said_to_quote()
        {
            QuoteModel quote = Articles.OnlyQuote("“" + Words + "” - hãng tin Sao Mai dẫn lời luật sư Đỗ Minh Quang nói với báo giới.");

            Assert.Equal("Đỗ Minh Quang", quote.Speaker);
        }

        [Fact]
        public void A_relative_clause_after_a_named_quote_makes_it_the_speakers_words()
        {
            QuoteModel quote = Articles.OnlyQuote("Nhiều người băn khoăn về cái gọi là “tự chủ hoàn toàn” mà ông Trần Văn Khải khẳng định.");

            Assert.Equal(QuoteKindModel.Speech, quote.Kind);
            Assert.Equal("Trần Văn Khải", quote.Speaker);
        }

        [Theory]
        [InlineData("Như vậy, theo bà Lê Thị Hoa, phương án mới là “khó khả thi”.", "Lê Thị Hoa")]
        [InlineData("Kế hoạch này, theo đánh giá của Bộ Xây dựng, là “rất tham vọng”.", "đánh giá của Bộ Xây dựng")]
        public void Theo_frames_a_short_quote_as_someones_words(string paragraph, string speaker)
        {
            QuoteModel quote = Articles.OnlyQuote(paragraph);

            Assert.Equal(QuoteKindModel.Speech, quote.Kind);
            Assert.Equal(speaker, quote.Speaker);
        }

        [Theory]
        [InlineData("Ông Trần Văn Khải coi đề xuất này là “thiếu thực tế”.", "Trần Văn Khải")]
        [InlineData("Phía công ty cho rằng việc đề nghị tạm dừng là “vô căn cứ”.", "Phía công ty")]
        [InlineData("Hiệp hội Dệt may luôn theo sát giá bông, đồng thời coi mức thuế mới là “gánh nặng”.", "Hiệp hội Dệt may")]
        [InlineData("Mặt khác, một số trang tin nước ngoài cho biết ca sĩ đã “tạm nghỉ diễn”.", "một số trang tin nước ngoài")]
        public void A_verb_of_saying_or_of_view_before_a_short_quote_gives_its_speaker(string paragraph, string speaker)
        {
            QuoteModel quote = Articles.OnlyQuote(paragraph);

            Assert.Equal(QuoteKindModel.Speech, quote.Kind);
            Assert.Equal(speaker, quote.Speaker);
        }

        [Theory]
        [InlineData("Giám đốc Sở Y tế Lê Minh Châu: “Chúng tôi đã sẵn sàng cho mọi tình huống.”", "Lê Minh Châu")]
        [InlineData("Ông Trần Văn Khải vẫn chưa hiểu vì sao mọi chuyện lại thế: “Tôi đã làm đúng từng bước của quy trình.”", "Trần Văn Khải")]
        [InlineData("Ông Trần Văn Khải có một câu đáng nhớ: “Làm thật thì dân tin, dân tin thì việc gì cũng xong.”", "Trần Văn Khải")]
        public void A_clause_before_a_colon_names_the_speaker_as_its_subject(string paragraph, string speaker)
        {
            Assert.Equal(speaker, Articles.OnlyQuote(paragraph).Speaker);
        }

        [Fact]
        public void Whose_words_they_are_can_be_said_by_a_noun_of_speech()
        {
            QuoteModel quote = Articles.OnlyQuote(
                "Giới quan sát nghi ngờ kỳ vọng của bà Lê Thị Hoa rằng hai bên sẽ “sớm ngồi lại”.");

            Assert.Equal(QuoteKindModel.Speech, quote.Kind);
            Assert.Equal("Lê Thị Hoa", quote.Speaker);
        }

        [Fact]
        public void The_next_paragraph_may_say_whose_words_a_quote_was()
        {
            ParsedArticle article = Articles.Parse(
                "Tiêu đề",
                "“Toàn bộ tiền bán vé đêm nhạc sẽ được dành cho quỹ học bổng của các em nhỏ vùng cao.”",
                "Đó là lời phát biểu của bà Đoàn Thị Ngọc, đại diện ban tổ chức, tại buổi họp báo.");

            Assert.Equal("Đoàn Thị Ngọc", Assert.Single(article.Quotes).Speaker);
        }

        [Fact]
        public void A_quote_standing_alone_takes_the_speaker_the_previous_sentence_introduced()
        {
            QuoteModel quote = Articles.OnlyQuote(
                "Theo anh Võ Văn Thành, mùa này giá cam cao hơn hẳn. “Chúng tôi bán được gấp đôi năm ngoái nhờ trời thuận.”");

            Assert.Equal("Võ Văn Thành", quote.Speaker);
        }

        [Fact]
        public void A_quote_opening_a_paragraph_takes_the_last_speaker_of_the_paragraph_before()
        {
            ParsedArticle article = Articles.Parse(
                "Tiêu đề",
                "Ông Trần Văn Khải kể lại chuyến ra khơi đầu tiên của mình.",
                "“Hôm đó sóng to lắm, cả tàu phải quay vào bờ ngay trong đêm.”");

            Assert.Equal("Trần Văn Khải", Assert.Single(article.Quotes).Speaker);
        }

        [Theory]
        [InlineData("“" + Words + "”, Phát ngôn viên Nhà Trắng John Miller cho biết.", "John Miller")]
        [InlineData("“" + Words + "”, TS.Lê Văn Hùng (chuyên gia kinh tế) nói.", "Lê Văn Hùng")]
        [InlineData("Thủ tướng Canada Mark Evans cũng nhấn mạnh: “" + Words + "”.", "Mark Evans")]
        [InlineData("Bộ Công an đã phản ứng cho rằng: “" + Words + "”.", "Bộ Công an")]
        [InlineData("Nhưng tờThe Daily Star, trích dẫn nguồn tin riêng, cho biết: “" + Words + "”.", "The Daily Star")]
        [InlineData("Khi công ty đã đồng ý thì Hội đồng quản trị lại cho rằng: “" + Words + "”.", "Hội đồng quản trị")]
        [InlineData("TS Nguyễn Văn Hải - hiệu trưởng trường Bình Minh, đơn vị đông thí sinh nhất - nói: “" + Words + "”.", "Nguyễn Văn Hải")]
        [InlineData("Luật sư của anh - ông Peter Walsh - cho biết: “" + Words + "”.", "Peter Walsh")]
        [InlineData("“" + Words + "”, người phát ngôn của Lan Vy nói thêm.", "người phát ngôn của Lan Vy")]
        public void The_normaliser_keeps_the_name_or_the_noun_phrase_and_nothing_else(string paragraph, string speaker)
        {
            Assert.Equal(speaker, Articles.OnlyQuote(paragraph).Speaker);
        }

        [Fact]
        public void A_short_foreign_name_resolves_to_the_full_name_given_with_an_apposition()
        {
            ParsedArticle article = Articles.Parse(
                "Tiêu đề",
                "Kim Seo-yeon, chuyên gia tại Viện Hải dương học, cho rằng con tàu đã hư hỏng nặng.",
                "“" + Words + "”, bà Kim nói.",
                "“Việc sửa chữa sẽ mất ít nhất hai năm nữa mới có thể hoàn tất”, Seo-yeon cho hay.");

            Assert.Equal(new[] { "Kim Seo-yeon", "Kim Seo-yeon" }, article.Quotes.Select(quote => quote.Speaker));
        }

        [Fact]
        public void An_office_alone_is_the_person_named_with_it_or_kept_as_written()
        {
            ParsedArticle article = Articles.Parse(
                "Tiêu đề",
                "Thủ tướng Phạm Văn An dự hội nghị với các doanh nghiệp.",
                "“" + Words + "”, Thủ tướng nhấn mạnh.",
                "“Mọi hồ sơ đã được nộp đầy đủ và đúng hạn theo quy định hiện hành”, Thẩm phán cho biết.");

            Assert.Equal(new[] { "Phạm Văn An", "Thẩm phán" }, article.Quotes.Select(quote => quote.Speaker));
        }

        [Fact]
        public void A_pronoun_stands_for_the_person_the_passage_is_about()
        {
            ParsedArticle article = Articles.Parse(
                "Tiêu đề",
                "Ông Andrew Cole hoan nghênh quyết định của Tổng thống Mark Rivers. Ông nói thêm rằng hai bên đã “đi đúng hướng”.");

            Assert.Equal("Andrew Cole", Assert.Single(article.Quotes).Speaker);
        }

        [Fact]
        public void A_group_pronoun_stands_for_the_group_that_spoke_before()
        {
            ParsedArticle article = Articles.Parse(
                "Tiêu đề",
                "Công đoàn công ty cho biết đang thương lượng lại. Họ cho rằng mức lương mới là “chưa thỏa đáng”.");

            Assert.Equal("Công đoàn công ty", Assert.Single(article.Quotes).Speaker);
        }

        [Fact]
        public void The_agent_of_a_passive_verb_of_view_is_the_speaker()
        {
            QuoteModel quote = Articles.OnlyQuote("Bản án sơ thẩm đã bị Tòa án cấp cao tuyên hủy vì “chưa đủ căn cứ”.");

            Assert.Equal("Tòa án cấp cao", quote.Speaker);
        }

        [Theory]
        [InlineData("“" + Words + "”, tôi nói với anh ấy.")]
        [InlineData("Kết quả khảo sát cho biết mức giá là “hợp lý”.")]
        public void Nobody_speaks_when_the_subject_is_the_writer_or_not_someone(string paragraph)
        {
            Assert.Null(Articles.OnlyQuote(paragraph).Speaker);
        }

        [Theory]
        [InlineData("Dự án có tên “Sông Xanh” được khởi công năm ngoái.")]
        [InlineData("Bộ phim “Những Ngày Nắng Đẹp” sẽ ra rạp vào tháng sau.")]
        [InlineData("Nhiều người gọi đây là sản phẩm mang tính “đột phá” của ngành.")]
        [InlineData("Cả đội hát vang “Khúc Ca Mùa Xuân” trong buổi lễ.")]
        public void A_quoted_name_is_a_term(string paragraph)
        {
            QuoteModel quote = Articles.OnlyQuote(paragraph);

            Assert.Equal(QuoteKindModel.Term, quote.Kind);
            Assert.Null(quote.Speaker);
        }

        [Fact]
        public void Whole_sentences_quoted_as_a_slogan_are_speech_without_a_speaker()
        {
            QuoteModel quote = Articles.OnlyQuote(
                "Chương trình khởi động với tinh thần: “Người khác làm được thì mình làm được. Đã làm thì phải làm cho tốt.”");

            Assert.Equal(QuoteKindModel.Speech, quote.Kind);
            Assert.Null(quote.Speaker);
        }

        [Fact]
        public void Words_glued_by_a_removed_link_are_read_apart()
        {
            ParsedArticle article = Articles.Parse(
                "Tiêu đề",
                "Tổng thốngNgaVladimir Petrov dự lễ. “" + Words + "”, ông Petrov nói.");

            Assert.Equal("Vladimir Petrov", Assert.Single(article.Quotes).Speaker);
        }
            [Theory]
        [InlineData("Bộ trưởng Lê Văn Tâm từng tuyên bố \"thị trường đang thay đổi gần như hằng tháng\" và ông đã chứng minh điều đó.", "Lê Văn Tâm")]
        [InlineData("\"Chúng tôi tiếp tục bảo vệ quyền lợi của khách hàng trong mọi vụ kiện\", người phát ngôn của công ty Hoàng Long nói thêm.", "người phát ngôn của công ty Hoàng Long")]
        public void A_verb_of_saying_is_read_after_once_and_inside_an_office(string paragraph, string speaker)
        {
            Assert.Equal(speaker, Articles.OnlyQuote(paragraph).Speaker);
        }

        [Fact]
        public void What_a_verb_of_saying_says_right_after_it_is_speech_whoever_says_it()
        {
            QuoteModel quote = Articles.OnlyQuote("Ông Lê Văn Tâm cho biết cơ quan sẽ kiểm tra kỹ. Có nghĩa là ngay lúc phát ngôn \"sẽ xử lý\" doanh nghiệp, ông Tâm vẫn chưa có quyết định nào.");

            Assert.Equal(QuoteKindModel.Speech, quote.Kind);
            Assert.Equal("Lê Văn Tâm", quote.Speaker);
        }

        [Fact]
        public void A_pronoun_stands_for_the_person_named_earlier_in_its_sentence()
        {
            ParsedArticle article = Articles.Parse(
                "Tiêu đề",
                "Ông Trần Quốc Bảo phụ trách ngành nông nghiệp nhiều năm.",
                "Kết quả này được Thủ tướng Nguyễn Minh Khôi ghi nhận trong cuộc họp tháng 12, khi ông nhấn mạnh ngành nông nghiệp đang \"giữ vững thế chủ động\" nhờ giống mới.");

            Assert.Equal("Nguyễn Minh Khôi", Assert.Single(article.Quotes).Speaker);
        }

        [Fact]
        public void A_pronoun_stands_for_the_subject_of_the_sentence_before_past_a_time_adverbial()
        {
            QuoteModel quote = Assert.Single(Articles.Parse(
                "Tiêu đề",
                "Nhạc trưởng Paul Weber đã dẫn dắt dàn nhạc nhiều năm. Lần này, nghệ sĩ Hữu Nguyên sẽ biểu diễn hai bản nhạc của Bizet. Theo anh, đây là những tác phẩm mà \"bất cứ người chơi đàn nào cũng mong được biểu diễn\".").Quotes);

            Assert.Equal("Hữu Nguyên", quote.Speaker);
        }

        [Fact]
        public void A_clause_of_purpose_has_no_subject_of_its_own()
        {
            QuoteModel quote = Articles.OnlyQuote("Trong khi đó, lãnh đạo thành phố đang viện dẫn quy chế đồng thời lấy lý do chờ đề xuất để nghiên cứu, để giải thích: \"Chúng tôi chưa nhận được đề xuất nào. Khi có đề xuất, thành phố sẽ xem xét\".");

            Assert.Equal("lãnh đạo thành phố", quote.Speaker);
        }

        [Fact]
        public void A_subject_with_a_predicate_of_its_own_gives_way_to_the_noun_before_the_verb()
        {
            QuoteModel quote = Assert.Single(Articles.Parse(
                "Tiêu đề",
                "Quyết định này được đưa ra sau hai tuần đại diện pháp lý của công ty Hoàng Long yêu cầu ca sĩ ra tòa làm nhân chứng. Họ cho rằng ca sĩ bị \"lợi dụng\" tên tuổi.").Quotes);

            Assert.Equal("đại diện pháp lý của công ty Hoàng Long", quote.Speaker);
        }

        [Fact]
        public void A_title_after_a_part_that_names_nobody_is_the_subject_and_a_glued_sentence_ends_the_name()
        {
            QuoteModel quote = Articles.OnlyQuote("Chương trình có ý nghĩa rất lớn với thanh niên Đại tướng Lê Quang Hòa Trong thư gửi ngày hội sáng tạo ngày 23/11/2012, Đại tướng viết: \"Chương trình này đã kế thừa truyền thống của tuổi trẻ cả nước\".");

            Assert.Equal(QuoteKindModel.Speech, quote.Kind);
            Assert.Equal("Lê Quang Hòa", quote.Speaker);
        }

        [Fact]
        public void A_slogan_named_before_a_colon_takes_no_speaker_from_the_sentences_around_it()
        {
            QuoteModel quote = Assert.Single(Articles.Parse(
                "Tiêu đề",
                "Anh Phạm Minh Long nói về chương trình. Theo đó, chương trình tặng sách với tinh thần: \"Người khác làm được thì ta làm được. Nước khác làm được thì ta cũng làm được\".").Quotes);

            Assert.Equal(QuoteKindModel.Speech, quote.Kind);
            Assert.Null(quote.Speaker);
        }

        [Fact]
        public void The_next_paragraph_names_the_speaker_after_a_photo_caption_glued_before_it()
        {
            QuoteModel quote = Assert.Single(Articles.Parse(
                "Tiêu đề",
                "\"Toàn bộ số tiền bán vé sẽ được dùng vào mục đích từ thiện. Chúng tôi tin vào thế hệ trẻ\".",
                "Đêm nhạc hứa hẹn nhiều cảm xúc. (ảnh BTC cung cấp) Đó là lời phát biểu của bà Đoàn Thị Mai, phó tổng giám đốc công ty, tại buổi họp báo.").Quotes);

            Assert.Equal("Đoàn Thị Mai", quote.Speaker);
        }
            [Theory]
        [InlineData("Công ty cho biết đã nhận lại khoản tiền trong vụ \"bầu\" Khánh và sẽ hoàn nhập dự phòng.")]
        [InlineData("Ông Lâm kể về những năm làm ăn với \"Vua cá\" Minh Tâm ở miền Tây.")]
        public void A_nickname_quoted_before_a_name_is_a_term(string paragraph)
        {
            QuoteModel quote = Articles.OnlyQuote(paragraph);

            Assert.Equal(QuoteKindModel.Term, quote.Kind);
            Assert.Null(quote.Speaker);
        }

        [Fact]
        public void What_a_name_or_a_verb_of_saying_is_said_to_do_to_a_name_is_no_nickname()
        {
            QuoteModel quote = Articles.OnlyQuote("Mặt khác, một số trang tin quốc tế cho biết ca sĩ Hà Linh \"tạm nghỉ chơi\" Minh Tâm sau vụ kiện.");

            Assert.Equal(QuoteKindModel.Speech, quote.Kind);
            Assert.Equal("một số trang tin quốc tế", quote.Speaker);
        }
            [Fact]
        public void The_abbreviation_of_a_coach_is_a_title_before_the_name()
        {
            ParsedArticle article = Articles.Parse(
                "Tiêu đề",
                "Huấn luyện viên Trần Minh Khoa dẫn dắt đội từ mùa trước.",
                "\"Chúng tôi luôn có hai kế hoạch cho mùa giải mới\", HLV Khoa thừa nhận sau trận đấu.");

            Assert.Equal("Trần Minh Khoa", Assert.Single(article.Quotes).Speaker);
        }
    }
}
