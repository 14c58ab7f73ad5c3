using System.Linq;
using ContentGen.Core.Model;
using ContentGen.Core.Parsing;
using Xunit;

namespace ContentGen.Generator.Tests.Parsing
{
    public class SectionKindTests
    {
        [Fact]
        public void First_paragraph_is_the_lead_and_the_rest_are_paragraphs()
        {
            ParsedArticle article = Articles.Parse("Tiêu đề", "Mở đầu bài viết.", "Thân bài.", "Kết bài.");

            Assert.Equal(
                new[] { SectionKindModel.Lead, SectionKindModel.Paragraph, SectionKindModel.Paragraph },
                article.Sections.Select(s => s.Kind));
        }

        [Fact]
        public void Short_line_without_final_punctuation_is_a_heading()
        {
            ParsedArticle article = Articles.Parse("Tiêu đề", "Mở đầu bài viết.", "Nỗi lo của người dân vùng lũ", "Thân bài.");

            Assert.Equal(SectionKindModel.Heading, article.Sections[1].Kind);
        }

        [Fact]
        public void A_heading_before_the_first_paragraph_does_not_take_the_lead()
        {
            ParsedArticle article = Articles.Parse("Tiêu đề", "Bối cảnh chung", "Mở đầu bài viết.", "Thân bài.");

            Assert.Equal(SectionKindModel.Heading, article.Sections[0].Kind);
            Assert.Equal(SectionKindModel.Lead, article.Sections[1].Kind);
        }

        [Theory]
        [InlineData("Người dân dọn dẹp sau lũ. Ảnh: Hải Nam")]
        [InlineData("Người dân dọn dẹp sau lũ. Ảnh:Thu Trang")]
        [InlineData("Người dân dọn dẹp sau lũ (Ảnh: Quốc Khánh)")]
        [InlineData("Người dân dọn dẹp sau lũ. Ảnh Minh Đức")]
        [InlineData("Người dân dọn dẹp sau lũ - Ảnh: TTXVN")]
        [InlineData("Ảnh minh họa")]
        public void Paragraph_ending_with_a_photo_credit_is_a_caption(string caption)
        {
            ParsedArticle article = Articles.Parse("Tiêu đề", "Mở đầu bài viết.", caption, "Thân bài.");

            Assert.Equal(SectionKindModel.Caption, article.Sections[1].Kind);
        }

        [Fact]
        public void The_word_anh_inside_a_sentence_does_not_make_a_caption()
        {
            ParsedArticle article = Articles.Parse("Tiêu đề", "Mở đầu bài viết.", "Ảnh hưởng của bão rất lớn, nhiều nhà bị tốc mái.", "Thân bài.");

            Assert.Equal(SectionKindModel.Paragraph, article.Sections[1].Kind);
        }

        [Theory]
        [InlineData("Hải Nam")]
        [InlineData("TRẦN LINH")]
        [InlineData("Thu Hà (Theo Reuters, AFP)")]
        [InlineData("Theo TTXVN")]
        [InlineData("(Theo Tuổi Trẻ)")]
        [InlineData("Văn Khải - Thu Hà")]
        public void Short_name_line_at_the_end_is_the_byline(string byline)
        {
            ParsedArticle article = Articles.Parse("Tiêu đề", "Mở đầu bài viết.", "Thân bài.", byline);

            Assert.Equal(SectionKindModel.Byline, article.Sections[2].Kind);
        }

        [Fact]
        public void A_last_paragraph_that_ends_a_sentence_is_not_a_byline()
        {
            ParsedArticle article = Articles.Parse("Tiêu đề", "Mở đầu bài viết.", "Thân bài.", "Hết.");

            Assert.Equal(SectionKindModel.Paragraph, article.Sections[2].Kind);
        }
    }
}
