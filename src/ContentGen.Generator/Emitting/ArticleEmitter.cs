using System.Collections.Generic;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Naming;
using ContentGen.Generator.Parsing;

namespace ContentGen.Generator.Emitting
{
    /// <summary>Writes the class of one article: the <c>Article</c> record, and named <c>Metrics</c> and <c>Quotes</c>.</summary>
    public static class ArticleEmitter
    {
        private const string Runtime = "global::ContentGen.";

        /// <summary>Most named members of one kind in one article; the rest are reached through the lists.</summary>
        public const int MaxNamedMembers = 1000;

        /// <summary>The hint name of an article's source.</summary>
        public static string HintName(string id) => "Articles." + id + ".g.cs";

        /// <summary>Generates the source of one article.</summary>
        public static GeneratedFile Emit(ArticleIdentity identity, ParsedArticle article, EmitOptions options) =>
            Emit(identity, article, options, new List<DiagnosticInfo>());

        /// <summary>Generates the source of one article; renamed and unnamed members are reported to <paramref name="diagnostics"/>.</summary>
        public static GeneratedFile Emit(ArticleIdentity identity, ParsedArticle article, EmitOptions options, List<DiagnosticInfo> diagnostics)
        {
            var w = new SourceWriter();
            EmitterHeader.Write(w, options, "from " + identity.Path);
            w.Open("namespace " + options.Namespace);
            w.Open("public static partial class Articles");

            w.Line("/// <summary>" + CSharpText.Doc(article.Title) + "</summary>");
            w.Line("/// <remarks>Generated from <c>" + CSharpText.Doc(identity.Path) + "</c>.</remarks>");
            w.Line(EmitterHeader.GeneratedCodeAttribute);
            w.Open("public static partial class " + identity.Id);

            w.Summary("The article <c>" + CSharpText.Doc(article.Title) + "</c>.");
            w.Line("public static " + Runtime + "Article Article { get; } = new " + Runtime + "Article(");
            w.Indent();
            w.Line(CSharpText.Literal(identity.Id) + ",");
            w.Line(CSharpText.Literal(identity.Slug) + ",");
            w.Line(CSharpText.Literal(identity.Path) + ",");
            w.Line(CSharpText.Literal(article.Title) + ",");
            w.Line(CSharpText.Literal(article.Outlet) + ",");
            w.Line(Dateline(article.Dateline) + ",");
            WriteArray(w, "Section", article.Sections, static s =>
                $"new {Runtime}Section({CSharpText.Int(s.Index)}, {Runtime}SectionKind.{s.Kind}, {CSharpText.Literal(s.Text)}, {CSharpText.Int(s.Line)})", ",");
            WriteArray(w, "Quote", article.Quotes, static q =>
                $"new {Runtime}Quote({CSharpText.Literal(q.Text)}, {Runtime}QuoteKind.{q.Kind}, {CSharpText.Literal(q.Speaker)}, {CSharpText.Int(q.SectionIndex)}, {CSharpText.Int(q.Line)})", ",");
            WriteArray(w, "Metric", article.Metrics, static m =>
                $"new {Runtime}Metric({CSharpText.Literal(m.Text)}, {CSharpText.Decimal(m.Value)}, {CSharpText.Decimal(m.MaxValue)}, {Runtime}MetricKind.{m.Kind}, {CSharpText.Literal(m.Unit)}, {CSharpText.Literal(m.Label)}, {CSharpText.Int(m.SectionIndex)}, {CSharpText.Int(m.Line)})", ");");
            w.Outdent();

            WriteMetrics(w, identity, article, diagnostics);
            WriteQuotes(w, identity, article, diagnostics);

            w.Close();
            w.Close();
            w.Close();
            return new GeneratedFile(HintName(identity.Id), w.ToString());
        }

        private static string Dateline(DatelineModel? dateline) => dateline is null
            ? "null"
            : $"new {Runtime}Dateline({CSharpText.Literal(dateline.Text)}, {CSharpText.Int(dateline.Day)}, {CSharpText.Int(dateline.Month)}, {CSharpText.Int(dateline.Year)})";

