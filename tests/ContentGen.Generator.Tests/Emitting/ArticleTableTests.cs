using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;
using ContentGen.Core;
using ContentGen.Core.Model;
using ContentGen.Core.Naming;
using ContentGen.Core.Parsing;
using ContentGen.Generator;
using ContentGen.Generator.Emitting;
using ContentGen.Generator.Tests.Driver;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ContentGen.Generator.Tests.Emitting
{
    /// <summary>The table generated code carries: whatever the generator writes, the runtime reads back unchanged.</summary>
    public class ArticleTableTests
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
        public void A_lone_surrogate_keeps_its_chunk_a_plain_literal_and_round_trips()
        {
            var article = new ParsedArticle("T\uD800", 1, null, null, Array(new SectionModel(0, SectionKindModel.Lead, "a\uDC00b", 3)), Array<QuoteModel>(), Array<MetricModel>(), Array<ParseIssue>());

            string source = TableSource(new[] { (Identity, article) }, utf8: true);
            Article decoded = GeneratedCode.Table(source)[0];

            Assert.DoesNotContain("u8", source, StringComparison.Ordinal);
            Assert.Equal("T\uD800", decoded.Title);
            Assert.Equal("a\uDC00b", decoded.Sections[0].Text);
            Assert.Empty(GeneratedCode.Compile(new[] { source, IndexEmitter.Emit(new EmitOptions("N", true, true)).Text }).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        }

        [Fact]
        public void Texts_found_in_their_section_are_not_written_twice()
        {
            string paragraph = string.Concat(Enumerable.Range(0, 3000).Select(i => $"Ông A nói: “câu {i}”. "));
            var quotes = Enumerable.Range(0, 3000).Select(i => new QuoteModel($"câu {i}", QuoteKindModel.Speech, "A", 0, 3)).ToArray();
            var article = new ParsedArticle("T", 1, null, null, Array(new SectionModel(0, SectionKindModel.Lead, paragraph, 3)), Array(quotes), Array<MetricModel>(), Array<ParseIssue>());

            string source = TableSource(new[] { (Identity, article) }, utf8: true);

            // The chunk is the paragraph, a small pool (path, title, speaker) and the numbers, not the quotes again.
            string chunk = GeneratedCode.TableChunks(source).Single();
            Assert.InRange(chunk.Length, paragraph.Length, paragraph.Length + (3000 * 16));
            Assert.Equal(quotes.Select(q => q.Text), GeneratedCode.Table(source)[0].Quotes.Select(q => q.Text));
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void An_embedded_file_is_referred_to_not_copied_and_reads_back_the_same(bool byteOrderMark)
        {
            // A file much longer than its entry: the entry holds its length as a number, not as something to read.
            string file = "Tiêu đề\r\n\r\nTTO - Sáng 3-2, doanh thu đạt 12 tỷ đồng.\r\n\r\nÔng A nói: “Được”.\r\n\r\n" + string.Concat(Enumerable.Repeat("Một câu dài nữa. ", 400)) + "\r\n";
            ParsedArticle article = Parse(file);
            var resources = new Resources { ["ContentGen/content/tin/a b.txt"] = Bytes(file, byteOrderMark) };

            string body = ArticleBody.Write(article, Identity.Path, "ContentGen/content/tin/a b.txt", file);
            Article embedded = GeneratedCode.Table(TableSource(Identity, body), resources)[0];
            Article inline = Decode(article, utf8: true);

            Assert.DoesNotContain("doanh thu", body, StringComparison.Ordinal);
            Assert.Equal(inline.Sections, embedded.Sections);
            Assert.Equal(inline.Quotes, embedded.Quotes);
            Assert.Equal(inline.Metrics, embedded.Metrics);
            Assert.Equal(inline, embedded);
        }

        [Fact]
        public void An_embedded_file_that_is_not_the_one_the_generator_read_is_refused_not_misread()
        {
            const string file = "Tiêu đề\n\nTTO - Sáng 3-2, doanh thu đạt 12 tỷ đồng.\n";
            string body = ArticleBody.Write(Parse(file), Identity.Path, "ContentGen/a.txt", file);
            string source = TableSource(Identity, body);

            var edited = new Resources { ["ContentGen/a.txt"] = Bytes(file.Replace("12", "13", StringComparison.Ordinal), false) };
            var longer = new Resources { ["ContentGen/a.txt"] = Bytes(file + " ", false) };
            var missing = new Resources();

            Assert.Contains("not the file", Assert.Throws<InvalidOperationException>(() => GeneratedCode.Table(source, edited)[0]).Message, StringComparison.Ordinal);
            Assert.Contains("not the file", Assert.Throws<InvalidOperationException>(() => GeneratedCode.Table(source, longer)[0]).Message, StringComparison.Ordinal);
            Assert.Contains("not embedded", Assert.Throws<InvalidOperationException>(() => GeneratedCode.Table(source, missing)[0]).Message, StringComparison.Ordinal);
            Assert.Contains("not embedded", Assert.Throws<InvalidOperationException>(() => GeneratedCode.Table(source)[0]).Message, StringComparison.Ordinal);
        }

        [Fact]
        public void An_article_whose_sections_are_not_slices_of_its_file_carries_its_text()
        {
            var article = new ParsedArticle("T", 1, null, null, Array(new SectionModel(0, SectionKindModel.Lead, "Đoạn không có trong tệp.", 3)), Array<QuoteModel>(), Array<MetricModel>(), Array<ParseIssue>());

            string body = ArticleBody.Write(article, Identity.Path, "ContentGen/a.txt", "T\n\nĐoạn khác.\n");

            Assert.Contains("Đoạn không có trong tệp.", body, StringComparison.Ordinal);
            Assert.Equal("Đoạn không có trong tệp.", GeneratedCode.Table(TableSource(Identity, body))[0].Lead.Text);
        }

        [Fact]
        public void A_large_table_is_split_into_chunks_and_read_in_path_order()
        {
            string paragraph = new string('x', (TableEmitter.ChunkLength / 3) + 1);
            (ArticleIdentity, ParsedArticle)[] articles = Enumerable.Range(0, 7)
                .Select(i => (new ArticleIdentity($"content/{i}.txt", $"s{i}", $"A{i}"), new ParsedArticle($"T{i}", 1, null, null, Array(new SectionModel(0, SectionKindModel.Lead, paragraph + i, 3)), Array<QuoteModel>(), Array<MetricModel>(), Array<ParseIssue>())))
                .ToArray();

            string source = TableSource(articles, utf8: true);
            ContentGen.Runtime.ArticleTable table = GeneratedCode.Table(source);

            Assert.Equal(3, GeneratedCode.TableChunks(source).Length);
            Assert.Equal(7, table.Count);
            Assert.Equal(Enumerable.Range(0, 7).Select(i => ($"A{i}", $"s{i}", $"T{i}", paragraph + i)), table.Select(a => (a.Id, a.Slug, a.Title, a.Lead.Text)));
        }

        [Fact]
        public void Find_takes_a_slug_or_an_id_and_a_shared_key_is_the_first_articles_by_path()
        {
            var first = new ArticleIdentity("content/a.txt", "chung", "A");
            var second = new ArticleIdentity("content/b.txt", "b", "Chung");
            var third = new ArticleIdentity("content/c.txt", "A", "C");
            ParsedArticle article = Parse("T\n\nĐoạn.\n");

            ContentGen.Runtime.ArticleTable table = GeneratedCode.Table(TableSource(new[] { (first, article), (second, article), (third, article) }, utf8: false));

            Assert.Equal("A", table.Find("chung")!.Id);
            Assert.Equal("A", table.Find("A")!.Id);
            Assert.Equal("Chung", table.Find("Chung")!.Id);
            Assert.Equal("Chung", table.Find("b")!.Id);
            Assert.Equal("C", table.Find("C")!.Id);
            Assert.Null(table.Find("c"));
            Assert.Null(table.Find(null!));
            Assert.Null(table.Find(string.Empty));
        }

        [Fact]
        public void Readers_on_several_threads_share_one_article()
        {
            ContentGen.Runtime.ArticleTable table = GeneratedCode.Table(TableSource(new[] { (Identity, Parse("T\n\nĐoạn.\n")) }, utf8: true));

            Article[] read = new Article[8];
            Parallel.For(0, read.Length, i => read[i] = table[0]);

            Assert.All(read, a => Assert.Same(read[0], a));
            Assert.Throws<ArgumentOutOfRangeException>(() => table[1]);
        }

        [Fact]
        public void The_table_is_a_read_only_list()
        {
            ParsedArticle article = Parse("T\n\nĐoạn.\n");
            ContentGen.Runtime.ArticleTable table = GeneratedCode.Table(TableSource(new[] { (Identity, article), (Identity with { Path = "content/z.txt", Id = "Z" }, article) }, utf8: true));
            IList<Article> list = table;

            var copy = new Article[3];
            list.CopyTo(copy, 1);

            Assert.True(list.IsReadOnly);
            Assert.Equal(new[] { null, table[0], table[1] }, copy);
            Assert.Equal(1, list.IndexOf(table[1]));
            Assert.Equal(-1, list.IndexOf(GeneratedCode.Table(TableSource(new[] { (Identity, Parse("Khác\n\nĐoạn.\n")) }, utf8: true))[0]));
            Assert.Equal(new[] { "AB", "Z" }, table.ToList().Select(a => a.Id));
            Assert.Throws<NotSupportedException>(() => list.Add(table[0]));
            Assert.Throws<NotSupportedException>(() => list.Remove(table[0]));
            Assert.Throws<NotSupportedException>(() => list[0] = table[1]);
            Assert.Throws<NotSupportedException>(() => list.Clear());
            Assert.Throws<ArgumentOutOfRangeException>(() => list.CopyTo(new Article[2], 1));
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
        [InlineData("1")]
        [InlineData("2")]
        [InlineData("4")]
        [InlineData("3!")]
        [InlineData("3QQQQQQQQ")]
        [InlineData("33A2s9")]
        public void Data_from_another_version_or_damaged_data_is_a_format_error(string chunk)
        {
            Assert.Throws<FormatException>(() => new ContentGen.Runtime.ArticleTable(null, chunk)[0]);
        }

        [Fact]
        public void A_damaged_body_is_a_format_error_when_its_article_is_read()
        {
            var table = new ContentGen.Runtime.ArticleTable(null, "3" + "1A" + "1s" + "1!");

            // The entry is found without reading its body; the body is refused when read.
            int count = table.Count;
            Assert.Equal(1, count);
            Assert.Throws<FormatException>(() => table[0]);
        }

        private static Article Decode(ParsedArticle article, bool utf8)
        {
            string source = TableSource(new[] { (Identity, article) }, utf8);
            Assert.Equal(utf8, source.Contains("u8)", StringComparison.Ordinal));
            return GeneratedCode.Table(source)[0];
        }

        private static string TableSource((ArticleIdentity Identity, ParsedArticle Article)[] articles, bool utf8) =>
            TableEmitter.Emit(
                new EquatableArray<ArticleIdentity>(articles.Select(a => a.Identity).ToArray()),
                new EquatableArray<TableRow>(articles.Select(a => new TableRow(a.Identity.Path, ArticleBody.Write(a.Article, a.Identity.Path, null, string.Empty))).ToArray()),
                new EmitOptions("N", true, utf8)).Text;

        private static string TableSource(ArticleIdentity identity, string body) =>
            TableEmitter.Emit(new EquatableArray<ArticleIdentity>(new[] { identity }), new EquatableArray<TableRow>(new[] { new TableRow(identity.Path, body) }), new EmitOptions("N", true, true)).Text;

        private static ParsedArticle Parse(string file) => ArticleParser.Read(file).Article!;

        private static byte[] Bytes(string text, bool byteOrderMark) => new UTF8Encoding(byteOrderMark).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        private static EquatableArray<T> Array<T>(params T[] items)
            where T : IEquatable<T> => new EquatableArray<T>(items);

        // An assembly with the given manifest resources, as the build embeds article files.
        private sealed class Resources : Assembly, IEnumerable<KeyValuePair<string, byte[]>>
        {
            private readonly Dictionary<string, byte[]> _resources = new(StringComparer.Ordinal);

            public byte[] this[string name]
            {
                set => _resources[name] = value;
            }

            public override Stream? GetManifestResourceStream(string name) =>
                _resources.TryGetValue(name, out byte[]? bytes) ? new MemoryStream(bytes, writable: false) : null;

            public override AssemblyName GetName() => new("Consumer");

            public IEnumerator<KeyValuePair<string, byte[]>> GetEnumerator() => _resources.GetEnumerator();

            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }
    }
}
