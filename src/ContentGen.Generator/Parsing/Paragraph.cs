using System.Collections.Generic;
using System.Text;

namespace ContentGen.Generator.Parsing
{
    /// <summary>
    /// One block of text from a content file. Rules run on <see cref="Text"/>, the NFC form, so a word typed with
    /// decomposed diacritics still matches; every text the parser hands out is cut from <see cref="Original"/>
    /// through <see cref="Slice"/>, so it stays as written.
    /// </summary>
    internal sealed class Paragraph
    {
        private readonly int[]? _toOriginal;
        private readonly int[] _lineStarts;
        private readonly int _firstLine;

        private Paragraph(string original, string text, int[]? toOriginal, int firstLine, int[] lineStarts)
        {
            Original = original;
            Text = text;
            _toOriginal = toOriginal;
            _firstLine = firstLine;
            _lineStarts = lineStarts;
        }

        /// <summary>The paragraph as written, trimmed.</summary>
        public string Original { get; }

        /// <summary>NFC form of <see cref="Original"/>.</summary>
        public string Text { get; }

        /// <summary>1-based line of the paragraph's first character.</summary>
        public int Line => _firstLine;

        /// <summary>
        /// Makes a paragraph from trimmed lines that follow each other in the file (joined by a single space).
        /// </summary>
        public static Paragraph FromLines(IReadOnlyList<string> lines, int firstLine)
        {
            var original = new StringBuilder();
            var lineStarts = new int[lines.Count];
            for (int i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    original.Append(' ');
                }

                lineStarts[i] = original.Length;
                original.Append(lines[i]);
            }

            string text = original.ToString();
            return FromOriginal(text, firstLine, lineStarts);
        }

        private static Paragraph FromOriginal(string original, int firstLine, int[] lineStarts)
        {
            string nfc = TextRules.Nfc(original);
            if (ReferenceEquals(nfc, original) || nfc == original)
            {
                return new Paragraph(original, original, null, firstLine, lineStarts);
            }

            // Normalise cluster by cluster (a base character and the marks after it) to keep an offset map.
            var text = new StringBuilder(original.Length);
            var map = new List<int>(original.Length + 1);
            int i = 0;
            while (i < original.Length)
            {
                int start = i;
                i++;
                while (i < original.Length && IsMark(original[i]))
                {
                    i++;
                }

                string cluster = TextRules.Nfc(original.Substring(start, i - start));
                foreach (char c in cluster)
                {
                    text.Append(c);
                    map.Add(start);
                }
            }

            map.Add(original.Length);
            return new Paragraph(original, text.ToString(), map.ToArray(), firstLine, lineStarts);
        }

        private static bool IsMark(char c) =>
            System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark
                or System.Globalization.UnicodeCategory.EnclosingMark;

        /// <summary>Offset in <see cref="Original"/> of an offset in <see cref="Text"/>.</summary>
        public int ToOriginal(int index) => _toOriginal is null ? index : _toOriginal[index];

        /// <summary>The original text of the range [start, end) of <see cref="Text"/>.</summary>
        public string Slice(int start, int end)
        {
            int s = ToOriginal(start);
            int e = ToOriginal(end);
            return Original.Substring(s, e - s);
        }

        /// <summary>1-based file line of an offset in <see cref="Text"/>.</summary>
        public int LineAt(int index)
        {
            int found = System.Array.BinarySearch(_lineStarts, ToOriginal(index));
            return _firstLine + (found >= 0 ? found : ~found - 1);
        }
    }
}
