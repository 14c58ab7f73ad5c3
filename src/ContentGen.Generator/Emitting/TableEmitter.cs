using System;
using System.Collections.Generic;
using ContentGen.Core;
using ContentGen.Core.Naming;
using ContentGen.Core.Parsing;
using ContentGen.Generator;

namespace ContentGen.Generator.Emitting
{
    /// <summary>
    /// Writes the table every article is read from: one entry per article in path order (id, slug and the body made
    /// when the article was parsed), in a few long literals rather than code per article.
    /// </summary>
    /// <remarks>
    /// One literal per article would not scale: a module holds at most 65,535 UTF-8 literals (each is a field) and 16 MB
    /// of string literals, and adding literals with <c>+</c> costs the compiler per operand. A chunk holds about
    /// <see cref="ChunkLength"/> characters, so 100,000 articles make a few dozen literals.
    /// </remarks>
    internal static class TableEmitter
    {
        /// <summary>The hint name of the table source.</summary>
        public const string HintName = "Articles.Table.g.cs";

        /// <summary>
        /// The private class of <c>Articles</c> that gives each article's row as a constant named by the article's id
        /// (lower-case first letter: no article id can take it).
        /// </summary>
        public const string RowsClass = "contentGenRows";

        /// <summary>The length after which a chunk is closed (at the end of the entry that crosses it).</summary>
        public const int ChunkLength = 1 << 20;

        /// <summary>Generates the table of <paramref name="identities"/>, whose bodies are in <paramref name="rows"/>.</summary>
        public static GeneratedFile Emit(EquatableArray<ArticleIdentity> identities, EquatableArray<TableRow> rows, EmitOptions options)
        {
            // A path given twice has two equal rows; the first is taken.
            var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (TableRow row in rows)
            {
                if (!bodies.ContainsKey(row.Path))
                {
                    bodies.Add(row.Path, row.Body);
                }
            }

            var chunks = new List<string>();
            var chunk = new ArticleDataWriter();
            foreach (ArticleIdentity identity in identities)
            {
                if (chunk.Length == 0)
                {
                    chunk.Number(ArticleDataFormat.Version);
                }

                // Every identity is of an article that has a body (IdAssigner counts only those), so rows stay aligned.
                chunk.Raw(identity.Id);
                chunk.Raw(identity.Slug);
                chunk.Raw(bodies[identity.Path]);
                if (chunk.Length >= ChunkLength)
                {
                    chunks.Add(chunk.ToString());
                    chunk.Clear();
                }
            }

            if (chunk.Length > 0)
            {
                chunks.Add(chunk.ToString());
            }

            var w = new SourceWriter();
            EmitterHeader.Write(w, options, "from the project's articles");
            w.Open("namespace " + options.Namespace);
            w.Open("public static partial class Articles");
            w.Line("// Every article's data, in path order, in the form ContentGen.Runtime.ArticleTable reads.");
            w.Line("private static string[] " + IndexEmitter.ChunksMethod + "() => new string[]");
            w.Line("{");
            w.Indent();
            foreach (string text in chunks)
            {
                // A lone surrogate has no UTF-8 form: such a chunk stays a plain string literal.
                w.Line(options.Utf8Literals && !HasLoneSurrogate(text)
                    ? "global::System.Text.Encoding.UTF8.GetString(" + CSharpText.Literal(text) + "u8),"
                    : CSharpText.Literal(text) + ",");
            }

            w.Outdent();
            w.Line("};");
            w.Line();
            w.Line("// Each article's row in the table, named by its class.");
            w.Open("private static class " + RowsClass);
            for (int i = 0; i < identities.Count; i++)
            {
                w.Line("internal const int " + identities[i].Id + " = " + CSharpText.Int(i) + ";");
            }

            w.Close();
            w.Close();
            w.Close();
            return new GeneratedFile(HintName, w.ToString());
        }

        private static bool HasLoneSurrogate(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(text[i]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
