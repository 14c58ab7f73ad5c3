using ContentGen.Generator.Parsing;
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
            ParsedArticle article = Articles.Parse("Tiêu đề", "Các chỉ tiêu đều đạt: số hộ mới đạt 30%; Thu phí đạt 110% kế hoạch.");

            Assert.Equal(new[] { "số hộ mới", "Thu phí" }, System.Linq.Enumerable.Select(article.Metrics, m => m.Label));
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
        [InlineData("Khoảng 30% người được hỏi đồng ý.")]
        [InlineData("Con số (tương đương 7,8%) gây chú ý.")]
        public void Label_is_null_without_a_clear_subject(string paragraph)
        {
            Assert.Null(Articles.OnlyMetric(paragraph).Label);
        }
    }
}
