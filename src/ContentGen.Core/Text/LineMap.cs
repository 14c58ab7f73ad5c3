using System.Collections.Generic;
using ContentGen.Core.Model;

namespace ContentGen.Core.Text
{
    /// <summary>Where each line of a text starts, with line breaks counted as the C# compiler counts them, to turn offsets into lines and columns.</summary>
    internal sealed class LineMap
    {
        private readonly int[] _starts;

        /// <summary>Maps <paramref name="text"/>.</summary>
        public LineMap(string text)
        {
            var starts = new List<int> { 0 };
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                if (IsBreak(c))
                {
                    starts.Add(i + 1);
                }
            }

            _starts = starts.ToArray();
        }

        /// <summary>Whether <paramref name="c"/> ends a line for the compiler (<c>\r\n</c> counts once).</summary>
        public static bool IsBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

        /// <summary>The 0-based line of <paramref name="offset"/>.</summary>
        public int LineOf(int offset)
        {
            int found = System.Array.BinarySearch(_starts, offset);
            return found >= 0 ? found : ~found - 1;
        }

        /// <summary>The offset where the 0-based <paramref name="line"/> starts.</summary>
        public int StartOf(int line) => _starts[line];

        /// <summary>The piece of text <paramref name="text"/> at <paramref name="offset"/>, as a <see cref="SourceLine"/> (1-based line number).</summary>
        public SourceLine Piece(string text, int offset)
        {
            int line = LineOf(offset);
            return new SourceLine(text, line + 1, offset, offset - _starts[line]);
        }

        /// <summary>The span [<paramref name="start"/>, <paramref name="end"/>).</summary>
        public SourceSpan Span(int start, int end)
        {
            if (end < start)
            {
                end = start;
            }

            int startLine = LineOf(start);
            int endLine = LineOf(end);
            return new SourceSpan(start, end, startLine, start - _starts[startLine], endLine, end - _starts[endLine]);
        }

        /// <summary>
        /// Where the line that starts at <paramref name="start"/> ends in <paramref name="text"/>: the offset of its line
        /// break (<paramref name="contentEnd"/>) and of the next line (<paramref name="next"/>; equal when the text ends).
        /// </summary>
        public static void EndOfLine(string text, int start, out int contentEnd, out int next)
        {
            for (int i = start; i < text.Length; i++)
            {
                char c = text[i];
                if (c is '\n' or '\u0085' or '\u2028' or '\u2029')
                {
                    contentEnd = i;
                    next = i + 1;
                    return;
                }

                if (c == '\r')
                {
                    contentEnd = i;
                    next = i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
                    return;
                }
            }

            contentEnd = text.Length;
            next = text.Length;
        }
    }
}
