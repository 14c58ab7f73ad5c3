using System;
using System.Collections.Generic;

namespace ContentGen.Core.Parsing
{
    /// <summary>Where the verbs of saying, the clauses and the <c>Theo X</c> phrases of a block are, read around its quotes.</summary>
    internal static class Clauses
    {
        /// <summary>How far a clause is read from where it starts: an attribution is never longer.</summary>
        public const int MaxClauseLength = 400;

        private static readonly PhraseSet SpeechVerbs = PhraseSet.Of(LexiconLists.SpeechVerbs);
        private static readonly PhraseSet ViewVerbs = PhraseSet.Of(LexiconLists.ViewVerbs);
        private static readonly PhraseSet NotSpeech = PhraseSet.Of(LexiconLists.NotSpeech);
        private static readonly PhraseSet ReportedSpeech = PhraseSet.Of(LexiconLists.ReportedSpeechMarkers);
        private static readonly PhraseSet Determiners = PhraseSet.Of(LexiconLists.Determiners);
        private static readonly PhraseSet FunctionWords = PhraseSet.Of(LexiconLists.FunctionWords);

        /// <summary>A verb of saying or of view at [Start, End).</summary>
        internal readonly record struct Verb(int Start, int End, bool Saying, bool Reported);

        /// <summary>The verbs of saying (and, with <paramref name="views"/>, of view) in [start, end), outside quotes, in order.</summary>
        public static List<Verb> Verbs(BlockReading block, int start, int end, bool views)
        {
            var verbs = new List<Verb>();
            string text = block.Text;
            int q = 0;
            for (int i = start; i < end; i++)
            {
                while (q < block.Quotes.Count && block.Quotes[q].End <= i)
                {
                    q++;
                }

                if (q < block.Quotes.Count && block.Quotes[q].Open <= i)
                {
                    i = block.Quotes[q].End - 1;
                    continue;
                }

                // A bracket is an aside: "(Nhật Bản gọi là đảo Senkaku)" says nothing of the sentence's speaker.
                if (text[i] == '(')
                {
                    int close = text.IndexOf(')', i, Math.Min(end, text.Length) - i);
                    if (close > 0)
                    {
                        i = close;
                        continue;
                    }
                }

                if ((i > 0 && TextRules.IsWordChar(text[i - 1])) || !TextRules.IsWordChar(text[i]))
                {
                    continue;
                }

                if (VerbAt(text, i, views) is { } verb && verb.End <= end)
                {
                    verbs.Add(verb);
                    i = verb.End - 1;
                }
            }

            return verbs;
        }

        /// <summary>The verb of saying (or of view) that starts at <paramref name="at"/>, or null.</summary>
        public static Verb? VerbAt(string text, int at, bool views)
        {
            int saying = SpeechVerbs.MatchAt(text, at);
            int view = views ? ViewVerbs.MatchAt(text, at) : 0;
            int length = Math.Max(saying, view);
            if (length == 0 || NotSpeech.MatchAt(text, at) > length || IsNoun(text, at, length))
            {
                return null;
            }

            return new Verb(at, at + length, saying >= view, ReportedSpeech.MatchAt(text, at) == length);
        }

        // A verb of saying used as a noun: after a determiner ("những chỉ đạo", "các ý kiến"), or ending a compound
        // noun ("bài viết", "lời nói").
        private static bool IsNoun(string text, int at, int length)
        {
            int before = at;
            while (before > 0 && TextRules.IsSpace(text[before - 1]))
            {
                before--;
            }

            int compound = NotSpeech.MatchEndingAt(text, at + length);
            int determiner = before < at ? Determiners.MatchEndingAt(text, before) : -1;
            return (compound >= 0 && compound < at) || (determiner >= 0 && !IsAdverb(text, determiner, before));
        }

        // "Bộ trưởng X từng tuyên bố", "ông đã từng nói": a "từng" after a name or an auxiliary is "once", not "each".
        private static bool IsAdverb(string text, int start, int end)
        {
            if (!TextRules.WordAt(text, start, "từng") || end - start != 4)
            {
                return false;
            }

            (int word, int before) = TextRules.WordBefore(text, start);
            return word < before && (char.IsUpper(text[word]) || FunctionWords.MatchAt(text, word) == before - word);
        }

        /// <summary>The offset after the last quote of the block that ends in [start, at], or <paramref name="start"/>.</summary>
        public static int AfterLastQuote(BlockReading block, int start, int at)
        {
            int after = start;
            foreach (QuoteSpan quote in block.Quotes)
            {
                if (quote.End > at)
                {
                    break;
                }

                if (quote.End > after)
                {
                    after = quote.End;
                }
            }

            return after;
        }

        /// <summary>
        /// The end of the clause that starts at <paramref name="start"/>: a sentence end, a semicolon, a colon, a quotation
        /// mark, or the paragraph's end; never further than <see cref="MaxClauseLength"/>.
        /// </summary>
        public static int ClauseEnd(string text, int start)
        {
            int limit = Math.Min(text.Length, start + MaxClauseLength);
            for (int i = start; i < limit; i++)
            {
                char c = text[i];
                if (c is ';' or '"' or '\u201C' or '\u201D' or ':' || TextRules.IsSentenceEnd(text, i))
                {
                    return i;
                }
            }

            return limit;
        }

        /// <summary>
        /// The phrase after a <c>theo</c> that opens a comma-separated part of [start, end) ("Theo ông X, …", "…, theo
        /// đánh giá của Y, …"), as (Start, End) of what follows the word; null when there is none.
        /// </summary>
        public static (int Start, int End)? TheoPhrase(string text, int start, int end)
        {
            int partStart = start;
            for (int k = start; k <= end; k++)
            {
                if (k < end && text[k] != ',')
                {
                    continue;
                }

                int s = partStart;
                while (s < k && TextRules.IsSpace(text[s]))
                {
                    s++;
                }

                if (TextRules.WordAt(text, s, "theo") && s + 4 < k)
                {
                    return (s + 4, k);
                }

                partStart = k + 1;
            }

            return null;
        }

        /// <summary>Skips white space from <paramref name="i"/>.</summary>
        public static int SkipSpaces(string text, int i)
        {
            while (i < text.Length && TextRules.IsSpace(text[i]))
            {
                i++;
            }

            return i;
        }
    }
}
