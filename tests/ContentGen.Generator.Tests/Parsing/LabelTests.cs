using ContentGen.Core.Model;
using ContentGen.Core.Parsing;
using Xunit;

namespace ContentGen.Generator.Tests.Parsing
{
    public class LabelTests
    {
        [Theory]
        [InlineData("Doanh thu du lịch đạt 120% kế hoạch.", "Doanh thu du lịch")]
        [InlineData("Tỷ lệ che phủ rừng đạt được 42%.", "Tỷ lệ che phủ rừng")]
        [InlineData("Xuất khẩu tăng 8,3% so với cùng kỳ.", "Xuất khẩu")]
        [InlineData("Ngành gỗ chiếm 67% kim ngạch.", "Ngành gỗ")]
        [InlineData("Trần nợ công là 65% GDP.", "Trần nợ công")]
        public void Label_is_the_subject_before_the_verb(string paragraph, string label)
        {
            Assert.Equal(label, Articles.OnlyMetric(paragraph).Label);
        }

        [Fact]
        public void A_parenthesis_inside_the_subject_stays_in_the_label()
        {
            Assert.Equal("Giá sầu riêng (loại A) tại vườn", Articles.OnlyMetric("Giá sầu riêng (loại A) tại vườn còn 62.000 đồng/kg.").Label);
        }

        [Fact]
        public void The_outlet_tag_is_not_part_of_a_label()
        {
            Assert.Equal("Doanh thu", Articles.OnlyMetric("TTO - Doanh thu đạt 120% kế hoạch.").Label);
        }

        [Fact]
        public void Label_is_taken_from_the_metric_clause_after_a_semicolon()
        {
            ParsedArticle article = Articles.Parse("Tiêu đề", "Các chỉ tiêu đều đạt: tỷ lệ hộ nghèo giảm 3%; Thu phí đạt 110% kế hoạch.");

            Assert.Equal(new[] { "tỷ lệ hộ nghèo", "Thu phí" }, System.Linq.Enumerable.Select(article.Metrics, m => m.Label));
        }

        [Fact]
        public void A_growth_noun_is_not_the_verb_of_the_clause()
        {
            Assert.Equal("tốc độ tăng trưởng công nghiệp", Articles.OnlyMetric("Năm nay, tốc độ tăng trưởng công nghiệp đạt 9%.").Label);
        }

        [Fact]
        public void Words_before_a_comma_and_adverbs_before_the_verb_are_left_out()
        {
            Assert.Equal("lợi nhuận trước thuế", Articles.OnlyMetric("Trong quý I, lợi nhuận trước thuế ước đạt 448,14 tỷ đồng.").Label);
        }

        [Theory]
        [InlineData("Quân đội kiểm soát thêm 300 km2 lãnh thổ.", "lãnh thổ")]
        [InlineData("Ông Minh có nhu cầu bán bớt 3 ha đất.", "đất")]
        [InlineData("3.000 tỷ đồng thu mua lúa gạo", "thu mua lúa gạo")]
        public void After_a_verb_of_taking_or_giving_the_noun_after_the_number_is_measured(string paragraph, string label)
        {
            Assert.Equal(label, Articles.OnlyMetric(paragraph).Label);
        }

        [Theory]
        [InlineData("Công ty Hoa Sen góp 570 tỷ đồng.", "Công ty Hoa Sen")]
        [InlineData("Bị cáo đưa cho Long 200 triệu đồng.", "Bị cáo")]
        public void With_nothing_after_it_an_amount_given_is_measured_for_the_giver(string paragraph, string label)
        {
            Assert.Equal(label, Articles.OnlyMetric(paragraph).Label);
        }

        [Fact]
        public void A_bracket_that_restates_a_metric_takes_its_label()
        {
            ParsedArticle article = Articles.Parse("Tiêu đề", "Giá căn hộ là 17.051 USD mỗi m2 (khoảng 400 triệu đồng).");

            Assert.Equal(new[] { "Giá căn hộ", "Giá căn hộ" }, System.Linq.Enumerable.Select(article.Metrics, m => m.Label));
        }

        [Fact]
        public void A_noun_after_the_number_inside_a_bracket_is_what_it_measures()
        {
            Assert.Equal("công suất", Articles.OnlyMetric("Nhà máy số 2 của công ty (tăng 40% công suất) sẽ vận hành.").Label);
        }

