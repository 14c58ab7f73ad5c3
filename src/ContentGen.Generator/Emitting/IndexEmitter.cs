using System;
using System.Collections.Generic;

namespace ContentGen.Generator.Emitting
{
    /// <summary>Writes <c>Articles.All</c> and <c>Articles.Find</c>.</summary>
    public static class IndexEmitter
    {
        private const string Article = "global::ContentGen.Article";

        /// <summary>The hint name of the index source.</summary>
        public const string HintName = "Articles.g.cs";

        /// <summary>Generates the index over the articles, which come ordered by path.</summary>
        public static GeneratedFile Emit(EquatableArray<ArticleIdentity> articles, EmitOptions options)
        {
            var w = new SourceWriter();
            EmitterHeader.Write(w, options, "from the project's articles");
            w.Open("namespace " + options.Namespace);
            w.Summary("The articles of this project, generated at compile time from its content files.");
            w.Line(EmitterHeader.GeneratedCodeAttribute);
            w.Open("public static partial class Articles");

            w.Summary("Every article, ordered by path.");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Article + "> All => AllArticles.Value;");
            w.Line();
            w.Summary("The article with this slug (file name without extension) or id, or null.");
            w.Line("/// <param name=\"slugOrId\">A slug such as <c>my-article</c> or an id such as <c>MyArticle</c>.</param>");
            w.Open("public static " + Article + (options.NullableAnnotations ? "?" : string.Empty) + " Find(string slugOrId)");
            w.Open("switch (slugOrId)");

            // A slug and an id can coincide across articles: the first article (by path) keeps the key.
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (ArticleIdentity article in articles)
            {
                var labels = new List<string>(2);
                foreach (string key in new[] { article.Slug, article.Id })
                {
                    if (keys.Add(key))
                    {
                        labels.Add("case " + CSharpText.Literal(key) + ":");
                    }
                }

                if (labels.Count > 0)
                {
                    foreach (string label in labels)
                    {
                        w.Line(label);
                    }

                    w.Indent();
                    w.Line("return " + article.Id + ".Article;");
                    w.Outdent();
                }
            }

            w.Line("default:");
            w.Indent();
            w.Line("return null;");
            w.Outdent();
            w.Close();
            w.Close();
            w.Line();
            w.Open("private static class AllArticles");
            w.Line("internal static readonly global::System.Collections.Generic.IReadOnlyList<" + Article + "> Value =");
            w.Indent();
            w.Line("new global::System.Collections.ObjectModel.ReadOnlyCollection<" + Article + ">(new " + Article + "[]");
            w.Line("{");
            w.Indent();
            foreach (ArticleIdentity article in articles)
            {
                w.Line(article.Id + ".Article,");
            }

            w.Outdent();
            w.Line("});");
            w.Outdent();
            w.Close();
            w.Close();
            w.Close();
            return new GeneratedFile(HintName, w.ToString());
        }
    }
}
