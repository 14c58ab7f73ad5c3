using System.Collections.Generic;

namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// Pairs quotation marks inside one paragraph: straight, curly and mixed pairs; nested quotes belong to the outer
    /// one; a quote never closed ends at the paragraph's end.
    /// </summary>
    internal static class QuoteScanner
    {
        private enum Role
        {
            None,
            Open,
            Close,
            Either,
        }

        /// <summary>The outermost quotes of a paragraph, in order.</summary>
        /// <param name="text">The paragraph.</param>
        /// <param name="singleMarks">Also pair single quotes ('…', ‘…’), as titles use them.</param>
        public static List<QuoteSpan> Scan(string text, bool singleMarks)
        {
            var spans = new List<QuoteSpan>();
            int depth = 0;
            int open = -1;
            bool openedBySingle = false;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (!MayBeMark(c))
                {
                    continue;
                }

                bool single = c is '\'' or '\u2018' or '\u2019';
                if (single && (!singleMarks || (depth > 0 && !openedBySingle)))
                {
                    continue;
                }

                Role role = RoleOf(text, i);
                if (role == Role.None)
                {
                    continue;
                }

                if (depth == 0)
                {
                    if (role is Role.Open || (role is Role.Either && !single))
                    {
                        depth = 1;
                        open = i;
                        openedBySingle = single;
                    }

                    continue;
                }

                if (single != openedBySingle)
                {
                    continue;
                }

                if (role is Role.Close or Role.Either)
                {
                    depth--;
                    if (depth == 0)
                    {
                        spans.Add(new QuoteSpan(open, open + 1, i, i + 1, Closed: true, Mismatched: Family(text[open]) != Family(c)));
                    }
                }
                else
                {
                    depth++;
                }
            }

            if (depth > 0)
            {
                spans.Add(new QuoteSpan(open, open + 1, text.Length, text.Length, Closed: false));
            }

            return spans;
        }

        // Marks that belong together: straight, curly double, guillemets, single.
        private static int Family(char mark) => mark switch
        {
            '"' => 0,
            '\u201C' or '\u201D' or '\u201E' => 1,
            '\u00AB' or '\u00BB' => 2,
            _ => 3,
        };

        // A cheap test before RoleOf: every quotation mark is '"', '\'', '«', '»' or in U+2018–U+201E.
        private static bool MayBeMark(char c) => c is '"' or '\'' or '\u00AB' or '\u00BB' || (c >= '\u2018' && c <= '\u201E');

        private static Role RoleOf(string text, int i)
        {
            switch (text[i])
            {
                case '\u201C' or '\u201E' or '\u00AB' or '\u2018':
                    return Role.Open;
                case '\u201D' or '\u00BB':
                    return Role.Close;
                case '\u2019':
                    // Also an apostrophe: a closing mark only where a word ends.
                    return IsBoundaryAfter(text, i) ? Role.Close : Role.None;
                case '"' or '\'':
                    bool before = i == 0 || IsBoundaryBeforeOpen(text[i - 1]);
                    bool after = IsBoundaryAfter(text, i);
                    if (before && !after)
                    {
                        return Role.Open;
                    }

                    if (!before && after)
                    {
                        return Role.Close;
                    }

                    return text[i] == '\'' ? Role.None : Role.Either;
                default:
                    return Role.None;
            }
        }

        private static bool IsBoundaryBeforeOpen(char c) =>
            TextRules.IsSpace(c) || c is '(' or '[' or '{' or ':' or '/' or '\u201C' or '\u2018' || TextRules.IsDash(c);

        private static bool IsBoundaryAfter(string text, int i) =>
            i + 1 >= text.Length
            || TextRules.IsSpace(text[i + 1])
            || text[i + 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\u2026' or '\u201D' or '"'
            || TextRules.IsDash(text[i + 1]);
    }
}
