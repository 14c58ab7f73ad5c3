using System.Collections.Generic;
using System.Text;
using ContentGen.Core.Model;

namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// One block of an article's text, made of pieces that each stand somewhere in the file: the lines of a plain-text
    /// paragraph, or the words between the markup of a Markdown one. Rules run on <see cref="Text"/>, the NFC form, so
    /// a word typed with decomposed diacritics still matches; every text the parser hands out is cut from
    /// <see cref="Original"/> through <see cref="Slice"/>, so it stays as written, and every offset maps back to its
    /// place in the file (<see cref="SpanOf"/>, <see cref="LineAt"/>).
    /// </summary>
    internal sealed class Paragraph
    {
        private readonly int[]? _toOriginal;
        private readonly int[] _lineStarts;
        private readonly SourceLine[] _lines;
        private readonly IReadOnlyList<bool>? _spaceBefore;

        private Paragraph(string original, string text, int[]? toOriginal, SourceLine[] lines, int[] lineStarts, IReadOnlyList<bool>? spaceBefore)
        {
            _spaceBefore = spaceBefore;
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
        public static Paragraph FromLines(IReadOnlyList<SourceLine> lines) => FromPieces(lines, null);

        /// <summary>
        /// Makes a paragraph from pieces of text, each where it stands in the file: a piece is joined to the one before
        /// it by a single space when <paramref name="spaceBefore"/> says so (or always, when it is null), else directly
        /// (the text between them in the file was markup).
        /// </summary>
        public static Paragraph FromPieces(IReadOnlyList<SourceLine> lines, IReadOnlyList<bool>? spaceBefore)
        {
            var original = new StringBuilder();
            var lineStarts = new int[lines.Count];
            var sourceLines = new SourceLine[lines.Count];
            for (int i = 0; i < lines.Count; i++)
            {
                if (i > 0 && (spaceBefore is null || spaceBefore[i]))
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
                return new Paragraph(text, text, null, sourceLines, lineStarts, spaceBefore);
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
            return new Paragraph(text, normalised.ToString(), map.ToArray(), sourceLines, lineStarts, spaceBefore);
        }

        /// <summary>
        /// The paragraph's first line of the file, and the rest of it (null when it has one line): how a Markdown file
        /// that opens with a paragraph gives its title, as a plain-text file does.
        /// </summary>
        public (Paragraph First, Paragraph? Remainder) SplitFirstLine()
        {
            int count = 1;
            while (count < _lines.Length && _lines[count].Number == _lines[0].Number)
            {
                count++;
            }

            if (count == _lines.Length)
            {
                return (this, null);
            }

            return (Part(0, count), Part(count, _lines.Length - count));
        }

        private Paragraph Part(int start, int count)
        {
            var lines = new SourceLine[count];
            var spaceBefore = new bool[count];
            for (int i = 0; i < count; i++)
            {
                lines[i] = _lines[start + i];
                spaceBefore[i] = i > 0 && (_spaceBefore is null || _spaceBefore[start + i]);
            }

            return FromPieces(lines, spaceBefore);
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