        [Fact]
        public void A_metric_that_continues_the_clause_before_it_keeps_its_label()
        {
            ParsedArticle article = Articles.Parse("Tiêu đề", "Giá thép giảm 2%, sau đó tăng 3,5%.");

            Assert.Equal(new[] { "Giá thép", "Giá thép" }, System.Linq.Enumerable.Select(article.Metrics, m => m.Label));
        }

        [Theory]
        [InlineData("Giá vàng nhẫn được Công ty Bảo Tín niêm yết giao dịch ở mức 37 triệu đồng.", "Giá vàng nhẫn")]
        [InlineData("Giá cà phê trong nước đang cao hơn giá thế giới khoảng 2.000 đồng/kg.", "Giá cà phê trong nước")]
        public void The_agent_of_a_passive_and_the_base_of_a_comparison_are_read_past(string paragraph, string label)
        {
            Assert.Equal(label, Articles.OnlyMetric(paragraph).Label);
        }

        [Fact]
        public void What_a_number_is_compared_with_by_bang_follows_it()
        {
            Assert.Equal("tổng GDP", Articles.OnlyMetric("Nợ công bằng 50% tổng GDP.").Label);
        }

        [Fact]
        public void A_distance_measures_the_subject_of_the_sentence()
        {
            Assert.Equal("Trang trại", Articles.OnlyMetric("Trang trại nằm sát quốc lộ, cách trung tâm huyện khoảng 12 km.").Label);
        }

        [Theory]
        [InlineData("9 tháng đầu năm, xuất khẩu gạo tăng 12%.", "xuất khẩu gạo")]
        [InlineData("Thị phần của hãng trong 6 tháng đầu năm đạt 12%.", "Thị phần của hãng")]
        [InlineData("Mức phí trong đợt điều chỉnh này là 500 đồng.", "Mức phí")]
        public void Times_before_and_periods_after_what_is_measured_are_left_out(string paragraph, string label)
        {
            Assert.Equal(label, Articles.OnlyMetric(paragraph).Label);
        }

        [Theory]
        [InlineData("Giá sầu riêng Ri6 tăng 10%.", "Giá sầu riêng Ri6")]
        [InlineData("Nhà trường thu tỷ lệ “phí bảo trì” tới 5%.", "tỷ lệ “phí bảo trì”")]
        [InlineData("Chỉ số Nikkei tụt 1,2%.", "Chỉ số Nikkei")]
        public void Words_that_only_look_like_connectives_or_quotations_stay_in_the_label(string paragraph, string label)
        {
            Assert.Equal(label, Articles.OnlyMetric(paragraph).Label);
        }

        [Theory]
        [InlineData("Bộ Nông nghiệp xây dựng kế hoạch sản lượng lúa năm 2026 là 43 triệu tấn.", "sản lượng lúa năm 2026")]
        [InlineData("Theo khảo sát của Công ty Nghiên cứu Thị trường An Phát (APR) doanh số bán lẻ trong tháng 3 đạt 900 tỷ đồng.", "doanh số bán lẻ")]
        public void A_long_phrase_is_cut_to_its_noun_of_amount(string paragraph, string label)
        {
            Assert.Equal(label, Articles.OnlyMetric(paragraph).Label);
        }

        [Theory]
        [InlineData("Quý 3/2025, Hòa Bình đạt 4.194,8 tỷ đồng doanh thu thuần.", "doanh thu thuần")]
        [InlineData("Nếu mọi việc thuận lợi, Minh Quân có thể cán mốc 15 triệu USD tiền thưởng.", "tiền thưởng")]
        public void After_a_name_and_its_verb_the_noun_after_the_number_is_what_is_measured(string paragraph, string label)
        {
            Assert.Equal(label, Articles.OnlyMetric(paragraph).Label);
        }

        [Theory]
        [InlineData("Khoảng 30% người được hỏi đồng ý.")]
        [InlineData("Con số (tương đương 7,8%) gây chú ý.")]
        public void Label_is_null_without_a_clear_subject(string paragraph)
        {
            Assert.Null(Articles.OnlyMetric(paragraph).Label);
        }
    }
}
