using System.Globalization;
using System.Text;

namespace ContentGen.Generator.Emitting
{
    /// <summary>
    /// Writes content into C# safely: as string literals that escape everything that could end a literal or a line,
    /// or reorder how the code reads (bidirectional controls), and as XML doc text that cannot break out of its comment.
    /// </summary>
    internal static class CSharpText
    {
        private const int MaxDocLength = 240;

        /// <summary>A regular C# string literal holding exactly <paramref name="value"/>.</summary>
        public static string Literal(string? value)
        {
            if (value is null)
            {
                return "null";
            }

            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '\0': builder.Append("\\0"); break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            builder.Append(c).Append(value[++i]);
                        }
                        else if (NeedsEscape(c))
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            builder.Append('"');
            return builder.ToString();
        }

        /// <summary>
        /// Text for an XML doc comment: markup escaped, line breaks and invisible controls made spaces, long text cut
        /// with an ellipsis.
        /// </summary>
        public static string Doc(string text)
        {
            var builder = new StringBuilder(System.Math.Min(text.Length, MaxDocLength) + 16);
            int kept = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (kept >= MaxDocLength)
                {
                    builder.Append('…');
                    break;
                }

                char c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[++i]);
                }
                else if (c == '&')
                {
                    builder.Append("&amp;");
                }
                else if (c == '<')
                {
                    builder.Append("&lt;");
                }
                else if (c == '>')
                {
                    builder.Append("&gt;");
                }
                else if (NeedsEscape(c) || char.IsWhiteSpace(c))
                {
                    builder.Append(' ');
                }
                else
                {
                    builder.Append(c);
                }

                kept++;
            }

            return builder.ToString();
        }

        /// <summary>A decimal literal: <c>120m</c>, <c>-3.1m</c>.</summary>
        public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

        /// <summary>A nullable decimal literal.</summary>
        public static string Decimal(decimal? value) => value is { } v ? Decimal(v) : "null";

        /// <summary>An int literal.</summary>
        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>A nullable int literal.</summary>
        public static string Int(int? value) => value is { } v ? Int(v) : "null";

        // Line and paragraph separators end a C# line; format characters (bidi overrides) change how code reads;
        // lone surrogates cannot be written as UTF-8.
        private static bool NeedsEscape(char c) =>
            CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
    }
}
