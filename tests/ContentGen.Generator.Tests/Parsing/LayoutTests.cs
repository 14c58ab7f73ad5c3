using System.Linq;
using ContentGen.Core.Model;
using ContentGen.Core.Parsing;
using Xunit;

namespace ContentGen.Generator.Tests.Parsing
{
    public class LayoutTests
    {
        [Fact]
        public void Title_is_the_first_non_empty_line()
        {
            ParsedArticle article = Articles.ParseText("\n\n  Giá xăng giảm mạnh  \n\nĐoạn mở đầu của bài.\n");

            Assert.Equal("Giá xăng giảm mạnh", article.Title);
            Assert.Equal(3, article.TitleLine);
        }

        [Fact]
        public void Paragraphs_are_separated_by_blank_lines_and_keep_their_lines()
        {
            ParsedArticle article = Articles.ParseText("Tiêu đề\n\nĐoạn một.\n\n\n\nĐoạn hai.\n");

            Assert.Equal(new[] { "Đoạn một.", "Đoạn hai." }, article.Sections.Select(s => s.Text));
            Assert.Equal(new[] { 3, 7 }, article.Sections.Select(s => s.Line));
            Assert.Equal(new[] { 0, 1 }, article.Sections.Select(s => s.Index));
        }

        [Fact]
        public void Crlf_and_lf_files_parse_the_same()
        {
            string lf = "Tiêu đề\n\nĐoạn một tăng 5%.\n\nĐoạn hai.\n";

            ParsedArticle fromLf = Articles.ParseText(lf);
            ParsedArticle fromCrlf = Articles.ParseText(lf.Replace("\n", "\r\n"));

            // Everything the records carry is the same; only file offsets (for diagnostics) differ.
            Assert.Equal(Articles.Visible(fromLf), Articles.Visible(fromCrlf));
        }

        [Fact]
        public void A_file_may_end_without_a_newline()
        {
            ParsedArticle article = Articles.ParseText("Tiêu đề\n\nĐoạn cuối không có xuống dòng.");

            Assert.Equal("Đoạn cuối không có xuống dòng.", Assert.Single(article.Sections).Text);
        }

        [Fact]
        public void Byte_order_mark_is_not_part_of_the_title()
        {
            ParsedArticle article = Articles.ParseText("\uFEFFTiêu đề\n\nĐoạn một.\n");

            Assert.Equal("Tiêu đề", article.Title);
        }

        [Fact]
        public void Trailing_nbsp_and_unicode_spaces_are_trimmed_from_sections()
        {
            ParsedArticle article = Articles.ParseText("Tiêu đề\n\nĐoạn một.\u00A0\u2009\u00A0\n");

            Assert.Equal("Đoạn một.", Assert.Single(article.Sections).Text);
        }

        [Fact]
        public void Lines_of_one_block_join_into_one_paragraph()
        {
            ParsedArticle article = Articles.ParseText("Tiêu đề\n\nDòng một của đoạn\nvà dòng hai.\n\nĐoạn khác.\n");

            Assert.Equal("Dòng một của đoạn và dòng hai.", article.Sections[0].Text);
            Assert.Equal(2, article.Sections.Count);
        }

        [Fact]
        public void A_body_written_one_sentence_a_line_gives_a_section_a_line()
        {
            ParsedArticle article = Articles.ParseText("Tiêu đề\nCâu thứ nhất.\nCâu thứ hai.\nCâu thứ ba.\n");

            Assert.Equal(new[] { 2, 3, 4 }, article.Sections.Select(s => s.Line));
        }

        [Fact]
        public void A_whole_body_on_one_line_is_one_section_with_its_quotes_and_metrics()
        {
            ParsedArticle article = Articles.ParseText(
                "Tiêu đề\nTTO - Thu ngân sách đạt 145% kế hoạch. Ông Trần Văn Khải cho biết: \"Chúng tôi sẽ giữ đà tăng trưởng trong những tháng cuối năm\". Diện tích lúa là 1.200 ha.");

            SectionModel section = Assert.Single(article.Sections);
            Assert.Equal(SectionKindModel.Lead, section.Kind);
            Assert.Equal("TTO", article.Outlet);
            Assert.Equal("Trần Văn Khải", Assert.Single(article.Quotes).Speaker);
            Assert.Equal(new[] { "145%", "1.200 ha" }, article.Metrics.Select(m => m.Text));
        }

        [Fact]
        public void Decomposed_text_is_kept_as_written()
        {
            string nfd = "Ông Trần Văn Khải nói: \"Chúng tôi đã làm hết sức mình trong suốt nhiều năm qua\".".Normalize(System.Text.NormalizationForm.FormD);

            ParsedArticle article = Articles.Parse("Tiêu đề", nfd);

            Assert.Equal(nfd, article.Sections[0].Text);
            QuoteModel quote = Assert.Single(article.Quotes);
            Assert.Equal("Trần Văn Khải", quote.Speaker);
            Assert.Equal("Chúng tôi đã làm hết sức mình trong suốt nhiều năm qua".Normalize(System.Text.NormalizationForm.FormD), quote.Text);
        }

        [Theory]
        [InlineData("")]
        [InlineData("   \n\n \u00A0 \n")]
        [InlineData("Chỉ có tiêu đề\n")]
        public void Text_without_a_title_and_a_paragraph_gives_no_article(string text)
        {
            Assert.Null(ArticleParser.Parse(text));
        }
    }
}
