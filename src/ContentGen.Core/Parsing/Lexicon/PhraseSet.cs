using System;
using System.Collections.Generic;

namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// A list of words and phrases of the lexicon, matched as whole words and ignoring case at a place in a text: the
    /// phrases are bucketed by a case-folded hash of their first and of their last word, so a look-up hashes the word
    /// in the text, compares the few phrases that share it, and allocates nothing. Of several phrases at one place,
    /// the longest wins ("cho biết thêm" over "cho biết").
    /// </summary>
    internal sealed class PhraseSet
    {
        private readonly Dictionary<int, string[]> _byFirst;
        private readonly Dictionary<int, string[]> _byLast;
        private readonly HashSet<string> _all;

        public PhraseSet(IEnumerable<string> phrases)
        {
            var all = new List<string>();
            _all = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string phrase in phrases)
            {
                if (phrase.Length > 0 && _all.Add(phrase))
                {
                    all.Add(phrase);
                }
            }

            all.Sort(static (a, b) => b.Length != a.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
            Phrases = all;
            _byFirst = Bucket(all, static p => FoldHash(p, 0, WordEnd(p, 0)));
            _byLast = Bucket(all, static p => FoldHash(p, WordStart(p, p.Length), p.Length));
        }

        /// <summary>The phrases, longest first.</summary>
        public IReadOnlyList<string> Phrases { get; }

        /// <summary>A set of the entries of one lexicon list.</summary>
        public static PhraseSet Of(string list) => new(Lexicon.Default[list]);

        /// <summary>A set of the entries of several lexicon lists.</summary>
        public static PhraseSet Of(params string[] lists)
        {
            var phrases = new List<string>();
            foreach (string list in lists)
            {
                phrases.AddRange(Lexicon.Default[list]);
            }

            return new PhraseSet(phrases);
        }

        /// <summary>Whether <paramref name="phrase"/> is one of the phrases (ignoring case).</summary>
        public bool Contains(string phrase) => _all.Contains(phrase);

        /// <summary>Length of the longest phrase that starts at <paramref name="at"/> as whole words, or 0.</summary>
        public int MatchAt(string text, int at)
        {
            if (at < 0 || at >= text.Length || (at > 0 && TextRules.IsWordChar(text[at - 1]))
                || !_byFirst.TryGetValue(FoldHash(text, at, WordEnd(text, at)), out string[]? candidates))
            {
                return 0;
            }

            foreach (string phrase in candidates)
            {
                int end = at + phrase.Length;
                if (end <= text.Length
                    && (end == text.Length || !TextRules.IsWordChar(text[end]))
                    && string.Compare(text, at, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return phrase.Length;
                }
            }

            return 0;
        }

        /// <summary>The entry, as the lexicon writes it, of the longest phrase at <paramref name="at"/>, or null.</summary>
        public string? EntryAt(string text, int at)
        {
            int length = MatchAt(text, at);
            if (length == 0)
            {
                return null;
            }

            foreach (string phrase in _byFirst[FoldHash(text, at, WordEnd(text, at))])
            {
                if (phrase.Length == length && string.Compare(text, at, phrase, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return phrase;
                }
            }

            return null;
        }

        /// <summary>The phrase that starts at <paramref name="at"/> as whole words (the longest), or null.</summary>
        public string? PhraseAt(string text, int at)
        {
            int length = MatchAt(text, at);
            return length == 0 ? null : text.Substring(at, length);
        }

        /// <summary>Start of the longest phrase that ends at <paramref name="end"/> as whole words, or -1.</summary>
        public int MatchEndingAt(string text, int end)
        {
            if (end <= 0 || end > text.Length || (end < text.Length && TextRules.IsWordChar(text[end]))
                || !_byLast.TryGetValue(FoldHash(text, WordStart(text, end), end), out string[]? candidates))
            {
                return -1;
            }

            foreach (string phrase in candidates)
            {
                int start = end - phrase.Length;
                if (start >= 0
                    && (start == 0 || !TextRules.IsWordChar(text[start - 1]))
                    && string.Compare(text, start, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return start;
                }
            }

            return -1;
        }

        /// <summary>Offset of the first phrase in [start, end) that starts at a word start and fits inside the range, or -1.</summary>
        public int FindFirst(string text, int start, int end)
        {
            for (int i = Math.Max(0, start); i < end; i++)
            {
                int length = MatchAt(text, i);
                if (length > 0 && i + length <= end)
                {
                    return i;
                }
            }

            return -1;
        }

        private static Dictionary<int, string[]> Bucket(List<string> phrases, Func<string, int> key)
        {
            var lists = new Dictionary<int, List<string>>();
            foreach (string phrase in phrases)
            {
                int hash = key(phrase);
                if (!lists.TryGetValue(hash, out List<string>? list))
                {
                    list = new List<string>();
                    lists[hash] = list;
                }

                list.Add(phrase);
            }

            var result = new Dictionary<int, string[]>(lists.Count);
            foreach (KeyValuePair<int, List<string>> entry in lists)
            {
                result[entry.Key] = entry.Value.ToArray();
            }

            return result;
        }

        // The end of the word (or, at a character that is not a letter, the one character) that starts at `at`.
        private static int WordEnd(string text, int at)
        {
            int end = at;
            while (end < text.Length && TextRules.IsWordChar(text[end]))
            {
                end++;
            }

            return end == at ? at + 1 : end;
        }

        // The start of the word (or the one character) that ends at `end`.
        private static int WordStart(string text, int end)
        {
            int start = end;
            while (start > 0 && TextRules.IsWordChar(text[start - 1]))
            {
                start--;
            }

            return start == end ? end - 1 : start;
        }

        // A hash of text[start, end) that is the same whatever the case of its letters.
        private static int FoldHash(string text, int start, int end)
        {
            unchecked
            {
                int hash = (int)2166136261;
                for (int i = start; i < end; i++)
                {
                    hash = (hash ^ TextRules.ToLowerFast(text[i])) * 16777619;
                }

                return hash;
            }
        }
    }
}
