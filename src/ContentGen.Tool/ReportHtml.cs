using System;
using System.IO;
using System.Text;

namespace ContentGen.Tool
{
    /// <summary>
    /// Escaping for the report page: every text that comes from content goes through here, in text and in (always
    /// double-quoted) attribute values, so content can only ever be text, never markup.
    /// </summary>
    /// <remarks>
    /// A small escaper of its own rather than <c>WebUtility.HtmlEncode</c> or <c>HtmlEncoder.Default</c>, because the page
    /// must give back the article's text exactly (a paragraph's text content equals the section's text):
    /// <c>HtmlEncoder</c> writes C1 controls as <c>&amp;#x85;</c>, which a browser reads as the Windows-1252 character
    /// (<c>…</c>), and writes every Vietnamese letter as a reference; neither keeps a carriage return, which the parser
    /// turns into a line feed. Here the five characters that mean something in HTML become references, a carriage return
    /// becomes <c>&amp;#13;</c> (kept by the parser), and the only characters HTML cannot carry at all (NUL and
    /// unpaired surrogates) become U+FFFD, as a browser would show them anyway.
    /// </remarks>
    internal static class ReportHtml
    {
        /// <summary><paramref name="text"/> escaped, for text or a double-quoted attribute value.</summary>
        public static string Escape(string text)
        {
            var builder = new StringBuilder(text.Length + 16);
            using (var writer = new StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture))
            {
                Write(writer, text, 0, text.Length);
            }

            return builder.ToString();
        }

        /// <summary>Writes <paramref name="text"/> escaped.</summary>
        public static void Write(TextWriter output, string text) => Write(output, text, 0, text.Length);

        /// <summary>Writes <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>, escaped.</summary>
        public static void Write(TextWriter output, string text, int start, int length)
        {
            int end = start + length;
            int plain = start;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                string? replacement = c switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '"' => "&quot;",
                    '\'' => "&#39;",
                    '\r' => "&#13;",
                    '\0' => "\uFFFD",
                    _ when char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) => null,
                    _ when char.IsLowSurrogate(c) && i > start && char.IsHighSurrogate(text[i - 1]) => null,
                    _ when char.IsSurrogate(c) => "\uFFFD",
                    _ => null,
                };
                if (replacement is null)
                {
                    continue;
                }

                output.Write(text.AsSpan(plain, i - plain));
                output.Write(replacement);
                plain = i + 1;
            }

            output.Write(text.AsSpan(plain, end - plain));
        }

        /// <summary>
        /// The page anchor of an article: from its generated C# id only, which is an ASCII identifier, so an anchor never
        /// carries content. An id that is not (it cannot happen today) falls back to the article's position, still unique.
        /// </summary>
        public static string Anchor(string id, int position)
        {
            bool ascii = id.Length > 0;
            foreach (char c in id)
            {
                ascii &= c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_';
            }

            return "article-" + (ascii ? id : position.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
