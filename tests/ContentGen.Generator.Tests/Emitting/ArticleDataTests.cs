using System;
using System.Linq;
using ContentGen.Generator.Emitting;
using ContentGen.Generator.Parsing;
using ContentGen.Generator.Tests.Driver;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ContentGen.Generator.Tests.Emitting
{
    /// <summary>The compact form generated code carries: whatever the generator writes, the runtime reads back unchanged.</summary>
    public class ArticleDataTests
    {
        private static readonly ArticleIdentity Identity = new ArticleIdentity("content/tin/a b.txt", "a b", "AB");

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Every_field_round_trips(bool utf8)
        {
            var article = new ParsedArticle(
                "Tiêu đề \"lạ\" \\ 𝔸",
                1,
                "TTO",
                new DatelineModel("Sáng 3-2-2025", 3, 2, 2025),
                Array(
                    new SectionModel(0, SectionKindModel.Lead, "TTO - Sáng 3-2-2025, doanh thu đạt 1.200,5 tỷ đồng.", 3),
                    new SectionModel(1, SectionKindModel.Heading, "Mục mới", 5),
                    new SectionModel(2, SectionKindModel.Paragraph, "Ông A nói: “Được”. Lỗ (3,25%) và “Được” lần nữa.", 7),
                    new SectionModel(3, SectionKindModel.Caption, "Ảnh: B", 9),
                    new SectionModel(4, SectionKindModel.Byline, "C", 11)),
                Array(
                    new QuoteModel("Được", QuoteKindModel.Speech, "Nguyễn Văn A", 2, 7),
                    new QuoteModel("Được", QuoteKindModel.Term, null, 2, 7),
                    new QuoteModel("không có trong đoạn", QuoteKindModel.Speech, "Nguyễn Văn A", 2, 7)),
                Array(
                    new MetricModel("1.200,5 tỷ đồng", 1200.5m, null, MetricKindModel.Money, "tỷ đồng", "doanh thu", 0, 3),
                    new MetricModel("3,25%", -3.25m, null, MetricKindModel.Percent, "%", null, 2, 7),
                    new MetricModel("0,2-0,7%", 0.2m, 0.7m, MetricKindModel.Percent, "%", "nhãn ở nơi khác", 2, 7),
                    new MetricModel("79228162514264337593543950335 m2", decimal.MaxValue, decimal.MinValue, MetricKindModel.Measure, "m2", string.Empty, -1, 1),
                    new MetricModel("0,0000000000000000000000000001 ha", 0.0000000000000000000000000001m, 0m, MetricKindModel.Measure, "ha", "x", 4, 11)),
                Array<ParseIssue>());

            Article decoded = Decode(article, utf8);

            Assert.Equal(("AB", "a b", "content/tin/a b.txt", article.Title, "TTO"), (decoded.Id, decoded.Slug, decoded.Path, decoded.Title, decoded.Outlet));
            Assert.Equal(new Dateline("Sáng 3-2-2025", 3, 2, 2025), decoded.Dateline);
            Assert.Equal(article.Sections.Select(s => (s.Index, s.Kind.ToString(), s.Text, s.Line)), decoded.Sections.Select(s => (s.Index, s.Kind.ToString(), s.Text, s.Line)));
            Assert.Equal(article.Quotes.Select(q => (q.Text, q.Kind.ToString(), q.Speaker, q.SectionIndex, q.Line)), decoded.Quotes.Select(q => (q.Text, q.Kind.ToString(), q.Speaker, q.SectionIndex, q.Line)));
            Assert.Equal(
                article.Metrics.Select(m => (m.Text, m.Value, m.MaxValue, m.Kind.ToString(), m.Unit, m.Label, m.SectionIndex, m.Line)),
                decoded.Metrics.Select(m => (m.Text, m.Value, m.MaxValue, m.Kind.ToString(), m.Unit, m.Label, m.SectionIndex, m.Line)));

            // Sign and scale survive as written.
            Assert.Equal("-3.25", decoded.Metrics[1].Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void An_article_without_outlet_dateline_quotes_or_metrics_round_trips()
        {
            var article = new ParsedArticle("T", 1, null, new DatelineModel("Hôm qua", null, null, null), Array(new SectionModel(0, SectionKindModel.Lead, "Đoạn.", 3)), Array<QuoteModel>(), Array<MetricModel>(), Array<ParseIssue>());

            Article decoded = Decode(article, utf8: true);

            Assert.Null(decoded.Outlet);
            Assert.Equal(new Dateline("Hôm qua", null, null, null), decoded.Dateline);
            Assert.Empty(decoded.Quotes);
            Assert.Empty(decoded.Metrics);
            Assert.Null(Decode(article with { Dateline = null }, utf8: true).Dateline);
        }

        [Fact]
        public void A_lone_surrogate_keeps_the_text_a_plain_literal_and_round_trips()
        {
            var article = new ParsedArticle("T\uD800", 1, null, null, Array(new SectionModel(0, SectionKindModel.Lead, "a\uDC00b", 3)), Array<QuoteModel>(), Array<MetricModel>(), Array<ParseIssue>());

            string source = ArticleEmitter.Emit(Identity, article, new EmitOptions("N", true, Utf8Literals: true)).Text;
            Article decoded = GeneratedCode.Decode(source);

            Assert.Equal("T\uD800", decoded.Title);
            Assert.Equal("a\uDC00b", decoded.Sections[0].Text);
            Assert.Empty(GeneratedCode.Compile(new[] { source, IndexStub }).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        }

        [Fact]
        public void Texts_found_in_their_section_are_not_written_twice()
        {
            string paragraph = string.Concat(Enumerable.Range(0, 3000).Select(i => $"Ông A nói: “câu {i}”. "));
            var quotes = Enumerable.Range(0, 3000).Select(i => new QuoteModel($"câu {i}", QuoteKindModel.Speech, "A", 0, 3)).ToArray();
            var article = new ParsedArticle("T", 1, null, null, Array(new SectionModel(0, SectionKindModel.Lead, paragraph, 3)), Array(quotes), Array<MetricModel>(), Array<ParseIssue>());

            string source = ArticleEmitter.Emit(Identity, article, new EmitOptions("N", true, Utf8Literals: true)).Text;

            // The text literal is the paragraph and a small pool (id, slug, path, title, speaker), not the quotes again.
            string text = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens()
                .Where(t => t.IsKind(SyntaxKind.Utf8StringLiteralToken)).First().ValueText;
            Assert.InRange(text.Length, paragraph.Length, paragraph.Length + 100);
            Assert.Equal(quotes.Select(q => q.Text), GeneratedCode.Decode(source).Quotes.Select(q => q.Text));
        }

        [Fact]
        public void The_generator_models_list_the_runtime_enums_in_the_same_order()
        {
            Assert.Equal(Enum.GetNames<SectionKind>(), Enum.GetNames<SectionKindModel>());
            Assert.Equal(Enum.GetValues<SectionKind>().Select(v => (int)v), Enum.GetValues<SectionKindModel>().Select(v => (int)v));
            Assert.Equal(Enum.GetNames<QuoteKind>(), Enum.GetNames<QuoteKindModel>());
            Assert.Equal(Enum.GetValues<QuoteKind>().Select(v => (int)v), Enum.GetValues<QuoteKindModel>().Select(v => (int)v));
            Assert.Equal(Enum.GetNames<MetricKind>(), Enum.GetNames<MetricKindModel>());
            Assert.Equal(Enum.GetValues<MetricKind>().Select(v => (int)v), Enum.GetValues<MetricKindModel>().Select(v => (int)v));
        }

        [Theory]
        [InlineData("", "1")]
        [InlineData("abc", "2")]
        [InlineData("abc", "1!")]
        [InlineData("abc", "1QQQQQQQQ")]
        public void Data_from_another_version_or_damaged_data_is_a_format_error(string text, string data)
        {
            Assert.Throws<FormatException>(() => ContentGen.Runtime.ArticleData.Decode(text, data));
        }

        private const string IndexStub = "namespace N { public static partial class Articles { } }";

        private static Article Decode(ParsedArticle article, bool utf8)
        {
            string source = ArticleEmitter.Emit(Identity, article, new EmitOptions("N", true, utf8)).Text;
            Assert.Equal(utf8, source.Contains("u8)", StringComparison.Ordinal));
            return GeneratedCode.Decode(source);
        }

        private static EquatableArray<T> Array<T>(params T[] items)
            where T : IEquatable<T> => new EquatableArray<T>(items);
    }
}
