namespace ContentGen.Generator.Emitting
{
    /// <summary>Writes <c>Articles.All</c>, <c>Articles.Find</c> and the table every article is read from.</summary>
    /// <remarks>
    /// The index names no article: it depends on the options only, so adding, removing or editing an article leaves it
    /// unchanged. The articles' data is in the table source (<see cref="TableEmitter"/>); ids and slugs are looked up
    /// at run time in a dictionary the table builds on first use, where a <c>switch</c> over thousands of strings would
    /// cost the compiler more than every article's members together.
    /// </remarks>
    internal static class IndexEmitter
    {
        private const string Article = "global::ContentGen.Article";

        /// <summary>The hint name of the index source.</summary>
        public const string HintName = "Articles.g.cs";

        /// <summary>
        /// The private field of <c>Articles</c> that holds the table. It starts with a lower-case letter, which no
        /// article id does, so no article's class can take its name.
        /// </summary>
        public const string TableField = "contentGenTable";

        /// <summary>The private method of <c>Articles</c> that returns the table's chunks (see <see cref="TableEmitter"/>).</summary>
        public const string ChunksMethod = "contentGenTableChunks";

        /// <summary>Generates the index.</summary>
        public static GeneratedFile Emit(EmitOptions options)
        {
            var w = new SourceWriter();
            EmitterHeader.Write(w, options, "from the project's articles");
            w.Open("namespace " + options.Namespace);
            w.Summary("The articles of this project, generated at compile time from its content files.");
            w.Line(EmitterHeader.GeneratedCodeAttribute);
            w.Open("public static partial class Articles");

            w.Summary("Every article, ordered by path.");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Article + "> All => " + TableField + ";");
            w.Line();
            w.Summary("The article with this slug (file name without extension) or id, or null.");
            w.Line("/// <param name=\"slugOrId\">A slug such as <c>my-article</c> or an id such as <c>MyArticle</c>.</param>");
            w.Line("/// <remarks>A slug or id that several articles share is the first one's, by path.</remarks>");
            w.Line("public static " + Article + (options.NullableAnnotations ? "?" : string.Empty) + " Find(string slugOrId) => " + TableField + ".Find(slugOrId);");
            w.Line();
            w.Line("private static readonly global::ContentGen.Runtime.ArticleTable " + TableField + " =");
            w.Indent();
            w.Line("new global::ContentGen.Runtime.ArticleTable(typeof(Articles).Assembly, " + ChunksMethod + "());");
            w.Outdent();
            w.Close();
            w.Close();
            return new GeneratedFile(HintName, w.ToString());
        }
    }
}
