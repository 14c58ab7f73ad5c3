using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ContentGen.Core.Documents;
using ContentGen.Core.Model;
using ContentGen.Core.Parsing;
using ContentGen.Generator.Tests.Driver;
using ContentGen.Testing;
using Xunit;

namespace ContentGen.Generator.Tests.Markdown
{
    /// <summary>Markdown articles: the same rules as plain text, on the words without their markup, with lines into the .md.</summary>
    public class MarkdownArticleTests
    {
        private static ParsedArticle Parse(string markdown) =>
            ArticleParser.Read(markdown, ContentFormat.Markdown).Article ?? throw new InvalidOperationException("No article.");

        private static string SeedAsMarkdown() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Markdown", "seed-as-markdown.md"));

        [Fact]
        public void The_seed_rewritten_with_front_matter_and_markup_yields_the_sections_quotes_metrics_speakers_and_labels_of_the_txt()
        {
            ParsedArticle text = ArticleParser.Parse(SeedTests.SeedText())!;
            ParsedArticle markdown = Parse(SeedAsMarkdown());

            Assert.Equal(text.Title, markdown.Title);
            Assert.Equal(text.Outlet, markdown.Outlet);
            Assert.Equal(text.Dateline, markdown.Dateline);
            Assert.Equal(text.Sections.Select(s => (s.Index, s.Kind, s.Text)), markdown.Sections.Select(s => (s.Index, s.Kind, s.Text)));
            Assert.Equal(text.Quotes.Select(q => (q.Text, q.Kind, q.Speaker, q.SectionIndex)), markdown.Quotes.Select(q => (q.Text, q.Kind, q.Speaker, q.SectionIndex)));
            Assert.Equal(
                text.Metrics.Select(m => (m.Text, m.Value, m.MaxValue, m.Kind, m.Unit, m.Label, m.SectionIndex)),
                markdown.Metrics.Select(m => (m.Text, m.Value, m.MaxValue, m.Kind, m.Unit, m.Label, m.SectionIndex)));
        }

        [Fact]
        public void The_seed_as_markdown_without_front_matter_or_markup_equals_the_txt_line_for_line()
        {
            ParsedArticle text = ArticleParser.Parse(SeedTests.SeedText())!;
            ParsedArticle markdown = Parse(SeedTests.SeedText());

            Assert.Equal(text.Sections, markdown.Sections);
            Assert.Equal(text.Quotes, markdown.Quotes);
            Assert.Equal(text.Metrics, markdown.Metrics);
        }

        [Fact]
        public void Markup_is_left_out_of_section_quote_and_metric_text()
        {
            ParsedArticle article = Parse("# Giá xăng giảm\n\nTTO - Sáng nay (14-7), giá xăng giảm **5%**. Doanh thu đạt [120 tỷ đồng](https://example.vn/b) trong *quý* `hai`.\n");

            Assert.Equal("TTO - Sáng nay (14-7), giá xăng giảm 5%. Doanh thu đạt 120 tỷ đồng trong quý hai.", article.Sections[0].Text);
            Assert.Equal(new[] { "5%", "120 tỷ đồng" }, article.Metrics.Select(m => m.Text));
            Assert.Equal("TTO", article.Outlet);
        }

        [Fact]
        public void Lines_point_into_the_markdown_file_past_its_front_matter()
        {
            ParsedArticle article = Parse("---\ncategory: Kinh tế\n---\n# Tiêu đề\n\nĐoạn mở đầu có 5% tăng.\n\n> “Giá sẽ giảm”, ông Trần Văn Khải nói.\n");

            Assert.Equal(4, article.TitleLine);
            Assert.Equal(new[] { 6, 8 }, article.Sections.Select(s => s.Line));
            Assert.Equal(6, article.Metrics.Single().Line);
            Assert.Equal(8, article.Quotes.Single().Line);
        }

        [Fact]
        public void A_heading_after_the_title_is_a_heading_and_lists_and_block_quotes_are_paragraphs()
        {
            ParsedArticle article = Parse("# Tiêu đề\n\nĐoạn mở đầu của bài.\n\n## Thị trường\n\n- Ý thứ nhất của danh sách.\n- Ý thứ hai của danh sách.\n\n> Một đoạn trích dẫn dài.\n");

            Assert.Equal(
                new[] { (SectionKindModel.Lead, "Đoạn mở đầu của bài."), (SectionKindModel.Heading, "Thị trường"), (SectionKindModel.Paragraph, "Ý thứ nhất của danh sách."), (SectionKindModel.Paragraph, "Ý thứ hai của danh sách."), (SectionKindModel.Paragraph, "Một đoạn trích dẫn dài.") },
                article.Sections.Select(s => (s.Kind, s.Text)));
        }

