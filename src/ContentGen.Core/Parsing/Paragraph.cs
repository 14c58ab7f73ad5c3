using System.Collections.Generic;
using System.Text;
using ContentGen.Core.Model;

namespace ContentGen.Core.Parsing
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
        private readonly SourceLine[] _lines;

        private Paragraph(string original, string text, int[]? toOriginal, SourceLine[] lines, int[] lineStarts)
        {
            Original = original;
            Text = text;
            _toOriginal = toOriginal;
            _lines = lines;
            _lineStarts = lineStarts;
        }

        /// <summary>The paragraph as written, trimmed.</summary>
        public string Original { get; }

        /// <summary>NFC form of <see cref="Original"/>.</summary>
        public string Text { get; }

        /// <summary>1-based line of the paragraph's first character.</summary>
        public int Line => _lines[0].Number;

        /// <summary>Makes a paragraph from trimmed lines that follow each other in the file (joined by a single space).</summary>
        public static Paragraph FromLines(IReadOnlyList<SourceLine> lines)
        {
            var original = new StringBuilder();
            var lineStarts = new int[lines.Count];
            var sourceLines = new SourceLine[lines.Count];
            for (int i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    original.Append(' ');
                }

                lineStarts[i] = original.Length;
                sourceLines[i] = lines[i];
                original.Append(lines[i].Text);
            }

            string text = original.ToString();
            string nfc = TextRules.Nfc(text);
            if (nfc == text)
            {
                return new Paragraph(text, text, null, sourceLines, lineStarts);
            }

            // Normalise cluster by cluster (a base character and the marks after it) to keep an offset map.
            var normalised = new StringBuilder(text.Length);
            var map = new List<int>(text.Length + 1);
            int c = 0;
            while (c < text.Length)
            {
                int start = c;
                c++;
                while (c < text.Length && IsMark(text[c]))
                {
                    c++;
                }

                foreach (char n in TextRules.Nfc(text.Substring(start, c - start)))
                {
                    normalised.Append(n);
                    map.Add(start);
                }
            }

            map.Add(text.Length);
            return new Paragraph(text, normalised.ToString(), map.ToArray(), sourceLines, lineStarts);
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
        public int LineAt(int index) => _lines[LineIndex(ToOriginal(index))].Number;

        /// <summary>The file range of [start, end) of <see cref="Text"/>.</summary>
        public SourceSpan SpanOf(int start, int end)
        {
            (int startOffset, int startLine, int startColumn) = FilePosition(ToOriginal(start));
            (int endOffset, int endLine, int endColumn) = FilePosition(ToOriginal(end));
            return new SourceSpan(startOffset, endOffset, startLine, startColumn, endLine, endColumn);
        }

        // An offset in Original as a file offset and 0-based line and column. The space that joins two lines maps to
        // the end of the first.
        private (int Offset, int Line, int Column) FilePosition(int original)
        {
            int k = LineIndex(original);
            SourceLine line = _lines[k];
            int within = System.Math.Min(original - _lineStarts[k], line.Text.Length);
            return (line.Offset + within, line.Number - 1, line.Column + within);
        }

        private int LineIndex(int original)
        {
            int found = System.Array.BinarySearch(_lineStarts, original);
            return found >= 0 ? found : ~found - 1;
        }
    }
}
