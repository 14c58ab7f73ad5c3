using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using ContentGen.Testing;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ContentGen.Generator.Tests.Driver
{
    /// <summary>The seed article's expectations (API.md), checked on what the generator emits, compiled and loaded.</summary>
    public class SeedTests
    {
        private const string SeedPath = "content/no-luc-hoan-thanh-cac-nhiem-vu-trong-tam.txt";
        private const string Ns = "Seed.Content";
        private const string ArticleType = Ns + ".Articles+NoLucHoanThanhCacNhiemVuTrongTam";

        private static readonly Assembly Generated = CompileSeed();

        internal static string SeedText() => File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, SeedPath));

        private static Assembly CompileSeed()
        {
            ContentGenRunResult result = ContentGenRunner.Run(
                new[] { new KeyValuePair<string, string>(SeedPath, SeedText()) },
                new ContentGenOptions { Namespace = Ns });
            return GeneratedCode.Load(GeneratedCode.Compile(result.Sources.Values));
        }

        private static Article Article => (Article)GeneratedCode.Member(Generated, ArticleType, "Article")!;

        private static Metric NamedMetric(string name) => (Metric)GeneratedCode.Member(Generated, ArticleType + "+Metrics", name)!;

        private static Quote NamedQuote(string name) => (Quote)GeneratedCode.Member(Generated, ArticleType + "+Quotes", name)!;

        [Fact]
        public void Id_slug_path_and_title()
        {
            Assert.Equal("NoLucHoanThanhCacNhiemVuTrongTam", Article.Id);
            Assert.Equal("no-luc-hoan-thanh-cac-nhiem-vu-trong-tam", Article.Slug);
            Assert.Equal(SeedPath, Article.Path);
            Assert.Equal("Nỗ lực hoàn thành các nhiệm vụ trọng tâm", Article.Title);
        }

        [Fact]
        public void Outlet_and_dateline()
        {
            Assert.Equal("ANTĐ", Article.Outlet);
            Assert.Equal(new Dateline("Sáng nay (20-3)", 20, 3, null), Article.Dateline);
        }

        [Fact]
        public void Ten_sections_lead_on_line_3_then_paragraphs_on_odd_lines()
        {
            Assert.Equal(10, Article.Sections.Count);
            Assert.Equal(SectionKind.Lead, Article.Sections[0].Kind);
            Assert.All(Article.Sections.Skip(1), s => Assert.Equal(SectionKind.Paragraph, s.Kind));
            Assert.Equal(new[] { 3, 5, 7, 9, 11, 13, 15, 17, 19, 21 }, Article.Sections.Select(s => s.Line));
            Assert.Equal(Enumerable.Range(0, 10), Article.Sections.Select(s => s.Index));
            Assert.Same(Article.Sections[0], Article.Lead);
            Assert.All(Article.Sections, s => Assert.False(s.Text.EndsWith('\u00A0')));
        }

        [Theory]
        [InlineData("TocDoTangTruongCacNganhKinhTe", "16", "tốc độ tăng trưởng các ngành kinh tế")]
        [InlineData("ThuNganSach", "145", "Thu ngân sách")]
        [InlineData("CongTacPhatTrienToChucDang", "160", "công tác phát triển tổ chức Đảng")]
        public void Named_metrics_with_value_unit_label_section_and_line(string member, string value, string label)
        {
            Metric metric = NamedMetric(member);

            Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), metric.Value);
            Assert.Equal(MetricKind.Percent, metric.Kind);
            Assert.Equal("%", metric.Unit);
            Assert.Equal(label, metric.Label);
            Assert.Equal(1, metric.SectionIndex);
            Assert.Equal(5, metric.Line);
        }

        [Fact]
        public void The_article_has_exactly_the_three_metrics_in_order()
        {
            Assert.Equal(new[] { "16%", "145%", "160%" }, Article.Metrics.Select(m => m.Text));
        }

        [Theory]
        [InlineData("NamTratTuVanMinhDoThi", QuoteKind.Term, 2)]
        [InlineData("NamGiaiPhongMatBang", QuoteKind.Term, 5)]
        [InlineData("PhamQuangNghi1", QuoteKind.Speech, 6)]
        [InlineData("PhamQuangNghi2", QuoteKind.Speech, 7)]
        public void Named_quotes_with_kind_and_section(string member, QuoteKind kind, int section)
        {
            Quote quote = NamedQuote(member);

            Assert.Equal(kind, quote.Kind);
            Assert.Equal(section, quote.SectionIndex);
            Assert.Equal(Article.Sections[section].Line, quote.Line);
        }

        [Fact]
        public void Speeches_are_by_the_secretary_with_their_text()
        {
            Quote first = NamedQuote("PhamQuangNghi1");
            Quote second = NamedQuote("PhamQuangNghi2");

            Assert.Equal("Phạm Quang Nghị", first.Speaker);
            Assert.Equal("Phạm Quang Nghị", second.Speaker);
            Assert.StartsWith("Quận Nam Từ Liêm đã tiến bộ nhanh", first.Text);
            Assert.StartsWith("Cán bộ nào phong trào đó.", second.Text);
            Assert.EndsWith("là do cán bộ", second.Text);
        }

        [Fact]
        public void Terms_have_no_speaker_and_the_article_has_four_quotes()
        {
            Assert.Equal(4, Article.Quotes.Count);
            Assert.Null(NamedQuote("NamTratTuVanMinhDoThi").Speaker);
            Assert.Equal("Năm giải phóng mặt bằng", NamedQuote("NamGiaiPhongMatBang").Text);
        }

        [Fact]
        public void All_and_Find_reach_the_article()
        {
            var all = (IReadOnlyList<Article>)GeneratedCode.Member(Generated, Ns + ".Articles", "All")!;
            MethodInfo find = Generated.GetType(Ns + ".Articles")!.GetMethod("Find")!;

            Assert.Same(Article, Assert.Single(all));
            Assert.Same(Article, find.Invoke(null, new object[] { "no-luc-hoan-thanh-cac-nhiem-vu-trong-tam" }));
            Assert.Same(Article, find.Invoke(null, new object[] { "NoLucHoanThanhCacNhiemVuTrongTam" }));
            Assert.Null(find.Invoke(null, new object[] { "khong-co" }));
        }

        [Theory]
        [InlineData(LanguageVersion.Latest)]
        [InlineData(LanguageVersion.CSharp12)]
        [InlineData(LanguageVersion.CSharp7_3)]
        public void Generated_code_compiles_without_errors_or_warnings(LanguageVersion languageVersion)
        {
            ContentGenRunResult result = ContentGenRunner.Run(
                new[] { new KeyValuePair<string, string>(SeedPath, SeedText()) },
                new ContentGenOptions { RootNamespace = "Consumer", LanguageVersion = languageVersion });

            Assert.Empty(GeneratedCode.Problems(GeneratedCode.Compile(result.Sources.Values, languageVersion)));
        }
    }
}
