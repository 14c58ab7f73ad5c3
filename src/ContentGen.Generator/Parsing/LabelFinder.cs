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
        private static readonly PhraseSet Verbs = PhraseSet.Of(LexiconLists.LabelVerbs);

        // Words that start with such a verb but are nouns: "tăng trưởng" (growth), "tăng cường".
        private static readonly PhraseSet VerbNouns = PhraseSet.Of(LexiconLists.LabelVerbNouns);

        private static readonly PhraseSet LeadingConnectors = PhraseSet.Of(LexiconLists.LabelLeadingConnectives);

        private static readonly PhraseSet TrailingAdverbs = PhraseSet.Of(LexiconLists.LabelTrailingAdverbs);

        private static readonly PhraseSet ReportingVerbs = PhraseSet.Of(LexiconLists.LabelReportingVerbs);

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

            for (int at = ReportingVerbs.FindFirst(text, start, end); at >= 0; at = ReportingVerbs.FindFirst(text, start, end))
            {
                start = at + ReportingVerbs.MatchAt(text, at);
            }

            (start, end) = StripEdges(text, start, end);
            int words = TextRules.CountWords(text.Substring(start, end - start));
            return words == 0 || words > MaxLabelWords || !char.IsLetterOrDigit(text[start]) ? null : (start, end);
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
                if (Verbs.MatchAt(prefix, i) > 0 && VerbNouns.MatchAt(prefix, i) == 0)
                {
                    return i;
                }
            }

            return -1;
        }

        private static (int Start, int End) StripEdges(string text, int start, int end)
        {
            bool changed = true;
            while (changed)
            {
                changed = false;
                (start, end) = Trim(text, start, end);
                int connector = LeadingConnectors.MatchAt(text, start);
                if (connector > 0 && start + connector <= end)
                {
                    (start, end) = Trim(text, start + connector, end);
                    changed = true;
                }

                int adverb = TrailingAdverbs.MatchEndingAt(text, end);
                if (adverb > start)
                {
                    end = adverb;
                    changed = true;
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
