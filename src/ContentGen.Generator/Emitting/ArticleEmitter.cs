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
            var text = ArticleText.For(article, options);
            if (text.Compact)
            {
                // The body travels as one UTF-8 literal, decoded once on first use, and every section, quote and
                // metric text is a slice of it: u8 data does not count against the 16 MB limit on string literals,
                // so thousands of articles fit in one assembly.
                w.Line("public static " + Runtime + "Article Article { get; } = __Create();");
                w.Line();
                w.Open("private static " + Runtime + "Article __Create()");
                w.Line("string __t = global::System.Text.Encoding.UTF8.GetString(" + CSharpText.Literal(text.Body) + "u8);");
                w.Line("return new " + Runtime + "Article(");
            }
            else
            {
                w.Line("public static " + Runtime + "Article Article { get; } = new " + Runtime + "Article(");
            }

            w.Indent();
            w.Line(CSharpText.Literal(identity.Id) + ",");
            w.Line(CSharpText.Literal(identity.Slug) + ",");
            w.Line(CSharpText.Literal(identity.Path) + ",");
            w.Line(CSharpText.Literal(article.Title) + ",");
            w.Line(CSharpText.Literal(article.Outlet) + ",");
            w.Line(Dateline(article.Dateline) + ",");
            WriteArray(w, "Section", article.Sections, s =>
                $"new {Runtime}Section({CSharpText.Int(s.Index)}, {Runtime}SectionKind.{s.Kind}, {text.Section(s.Index)}, {CSharpText.Int(s.Line)})", ",");
            WriteArray(w, "Quote", article.Quotes, q =>
                $"new {Runtime}Quote({text.Of(q.Text, q.SectionIndex)}, {Runtime}QuoteKind.{q.Kind}, {CSharpText.Literal(q.Speaker)}, {CSharpText.Int(q.SectionIndex)}, {CSharpText.Int(q.Line)})", ",");
            WriteArray(w, "Metric", article.Metrics, m =>
                $"new {Runtime}Metric({text.Of(m.Text, m.SectionIndex)}, {CSharpText.Decimal(m.Value)}, {CSharpText.Decimal(m.MaxValue)}, {Runtime}MetricKind.{m.Kind}, {CSharpText.Literal(m.Unit)}, {(m.Label is null ? "null" : text.Of(m.Label, m.SectionIndex))}, {CSharpText.Int(m.SectionIndex)}, {CSharpText.Int(m.Line)})", ");");
            w.Outdent();
            if (text.Compact)
            {
                w.Close();
            }

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
            WriteMembers(w, identity, "Metric", "The article's metrics, each named by what it measures.", article.Metrics, names, renames, static m => m.Span, static m =>
                "<c>" + CSharpText.Doc(m.Text) + "</c>" + (m.Label is null ? string.Empty : " — " + CSharpText.Doc(m.Label)) + " (" + Where(m.SectionIndex, m.Line) + ").", diagnostics);
        }

        private static void WriteQuotes(SourceWriter w, ArticleIdentity identity, ParsedArticle article, List<DiagnosticInfo> diagnostics)
        {
            var renames = new List<Rename>();
            string[] names = MemberNamer.QuoteNames(article.Quotes, renames);
            WriteMembers(w, identity, "Quote", "The article's quotes, each named by its speaker or, for a quoted term, by the term.", article.Quotes, names, renames, static q => q.Span, static q =>
                "“" + CSharpText.Doc(q.Text) + "”" + (q.Speaker is null ? string.Empty : " — " + CSharpText.Doc(q.Speaker)) + " (" + q.Kind + ", " + Where(q.SectionIndex, q.Line) + ").", diagnostics);
        }

        // The nested class of named members ("Metrics" of type Metric, "Quotes" of type Quote): each member documented
        // with the text it stands for; renames and members past the cap reported.
        private static void WriteMembers<T>(
            SourceWriter w,
            ArticleIdentity identity,
            string type,
            string summary,
            EquatableArray<T> items,
            string[] names,
            List<Rename> renames,
            System.Func<T, SourceSpan> span,
            System.Func<T, string> doc,
            List<DiagnosticInfo> diagnostics)
            where T : System.IEquatable<T>
        {
            string list = type + "s";
            int named = items.Count;
            if (named > MaxNamedMembers)
            {
                named = MaxNamedMembers;
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.TooManyMembers, identity.FilePath, span(items[MaxNamedMembers]), identity.Path, CSharpText.Int(items.Count), list, CSharpText.Int(MaxNamedMembers)));
            }

            foreach (Rename rename in renames)
            {
                if (rename.Index < named)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.MemberRenamed, identity.FilePath, span(items[rename.Index]), type.ToLowerInvariant(), rename.Wanted, rename.Given, Reasons.Of(rename.Reason)));
                }
            }

            w.Line();
            w.Summary(summary);
            w.Open("public static partial class " + list);
            for (int i = 0; i < named; i++)
            {
                w.Summary(doc(items[i]));
                w.Line("public static " + Runtime + type + " " + names[i] + " => Article." + list + "[" + CSharpText.Int(i) + "];");
            }

            w.Close();
        }

        private static string Where(int sectionIndex, int line) =>
            (sectionIndex < 0 ? "title" : "section " + CSharpText.Int(sectionIndex)) + ", line " + CSharpText.Int(line);
    }
}
