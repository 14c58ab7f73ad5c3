using System;
using System.Collections.Generic;

namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// The sentences of a paragraph, read around its quotes: a full stop inside a quote ends the quoted sentence, not
    /// the one the quote stands in (<c>"A. B", ông X nói.</c> is one sentence), unless the quote closes on a sentence
    /// end and a new sentence opens after it (<c>"A." Ông X nói.</c>).
    /// </summary>
    internal sealed class SentenceMap
    {
        private readonly int[] _starts;
        private readonly int _length;

        private SentenceMap(int[] starts, int length)
        {
            _starts = starts;
            _length = length;
        }

        /// <summary>How many sentences the paragraph has (at least one).</summary>
        public int Count => _starts.Length;

        /// <summary>Offset where sentence <paramref name="index"/> starts.</summary>
        public int StartOf(int index) => _starts[index];

        /// <summary>Offset just after sentence <paramref name="index"/> (its final mark included).</summary>
        public int EndOf(int index) => index + 1 < _starts.Length ? _starts[index + 1] : _length;

        /// <summary>Index of the sentence that holds <paramref name="offset"/>.</summary>
        public int IndexAt(int offset)
        {
            int found = Array.BinarySearch(_starts, offset);
            return found >= 0 ? found : Math.Max(0, ~found - 1);
        }

        /// <summary>Splits a paragraph whose quotes are <paramref name="quotes"/> (in order, not overlapping).</summary>
        public static SentenceMap Of(string text, IReadOnlyList<QuoteSpan> quotes)
        {
            var starts = new List<int> { 0 };
            int q = 0;
            int i = 0;
            while (i < text.Length)
            {
                if (q < quotes.Count && i == quotes[q].Open)
                {
                    QuoteSpan quote = quotes[q++];
                    i = Math.Max(i + 1, quote.End);
                    if (quote.Closed && EndsSentence(text, quote) && NewSentenceAt(text, i))
                    {
                        Add(starts, text, i);
                    }

                    continue;
                }

                while (q < quotes.Count && quotes[q].Open < i)
                {
                    q++;
                }

                if (text[i] is '.' or '!' or '?' or '\u2026' && TextRules.IsSentenceEnd(text, i))
                {
                    Add(starts, text, i + 1);
                }

                i++;
            }

            return new SentenceMap(starts.ToArray(), text.Length);
        }

        // A quote whose words end on a sentence mark: "…xong rồi." / "…không?"
        private static bool EndsSentence(string text, QuoteSpan quote)
        {
            int k = quote.ContentEnd - 1;
            while (k >= quote.ContentStart && TextRules.IsSpace(text[k]))
            {
                k--;
            }

            return k >= quote.ContentStart && text[k] is '.' or '!' or '?' or '\u2026';
        }

        // A new sentence after a quote: white space, then a capital letter.
        private static bool NewSentenceAt(string text, int i)
        {
            int k = i;
            while (k < text.Length && TextRules.IsSpace(text[k]))
            {
                k++;
            }

            return k > i && k < text.Length && char.IsUpper(text[k]);
        }

        private static void Add(List<int> starts, string text, int at)
        {
            while (at < text.Length && TextRules.IsSpace(text[at]))
            {
                at++;
            }

            if (at < text.Length && at > starts[starts.Count - 1])
            {
                starts.Add(at);
            }
        }
    }
}
