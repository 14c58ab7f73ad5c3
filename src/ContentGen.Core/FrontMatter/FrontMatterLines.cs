using System.Collections.Generic;
using ContentGen.Core.Model;

namespace ContentGen.Core.FrontMatter
{
    /// <summary>
    /// The starts of the lines at the top of a file, as the front matter reader meets them, to turn offsets into
    /// <see cref="SourceSpan"/>s. Lines end where the compiler ends them (\r\n, \r, \n, U+0085, U+2028, U+2029), so a
    /// diagnostic's line is the one an IDE shows; YamlDotNet breaks lines at the same characters.
    /// </summary>
    internal sealed class FrontMatterLines
    {
        private readonly List<int> _starts = new() { 0 };

        /// <summary>Number of lines whose start is known.</summary>
        public int Count => _starts.Count;

        /// <summary>Records that a line starts at <paramref name="offset"/>, after every line recorded so far.</summary>
        public void Add(int offset) => _starts.Add(offset);

        /// <summary>The 0-based line of <paramref name="offset"/>.</summary>
        public int LineOf(int offset)
        {
            // The last line whose start is at or before the offset.
            int low = 0;
            int high = _starts.Count - 1;
            while (low < high)
            {
                int middle = low + ((high - low + 1) / 2);
                if (_starts[middle] <= offset)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return low;
        }

        /// <summary>The span of the characters [<paramref name="start"/>, <paramref name="end"/>).</summary>
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