        private static void WriteArray<T>(SourceWriter w, string type, EquatableArray<T> items, System.Func<T, string> write, string suffix)
            where T : System.IEquatable<T>
        {
            if (items.Count == 0)
            {
                w.Line("global::System.Array.Empty<" + Runtime + type + ">()" + suffix);
                return;
            }

            w.Line("new " + Runtime + type + "[]");
            w.Line("{");
            w.Indent();
            foreach (T item in items)
            {
                w.Line(write(item) + ",");
            }

            w.Outdent();
            w.Line("}" + suffix);
        }

        private static void WriteMetrics(SourceWriter w, ArticleIdentity identity, ParsedArticle article, List<DiagnosticInfo> diagnostics)
        {
            var renames = new List<Rename>();
            string[] names = MemberNamer.MetricNames(article.Metrics, renames);
            int named = Named(identity, "metrics", article.Metrics.Count, i => article.Metrics[i].Span, diagnostics);
            Report(identity, "metric", renames, named, i => article.Metrics[i].Span, diagnostics);
            w.Line();
            w.Summary("The article's metrics, each named by what it measures.");
            w.Open("public static partial class Metrics");
            for (int i = 0; i < named; i++)
            {
                MetricModel metric = article.Metrics[i];
                string label = metric.Label is null ? string.Empty : " — " + CSharpText.Doc(metric.Label);
                w.Summary("<c>" + CSharpText.Doc(metric.Text) + "</c>" + label + " (" + Where(metric.SectionIndex, metric.Line) + ").");
                w.Line("public static " + Runtime + "Metric " + names[i] + " => Article.Metrics[" + CSharpText.Int(i) + "];");
            }

            w.Close();
        }

        private static void WriteQuotes(SourceWriter w, ArticleIdentity identity, ParsedArticle article, List<DiagnosticInfo> diagnostics)
        {
            var renames = new List<Rename>();
            string[] names = MemberNamer.QuoteNames(article.Quotes, renames);
            int named = Named(identity, "quotes", article.Quotes.Count, i => article.Quotes[i].Span, diagnostics);
            Report(identity, "quote", renames, named, i => article.Quotes[i].Span, diagnostics);
            w.Line();
            w.Summary("The article's quotes, each named by its speaker or, for a quoted term, by the term.");
            w.Open("public static partial class Quotes");
            for (int i = 0; i < named; i++)
            {
                QuoteModel quote = article.Quotes[i];
                string speaker = quote.Speaker is null ? string.Empty : " — " + CSharpText.Doc(quote.Speaker);
                w.Summary("“" + CSharpText.Doc(quote.Text) + "”" + speaker + " (" + quote.Kind + ", " + Where(quote.SectionIndex, quote.Line) + ").");
                w.Line("public static " + Runtime + "Quote " + names[i] + " => Article.Quotes[" + CSharpText.Int(i) + "];");
            }

            w.Close();
        }

        // How many members get names; past the cap, one diagnostic at the first that does not.
        private static int Named(ArticleIdentity identity, string kind, int count, System.Func<int, SourceSpan> span, List<DiagnosticInfo> diagnostics)
        {
            if (count <= MaxNamedMembers)
            {
                return count;
            }

            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.TooManyMembers, identity.FilePath, span(MaxNamedMembers), identity.Path, CSharpText.Int(count), kind == "metrics" ? "Metrics" : "Quotes", CSharpText.Int(MaxNamedMembers)));
            return MaxNamedMembers;
        }

        private static void Report(ArticleIdentity identity, string kind, List<Rename> renames, int named, System.Func<int, SourceSpan> span, List<DiagnosticInfo> diagnostics)
        {
            foreach (Rename rename in renames)
            {
                if (rename.Index < named)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.MemberRenamed, identity.FilePath, span(rename.Index), kind, rename.Wanted, rename.Given, Reasons.Of(rename.Reason)));
                }
            }
        }

        private static string Where(int sectionIndex, int line) =>
            (sectionIndex < 0 ? "title" : "section " + CSharpText.Int(sectionIndex)) + ", line " + CSharpText.Int(line);
    }
}
