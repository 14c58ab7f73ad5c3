using System.Collections.Generic;
using ContentGen.Core;
using ContentGen.Core.Diagnostics;
using ContentGen.Core.Model;
using ContentGen.Core.Naming;
using ContentGen.Core.Parsing;
using ContentGen.Generator.Diagnostics;

namespace ContentGen.Generator.Emitting
{
    /// <summary>Writes the class of one article: the <c>Article</c> record, and named <c>Metrics</c> and <c>Quotes</c>.</summary>
    internal static class ArticleEmitter
    {
        private const string Runtime = "global::ContentGen.";

        /// <summary>The hint name of an article's source.</summary>
        public static string HintName(string id) => "Articles." + id + ".g.cs";

        /// <summary>Generates the source of one article.</summary>
        public static GeneratedFile Emit(ArticleIdentity identity, ParsedArticle article, EmitOptions options) =>
            Emit(identity, article, options, new List<DiagnosticInfo>());

        /// <summary>Generates the source of one article; renamed and unnamed members are reported to <paramref name="diagnostics"/>.</summary>
        public static GeneratedFile Emit(ArticleIdentity identity, ParsedArticle article, EmitOptions options, List<DiagnosticInfo> diagnostics) =>
            Source(new ArticleClass(identity.Id, identity.Path, Class(identity, article, diagnostics)), options);

        /// <summary>The source of one article whose class is made (a project small enough for a source per article).</summary>
        public static GeneratedFile Source(ArticleClass article, EmitOptions options) =>
            new(HintName(article.Id), File(options, "from " + article.Path, new[] { article.Text }));

        /// <summary>
        /// The class of one article, indented to stand inside <c>Articles</c>; renamed and unnamed members are reported to
        /// <paramref name="diagnostics"/>. Independent of the options, so a change of namespace only wraps it anew.
        /// </summary>
        public static string Class(ArticleIdentity identity, ParsedArticle article, List<DiagnosticInfo> diagnostics)
        {
            var w = new SourceWriter(indent: 2);
            w.Line("/// <summary>" + CSharpText.Doc(article.Title) + "</summary>");
            w.Line("/// <remarks>Generated from <c>" + CSharpText.Doc(identity.Path) + "</c>.</remarks>");
            w.Line(EmitterHeader.GeneratedCodeAttribute);
            w.Open("public static partial class " + identity.Id);

            w.Summary("The article <c>" + CSharpText.Doc(article.Title) + "</c>.");
            // The article is a row of the project's table (TableEmitter), built the first time it is read. The row's number
            // is a constant of the table source, so this class does not change when other articles come or go.
            w.Line("public static " + Runtime + "Article Article => " + IndexEmitter.TableField + "[" + TableEmitter.RowsClass + "." + identity.Id + "];");

            (string[] metrics, string[] quotes) = ArticleMembers.Of(identity, article, diagnostics);
            WriteMembers(w, "Metric", "The article's metrics, each named by what it measures.", article.Metrics, metrics, static m =>
                "<c>" + CSharpText.Doc(m.Text) + "</c>" + (m.Label is null ? string.Empty : " — " + CSharpText.Doc(m.Label)) + " (" + Where(m.SectionIndex, m.Line) + ").");
            WriteMembers(w, "Quote", "The article's quotes, each named by its speaker or, for a quoted term, by the term.", article.Quotes, quotes, static q =>
                "“" + CSharpText.Doc(q.Text) + "”" + (q.Speaker is null ? string.Empty : " — " + CSharpText.Doc(q.Speaker)) + " (" + q.Kind + ", " + Where(q.SectionIndex, q.Line) + ").");

            w.Close();
            return w.ToString();
        }

        /// <summary>A source holding article classes (from <see cref="Class"/>), one after another, in <c>Articles</c>.</summary>
        public static string File(EmitOptions options, string origin, IEnumerable<string> classes)
        {
            var w = new SourceWriter();
            EmitterHeader.Write(w, options, origin);
            w.Open("namespace " + options.Namespace);
            w.Open("public static partial class Articles");
            bool first = true;
            foreach (string text in classes)
            {
                if (!first)
                {
                    w.Line();
                }

                w.Raw(text);
                first = false;
            }

            w.Close();
            w.Close();
            return w.ToString();
        }

        // The nested class of named members ("Metrics" of type Metric, "Quotes" of type Quote), each documented with the
        // text it stands for; the names (ArticleMembers) cover the first items, up to the cap.
        private static void WriteMembers<T>(SourceWriter w, string type, string summary, EquatableArray<T> items, string[] names, System.Func<T, string> doc)
            where T : System.IEquatable<T>
        {
            string list = type + "s";
            w.Line();
            w.Summary(summary);
            w.Open("public static partial class " + list);
            for (int i = 0; i < names.Length; i++)
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