        [Fact]
        public void A_paragraph_that_is_only_an_image_is_a_caption_with_its_alt_text_and_url()
        {
            ParsedArticle article = Parse("# Tiêu đề\n\nĐoạn mở đầu của bài.\n\n![Cây xăng ở Hà Nội. Ảnh: Hải Nam](anh/cay-xang.jpg)\n\nĐoạn sau ảnh có ![hình nhỏ](x.png) trong câu.\n");

            SectionModel caption = article.Sections[1];
            Assert.Equal((SectionKindModel.Caption, "Cây xăng ở Hà Nội. Ảnh: Hải Nam", "anh/cay-xang.jpg"), (caption.Kind, caption.Text, caption.ImageUrl));
            Assert.Null(article.Sections[2].ImageUrl);
            Assert.Equal("Đoạn sau ảnh có hình nhỏ trong câu.", article.Sections[2].Text);
        }

        [Fact]
        public void Without_a_heading_the_first_line_is_the_title_as_in_plain_text()
        {
            ParsedArticle article = Parse("Tiêu đề trên dòng đầu\nĐoạn mở đầu ngay dòng sau.\n\nĐoạn thứ hai.\n");

            Assert.Equal("Tiêu đề trên dòng đầu", article.Title);
            Assert.Equal(new[] { "Đoạn mở đầu ngay dòng sau.", "Đoạn thứ hai." }, article.Sections.Select(s => s.Text));
        }

        [Fact]
        public void A_front_matter_title_overrides_the_heading_and_its_outlet_the_lead()
        {
            ParsedArticle article = Parse("---\ntitle: Tiêu đề từ front matter\noutlet: VnE\n---\n# Tiêu đề trong bài\n\nTTO - Đoạn mở đầu.\n");

            Assert.Equal("Tiêu đề từ front matter", article.Title);
            Assert.Equal("VnE", article.Outlet);
            Assert.Single(article.Sections);
        }

        [Fact]
        public void A_front_matter_title_without_a_heading_leaves_the_first_paragraph_as_the_lead()
        {
            ParsedArticle article = Parse("---\ntitle: Tiêu đề từ front matter\n---\nĐoạn mở đầu là đoạn đầu tiên.\n");

            Assert.Equal("Tiêu đề từ front matter", article.Title);
            Assert.Equal(SectionKindModel.Lead, article.Sections.Single().Kind);
        }

        [Fact]
        public void Code_blocks_html_blocks_and_rules_are_not_article_text()
        {
            ParsedArticle article = Parse("# Tiêu đề\n\nĐoạn mở đầu.\n\n```\nvar x = 5%;\n```\n\n<div>hộp</div>\n\n---\n\nĐoạn cuối.\n");

            Assert.Equal(new[] { "Đoạn mở đầu.", "Đoạn cuối." }, article.Sections.Select(s => s.Text));
        }

        [Fact]
        public void Front_matter_values_reach_the_generated_article()
        {
            ContentGenRunResult result = ContentGenRunner.Run(new Dictionary<string, string> { ["content/seed.md"] = SeedAsMarkdown() });
            Article article = GeneratedCode.Article(result.Sources, "Seed");

            Assert.Equal(new DateTimeOffset(2015, 3, 20, 8, 30, 0, TimeSpan.FromHours(7)), article.PublishedAt);
            Assert.Equal(TimeSpan.FromHours(7), article.PublishedAt!.Value.Offset);
            Assert.Equal(new[] { "Minh Anh", "Thu Hà" }, article.Authors);
            Assert.Equal(new[] { "Nam Từ Liêm", "đại hội Đảng" }, article.Tags);
            Assert.Equal("Thời sự", article.Category);
            Assert.Equal("Quận Nam Từ Liêm báo cáo kết quả năm 2014.", article.Summary);
            Assert.Equal("https://example.vn/no-luc", article.Metadata["source_url"]);
            Assert.Equal("content/seed.md", article.Path);
        }

        [Fact]
        public void A_front_matter_slug_names_the_article()
        {
            ContentGenRunResult result = ContentGenRunner.Run(new Dictionary<string, string> { ["content/x.md"] = "---\nslug: gia-xang-giam-manh\n---\n# Giá xăng\n\nĐoạn mở đầu.\n" });
            Article article = GeneratedCode.Article(result.Sources, "GiaXangGiamManh");

            Assert.Equal(("gia-xang-giam-manh", "GiaXangGiamManh"), (article.Slug, article.Id));
        }

        [Fact]
        public void A_plain_text_byline_gives_the_authors()
        {
            ParsedArticle article = ArticleParser.Parse("Tiêu đề\n\nĐoạn mở đầu của bài viết.\n\nĐoạn thân bài của bài viết.\n\nVăn Khải - Thu Hà\n")!;

            Assert.Equal(SectionKindModel.Byline, article.Sections.Last().Kind);
            Assert.Equal(new[] { "Văn Khải", "Thu Hà" }, article.Authors);
        }

        [Theory]
        [InlineData("Hải Nam, Thu Trang", new[] { "Hải Nam", "Thu Trang" })]
        [InlineData("Thu Hà (Theo Reuters, AFP)", new[] { "Thu Hà" })]
        [InlineData("Theo TTXVN", new string[0])]
        [InlineData("Minh Anh và Quốc Khánh", new[] { "Minh Anh", "Quốc Khánh" })]
        public void A_byline_names_its_authors_not_its_sources(string byline, string[] authors)
        {
            Assert.Equal(authors, BylineAuthors.Names(byline));
        }
    }
}
