using System;
using System.Collections.Generic;

namespace ContentGen.Generator.Parsing
{
    /// <summary>
    /// Finds what a metric measures: the subject before the clause's verb ("Doanh thu du lịch đạt 120% kế hoạch" gives
    /// "Doanh thu du lịch"). Clauses end at ';', ':', '(' and sentence ends; commas do not end them.
    /// </summary>
    internal static class LabelFinder
    {
        private const int MaxLabelWords = 12;

        // A label sits close to its metric; looking further back only finds long clauses with no clear subject.
        private const int MaxClauseLength = 300;

        // Verbs that join a measured subject to its number, longest first so "đạt được" wins over "đạt".
        private static readonly string[] Verbs =
        {
            "đạt được", "đạt mức", "ở mức", "lên tới", "lên đến", "xuống còn", "tương đương",
            "đạt", "tăng", "giảm", "chiếm", "là", "vượt", "còn",
        };

        // Words that make a verb part of a noun: "tăng trưởng" (growth), "tăng cường".
        private static readonly Dictionary<string, string[]> NotVerbBefore = new(StringComparer.Ordinal)
        {
            ["tăng"] = new[] { "trưởng", "cường", "ca", "giá" },
            ["giảm"] = new[] { "thiểu", "nghèo", "sút" },
            ["là"] = new[] { "do", "vì" },
        };

        private static readonly string[] LeadingConnectors =
        {
            "trong đó", "trong khi đó", "trong khi", "riêng", "và", "còn", "với", "nhưng", "song", "tuy nhiên", "ngoài ra", "đồng thời",
        };

        private static readonly string[] TrailingAdverbs =
        {
            "ước tính", "dự kiến", "ước", "đã", "cũng", "chỉ", "sẽ", "vẫn", "đều", "đang", "có", "bình quân",
        };

        private static readonly string[] ReportingVerbs = { "cho thấy", "cho biết", "thông tin", "công bố" };

        /// <summary>The range [Start, End) of <paramref name="text"/> that labels the metric at <paramref name="metricStart"/>, or null.</summary>
        /// <param name="text">The paragraph (NFC).</param>
        /// <param name="metricStart">Offset of the metric.</param>
        /// <param name="textStart">Where the paragraph's own words start (after an outlet tag such as "TTO - ").</param>
        public static (int Start, int End)? Find(string text, int metricStart, int textStart)
        {
            int clauseStart = ClauseStart(text, metricStart, textStart);
            if (clauseStart < 0)
            {
                return null;
            }

            string prefix = text.Substring(clauseStart, metricStart - clauseStart);
            int verb = FirstVerb(prefix);
            if (verb <= 0)
            {
                return null;
            }

            int start = clauseStart;
            int end = clauseStart + verb;
            int comma = text.LastIndexOf(',', end - 1, end - start);
            if (comma >= 0)
            {
                start = comma + 1;
            }

            foreach (string reporting in ReportingVerbs)
            {
                int at = IndexOfWord(text, start, end, reporting);
                if (at >= 0)
                {
                    start = at + reporting.Length;
                }
            }

            (start, end) = StripEdges(text, start, end);
            int words = TextRules.CountWords(text.Substring(start, end - start));
            return words == 0 || words > MaxLabelWords || !char.IsLetterOrDigit(text[start]) ? null : (start, end);
        }

        private static int IndexOfWord(string text, int start, int end, string word)
        {
            for (int i = start; i + word.Length <= end; i++)
            {
                if (TextRules.WordAt(text, i, word))
                {
                    return i;
                }
            }

            return -1;
        }

        private static int ClauseStart(string text, int end, int textStart)
        {
            int limit = System.Math.Max(textStart, end - MaxClauseLength);
            for (int i = end - 1; i >= limit; i--)
            {
                char c = text[i];
                if (c == ')')
                {
                    // A parenthesis before the metric is part of the subject ("sầu riêng (Monthong) loại A còn …").
                    int open = text.LastIndexOf('(', i, i - limit + 1);
                    if (open >= limit)
                    {
                        i = open;
                        continue;
                    }
                }

                if (c is ';' or ':' or '(' or '\u201C' or '\u201D' or '"' || TextRules.IsSentenceEnd(text, i))
                {
                    return i + 1;
                }
            }

            // No clause boundary near the metric: a start cut mid-clause would give a wrong label.
            return limit == textStart ? textStart : -1;
        }

        private static int FirstVerb(string prefix)
        {
            for (int i = 0; i < prefix.Length; i++)
            {
                if (i > 0 && TextRules.IsWordChar(prefix[i - 1]))
                {
                    continue;
                }

                foreach (string verb in Verbs)
                {
                    if (TextRules.WordAt(prefix, i, verb) && !IsNounUse(prefix, i, verb))
                    {
                        return i;
                    }
                }
            }

            return -1;
        }

        private static bool IsNounUse(string prefix, int at, string verb)
        {
            if (!NotVerbBefore.TryGetValue(verb, out string[]? nexts))
            {
                return false;
            }

            int next = at + verb.Length + 1;
            foreach (string word in nexts)
            {
                if (TextRules.WordAt(prefix, next, word))
                {
                    return true;
                }
            }

            return false;
        }

        private static (int Start, int End) StripEdges(string text, int start, int end)
        {
            bool changed = true;
            while (changed)
            {
                changed = false;
                (start, end) = Trim(text, start, end);
                foreach (string connector in LeadingConnectors)
                {
                    if (start + connector.Length <= end && TextRules.WordAt(text, start, connector))
                    {
                        (start, end) = Trim(text, start + connector.Length, end);
                        changed = true;
                    }
                }

                foreach (string adverb in TrailingAdverbs)
                {
                    int at = end - adverb.Length;
                    if (at > start && TextRules.WordAt(text, at, adverb))
                    {
                        end = at;
                        changed = true;
                    }
                }
            }

            return (start, end);
        }

        private static (int Start, int End) Trim(string text, int start, int end)
        {
            while (start < end && (TextRules.IsSpace(text[start]) || text[start] is ',' or '-' or '\u2013'))
            {
                start++;
            }

            while (end > start && (TextRules.IsSpace(text[end - 1]) || text[end - 1] is ',' or '-' or '\u2013'))
            {
                end--;
            }

            return (start, end);
        }
    }
}
