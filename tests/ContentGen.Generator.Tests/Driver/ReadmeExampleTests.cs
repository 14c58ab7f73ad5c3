using System.Collections.Generic;
using System.Reflection;
using ContentGen.Testing;
using Xunit;

namespace ContentGen.Generator.Tests.Driver
{
    /// <summary>The example in README.md ("What gets generated") is what the generator makes.</summary>
    public class ReadmeExampleTests
    {
        private const string Type = "MyApp.Content.Articles+GiaXangGiam";

        private static readonly Assembly Generated = GeneratedCode.Load(GeneratedCode.Compile(ContentGenRunner.Run(
            new Dictionary<string, string>
            {
                ["content/gia-xang-giam.txt"] =
                    "Giá xăng giảm mạnh\n\nTTO - Sáng nay (14-7), giá xăng giảm 5%. Doanh thu đạt 120 tỷ đồng.\n\n" +
                    "“Giá sẽ còn giảm trong tháng tới”, ông Trần Văn Khải cho biết.\n",
            },
            new ContentGenOptions { RootNamespace = "MyApp" }).Sources.Values));

        [Fact]
        public void The_documented_members_exist_with_the_documented_values()
        {
            var article = (Article)GeneratedCode.Member(Generated, Type, "Article")!;
            var price = (Metric)GeneratedCode.Member(Generated, Type + "+Metrics", "GiaXang")!;
            var revenue = (Metric)GeneratedCode.Member(Generated, Type + "+Metrics", "DoanhThu")!;
            var quote = (Quote)GeneratedCode.Member(Generated, Type + "+Quotes", "TranVanKhai1")!;

            Assert.Equal(("TTO", "Sáng nay (14-7)"), (article.Outlet, article.Dateline?.Text));
            Assert.Equal(("5%", "giá xăng"), (price.Text, price.Label));
            Assert.Equal(("120 tỷ đồng", MetricKind.Money, "tỷ đồng"), (revenue.Text, revenue.Kind, revenue.Unit));
            Assert.Equal("Trần Văn Khải", quote.Speaker);
        }

        [Fact]
        public void The_documented_markdown_article_gives_the_documented_values()
        {
            const string markdown = "---\ntitle: Giá xăng giảm mạnh          # overrides the title from the body\nslug: gia-xang-giam-manh           # overrides the file name for Slug and Id\n"
                + "date: 2025-07-14T08:30:00+07:00    # ISO 8601 date or date-time -> PublishedAt\nauthor: [Văn Khải, Thu Hà]         # string or list -> Authors\n"
                + "outlet: TTO                        # overrides the outlet read from the lead\ntags: [giá xăng, kinh tế]\ncategory: Kinh tế\n"
                + "summary: Giá xăng giảm 5% từ chiều nay.\nsource_url: https://example.vn/a   # any scalar key -> Metadata[\"source_url\"]\n---\n"
                + "# Giá xăng giảm mạnh\n\nTTO - Sáng nay (14-7), giá xăng giảm **5%**. Doanh thu đạt [120 tỷ đồng](https://example.vn/b).\n\n"
                + "![Cây xăng ở Hà Nội. Ảnh: Hải Nam](cay-xang.jpg)\n\n## Thị trường\n\n“Giá sẽ còn giảm trong tháng tới”, ông Trần Văn Khải cho biết.\n";
            Assembly generated = GeneratedCode.Load(GeneratedCode.Compile(ContentGenRunner.Run(
                new Dictionary<string, string> { ["content/gia-xang.md"] = markdown },
                new ContentGenOptions { RootNamespace = "MyApp" }).Sources.Values));
            const string type = "MyApp.Content.Articles+GiaXangGiamManh";

            var article = (Article)GeneratedCode.Member(generated, type, "Article")!;
            var price = (Metric)GeneratedCode.Member(generated, type + "+Metrics", "GiaXang")!;
            Assert.Equal(new System.DateTimeOffset(2025, 7, 14, 8, 30, 0, System.TimeSpan.FromHours(7)), article.PublishedAt);
            Assert.Equal(new[] { "Văn Khải", "Thu Hà" }, article.Authors);
            Assert.Equal("https://example.vn/a", article.Metadata["source_url"]);
            Assert.Equal((SectionKind.Caption, "Cây xăng ở Hà Nội. Ảnh: Hải Nam", "cay-xang.jpg"), (article.Sections[1].Kind, article.Sections[1].Text, article.Sections[1].ImageUrl));
            Assert.Equal((SectionKind.Heading, "Thị trường"), (article.Sections[2].Kind, article.Sections[2].Text));
            Assert.Equal(("5%", "giá xăng"), (price.Text, price.Label));
        }
    }
}
