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
    }
}
