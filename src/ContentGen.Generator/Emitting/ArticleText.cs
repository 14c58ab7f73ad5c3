using System;
using System.Text;
using ContentGen.Generator.Parsing;

namespace ContentGen.Generator.Emitting
{
    /// <summary>
    /// How an article's texts are written into C#: each as its own string literal, or, where the consumer can decode
    /// UTF-8 literals, as slices (<c>__t.Substring(start, length)</c>) of one body text that is emitted once.
    /// </summary>
    internal sealed class ArticleText
    {
        private readonly ParsedArticle _article;
        private readonly int[] _sectionStarts;

        private ArticleText(ParsedArticle article, string? body, int[] sectionStarts)
        {
            _article = article;
            Body = body ?? string.Empty;
            Compact = body is not null;
            _sectionStarts = sectionStarts;
        }

        /// <summary>Whether texts are slices of <see cref="Body"/>.</summary>
        public bool Compact { get; }

        /// <summary>The sections' texts joined by line feeds.</summary>
        public string Body { get; }

        public static ArticleText For(ParsedArticle article, EmitOptions options)
        {
            var starts = new int[article.Sections.Count];
            if (!options.Utf8Literals || article.Sections.Count == 0)
            {
                return new ArticleText(article, null, starts);
            }

            var body = new StringBuilder();
            for (int i = 0; i < article.Sections.Count; i++)
            {
                if (i > 0)
                {
                    body.Append('\n');
                }

                starts[i] = body.Length;
                body.Append(article.Sections[i].Text);
            }

            string text = body.ToString();

            // A lone surrogate has no UTF-8 form: such an article keeps plain string literals.
            return new ArticleText(article, HasLoneSurrogate(text) ? null : text, starts);
        }

        /// <summary>The expression for a section's text.</summary>
        public string Section(int index) => Compact
            ? Slice(_sectionStarts[index], _article.Sections[index].Text.Length)
            : CSharpText.Literal(_article.Sections[index].Text);

        /// <summary>The expression for a text found in a section (a quote, a metric, a label); a literal elsewhere.</summary>
        public string Of(string value, int sectionIndex)
        {
            if (Compact && sectionIndex >= 0 && value.Length > 0)
            {
                int at = _article.Sections[sectionIndex].Text.IndexOf(value, StringComparison.Ordinal);
                if (at >= 0)
                {
                    return Slice(_sectionStarts[sectionIndex] + at, value.Length);
                }
            }

            return CSharpText.Literal(value);
        }

        private static string Slice(int start, int length) => "__t.Substring(" + CSharpText.Int(start) + ", " + CSharpText.Int(length) + ")";

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
