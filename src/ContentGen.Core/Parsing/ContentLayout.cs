using System.Collections.Generic;
using ContentGen.Core.Model;

namespace ContentGen.Core.Parsing
{
    /// <summary>Splits a content file into its title line and its paragraphs.</summary>
    internal static class ContentLayout
    {
        /// <summary>
        /// Title: the first non-empty line. Paragraphs: blocks of lines separated by blank lines, each block's lines
        /// joined by a space. A body with several lines and no blank line between them is read one paragraph a line
        /// (files written one sentence a line).
        /// </summary>
        public static (Paragraph? Title, List<Paragraph> Body) Split(string text)
        {
            List<(string Line, int Number, int Offset)> lines = ReadLines(text);
            int first = lines.FindIndex(static l => !TextRules.IsBlank(l.Line));
            var body = new List<Paragraph>();
            if (first < 0)
            {
                return (null, body);
            }

            Paragraph title = Paragraph.FromLines(new[] { Trim(lines[first]) });

            var blocks = new List<List<SourceLine>>();
            List<SourceLine>? current = null;
            for (int i = first + 1; i < lines.Count; i++)
            {
                if (TextRules.IsBlank(lines[i].Line))
                {
                    current = null;
                    continue;
                }

                if (current is null)
                {
                    current = new List<SourceLine>();
                    blocks.Add(current);
                }

                current.Add(Trim(lines[i]));
            }

            bool lineByLine = blocks.Count == 1 && blocks[0].Count > 2;
            foreach (List<SourceLine> block in blocks)
            {
                if (lineByLine)
                {
                    foreach (SourceLine line in block)
                    {
                        body.Add(Paragraph.FromLines(new[] { line }));
                    }
                }
                else
                {
                    body.Add(Paragraph.FromLines(block));
                }
            }

            return (title, body);
        }

        private static SourceLine Trim((string Line, int Number, int Offset) line)
        {
            int lead = 0;
            while (lead < line.Line.Length && TextRules.IsSpace(line.Line[lead]))
            {
                lead++;
            }

            return new SourceLine(TextRules.TrimSpace(line.Line), line.Number, line.Offset + lead, lead);
        }

        /// <summary>Lines with their 1-based numbers and offsets; line breaks as the C# compiler counts them.</summary>
        private static List<(string Line, int Number, int Offset)> ReadLines(string text)
        {
            var lines = new List<(string, int, int)>();
            int start = 0;
            int number = 1;
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (Text.LineMap.IsBreak(c))
                {
                    lines.Add((text.Substring(start, i - start), number++, start));
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    start = i;
                }
                else
                {
                    i++;
                }
            }

            if (start < text.Length)
            {
                lines.Add((text.Substring(start), number, start));
            }

            return lines;
        }
    }
}
