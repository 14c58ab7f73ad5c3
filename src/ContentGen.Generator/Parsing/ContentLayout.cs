using System.Collections.Generic;

namespace ContentGen.Generator.Parsing
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
            List<(string Line, int Number)> lines = ReadLines(text);
            int first = lines.FindIndex(static l => !TextRules.IsBlank(l.Line));
            var body = new List<Paragraph>();
            if (first < 0)
            {
                return (null, body);
            }

            Paragraph title = Paragraph.FromLines(new[] { TextRules.TrimSpace(lines[first].Line) }, lines[first].Number);

            var blocks = new List<List<(string Line, int Number)>>();
            List<(string Line, int Number)>? current = null;
            for (int i = first + 1; i < lines.Count; i++)
            {
                if (TextRules.IsBlank(lines[i].Line))
                {
                    current = null;
                    continue;
                }

                if (current is null)
                {
                    current = new List<(string, int)>();
                    blocks.Add(current);
                }

                current.Add((TextRules.TrimSpace(lines[i].Line), lines[i].Number));
            }

            bool lineByLine = blocks.Count == 1 && blocks[0].Count > 2;
            foreach (List<(string Line, int Number)> block in blocks)
            {
                if (lineByLine)
                {
                    foreach ((string line, int number) in block)
                    {
                        body.Add(Paragraph.FromLines(new[] { line }, number));
                    }
                }
                else
                {
                    var texts = new List<string>(block.Count);
                    foreach ((string line, int _) in block)
                    {
                        texts.Add(line);
                    }

                    body.Add(Paragraph.FromLines(texts, block[0].Number));
                }
            }

            return (title, body);
        }

        /// <summary>Lines with their 1-based numbers; line breaks as the C# compiler counts them.</summary>
        private static List<(string Line, int Number)> ReadLines(string text)
        {
            var lines = new List<(string, int)>();
            int start = 0;
            int number = 1;
            int i = 0;
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                start = i = 1;
            }

            while (i < text.Length)
            {
                char c = text[i];
                if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
                {
                    lines.Add((text.Substring(start, i - start), number++));
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
                lines.Add((text.Substring(start), number));
            }

            return lines;
        }
    }
}
