using System;
using System.Collections.Generic;

namespace ContentGen.Generator.Parsing
{
    /// <summary>A person mentioned in a text: a name (possibly short, "Khải"), or only an honorific ("ông").</summary>
    /// <param name="Start">Offset where the mention starts (honorific included).</param>
    /// <param name="End">Offset just after the name (or the honorific when there is no name).</param>
    /// <param name="Name">The name as written, or null when only an honorific is given.</param>
    /// <param name="Honorific">Lower-case honorific ("ông", "đồng chí"), or null.</param>
    internal readonly record struct PersonMention(int Start, int End, string? Name, string? Honorific);

    /// <summary>
    /// Finds people's names in Vietnamese text: an honorific followed by capitalised words ("ông Trần Văn Khải",
    /// "chị Thu Hà", "ông Khải"), or capitalised words that start with a family name, behind any title
    /// ("Giám đốc Sở Y tế tỉnh Hải Dương Lê Minh Châu").
    /// </summary>
    internal static class PersonFinder
    {
        private const int MaxNameWords = 4;

        // How many words a title may take between an honorific and the name: "đồng chí Bí thư Tỉnh ủy X".
        private const int MaxTitleWords = 8;

        // Words a person is called by that also stand alone for them ("ông nói"), lower case.
        private static readonly HashSet<string> PronounHonorifics = LowerCaseSet(LexiconLists.PronounHonorifics);

        // Ranks, degrees and professions written before a name ("TS. Vũ Đình Ánh", "Đại tá X", "nhà kinh tế X"), lower case.
        private static readonly HashSet<string> TitleHonorifics = LowerCaseSet(LexiconLists.TitleHonorifics, LexiconLists.DegreeAbbreviations);

        // Family names (a closed list), as written.
        private static readonly HashSet<string> FamilyNames = new(Lexicon.Default[LexiconLists.Surnames], StringComparer.Ordinal);

        // Capitalised pairs that start with a family name but are places.
        private static readonly HashSet<string> Places = new(Lexicon.Default[LexiconLists.SurnamePlaces], StringComparer.Ordinal);

        // First words of titles and organisations that may follow an honorific: "đồng chí Bí thư Thành ủy".
        private static readonly HashSet<string> TitleWords = new(Lexicon.Default[LexiconLists.TitleOpeners], StringComparer.Ordinal);

        // Every honorific looked up regardless of case, to its lower-case form: no word is lower-cased to look it up.
        private static readonly Dictionary<string, string> Honorifics = ByAnyCase(PronounHonorifics, TitleHonorifics);

        // First words of honorifics of several words ("đồng", "nhà", "phó"), to the most words such an honorific has:
        // only these words start a lookup of the words after them.
        private static readonly Dictionary<string, int> LongHonorificStarts = LongStarts(PronounHonorifics, TitleHonorifics);

        // The single words of the two tables above in their usual cases, for the look-up of every word.
        private static readonly Dictionary<string, string> HonorificWords = UsualCases(Honorifics);
        private static readonly Dictionary<string, int> LongHonorificStartWords = UsualCases(LongHonorificStarts);

        /// <summary>Whether a lower-case NFC word sequence is an honorific, rank, degree or profession.</summary>
        public static bool IsHonorific(string lowerWords) => PronounHonorifics.Contains(lowerWords) || TitleHonorifics.Contains(lowerWords);

        /// <summary>Whether the honorific also stands alone for a person already named ("ông nói").</summary>
        public static bool IsPronoun(string? honorific) => honorific is not null && PronounHonorifics.Contains(honorific);

        /// <summary>Every person mentioned in [start, end) of <paramref name="text"/>, in order.</summary>
        /// <param name="text">NFC text.</param>
        /// <param name="start">Start of the range.</param>
        /// <param name="end">End of the range.</param>
        /// <param name="cache">The article's texts split into words.</param>
        /// <param name="known">Full names met so far (lower-case NFC), to read a case slip ("Trần Văn khải") as the same name.</param>
        public static List<PersonMention> Find(string text, int start, int end, WordCache cache, ISet<string>? known = null)
        {
            var result = new List<PersonMention>();
            List<Word> words = Words(text, start, end, cache);
            int i = 0;
            while (i < words.Count)
            {
                string? honorific = HonorificAt(words, i, text);
                if (honorific is not null)
                {
                    int honorificWords = WordCount(honorific);
                    int first = i + honorificWords;
                    int run = RunLength(words, first, text);
                    if (run > 0 && !TitleWords.Contains(words[first].Text))
                    {
                        int take = Math.Min(run, MaxNameWords);
                        int extended = ExtendCaseSlip(words, first, take, text, known);
                        result.Add(new PersonMention(words[i].Start, words[first + extended - 1].End, Join(words, first, extended), honorific));
                        i = first + extended;
                        continue;
                    }

                    // An honorific followed by a title: the name, if any, comes after the title.
                    PersonMention? titled = FamilyNameRun(words, first, Math.Min(words.Count, first + MaxTitleWords), text, known);
                    if (titled is { } t)
                    {
                        result.Add(t with { Start = words[i].Start, Honorific = honorific });
                        i = IndexAfter(words, t.End);
                        continue;
                    }

                    result.Add(new PersonMention(words[i].Start, words[first - 1].End, null, honorific));
                    i = first;
                    continue;
                }

                if (StartsRun(words, i, text))
                {
                    PersonMention? named = FamilyNameRun(words, i, words.Count, text, known, onlyThisRun: true);
                    int run = RunLength(words, i, text);
                    if (named is { } n)
                    {
                        result.Add(n);
                        i = IndexAfter(words, n.End);
                        continue;
                    }

                    i += Math.Max(run, 1);
                    continue;
                }

                i++;
            }

            return result;
        }

        private static int IndexAfter(List<Word> words, int offset)
        {
            int k = 0;
            while (k < words.Count && words[k].Start < offset)
            {
                k++;
            }

            return k;
        }

        // The first capitalised run from words[from] on (or only the run at from) that holds a family name
        // followed by one to three more names.
        private static PersonMention? FamilyNameRun(List<Word> words, int from, int to, string text, ISet<string>? known, bool onlyThisRun = false)
        {
            int i = from;
            while (i < to)
            {
                int run = RunLength(words, i, text);
                if (run == 0)
                {
                    if (onlyThisRun)
                    {
                        return null;
                    }

                    i++;
                    continue;
                }

                // The name starts at a family name and runs to the end of the capitalised run, two to four words;
                // three-word names are the most common, so "Hải Dương Lê Minh Châu" gives "Lê Minh Châu".
                int best = -1;
                for (int k = i; k < i + run; k++)
                {
                    int length = i + run - k;
                    if (!FamilyNames.Contains(words[k].Text) || length < 2 || length > MaxNameWords
                        || (length == 2 && Places.Contains(Join(words, k, 2))))
                    {
                        continue;
                    }

                    if (best < 0 || length == 3)
                    {
                        best = k;
                    }
                }

                if (best >= 0)
                {
                    int take = i + run - best;
                    int extended = ExtendCaseSlip(words, best, take, text, known);
                    return new PersonMention(words[best].Start, words[best + extended - 1].End, Join(words, best, extended), null);
                }

                if (onlyThisRun)
                {
                    return null;
                }

                i += run;
            }

            return null;
        }

        // "Trần Văn khải": a lower-case word that completes a known full name belongs to it.
        private static int ExtendCaseSlip(List<Word> words, int first, int take, string text, ISet<string>? known)
        {
            if (known is null || take >= MaxNameWords)
            {
                return take;
            }

            int next = first + take;
            if (next < words.Count && OnlySpacesBetween(text, words[next - 1].End, words[next].Start)
                && known.Contains(TextRules.Key(Join(words, first, take + 1))))
            {
                return take + 1;
            }

            return take;
        }

        // The honorific at words[i] ("ông", "đồng chí", "nhà kinh tế"), with any further titles chained to it
        // ("PGS.TS", "ông TS."), lower case; the number of words is the count of spaces plus one.
        private static string? HonorificAt(List<Word> words, int i, string text)
        {
            string? first = SingleHonorificAt(words, i, text);
            if (first is null)
            {
                return null;
            }

            string chained = first;
            int next = i + WordCount(first);
            while (next < words.Count && IsTitleSeparator(text, words[next - 1].End, words[next].Start)
                && SingleHonorificAt(words, next, text) is { } more && TitleHonorifics.Contains(more))
            {
                chained += " " + more;
                next += WordCount(more);
            }

            return chained;
        }

        private static string? SingleHonorificAt(List<Word> words, int i, string text)
        {
            Word at = words[i];
            if (at.LongestHonorific > 0)
            {
                for (int length = Math.Min(at.LongestHonorific, words.Count - i); length >= 2; length--)
                {
                    if (Adjacent(words, i, length, text) && Honorifics.TryGetValue(Join(words, i, length), out string? joined))
                    {
                        return joined;
                    }
                }
            }

            // A capitalised honorific inside a name run is a name ("Lê Văn Anh"), not an honorific.
            if (at.Honorific is { } one
                && !(i > 0 && TextRules.StartsUpper(at.Text) && OnlySpacesBetween(text, words[i - 1].End, at.Start) && IsNameWord(words[i - 1].Text)))
            {
                return one;
            }

            return null;
        }

        // One word looked up in a case-insensitive table through its exact-case copy, which holds the lower-case,
        // capitalised and upper-case forms: ordinal hashing of the usual forms is several times cheaper than
        // case-insensitive hashing of Vietnamese letters. Only a word with an upper-case letter after its first one
        // can be another form ("ÔNg"), and only such a word goes to the case-insensitive table.
        private static bool Lookup<T>(Dictionary<string, T> anyCase, Dictionary<string, T> exact, string word, out T value)
        {
            if (exact.TryGetValue(word, out value!))
            {
                return true;
            }

            for (int k = 1; k < word.Length; k++)
            {
                if (char.IsUpper(word[k]))
                {
                    return anyCase.TryGetValue(word, out value!);
                }
            }

            return false;
        }

        private static HashSet<string> LowerCaseSet(params string[] lists)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (string list in lists)
            {
                foreach (string entry in Lexicon.Default[list])
                {
                    set.Add(entry.ToLowerInvariant());
                }
            }

            return set;
        }

        private static Dictionary<string, T> UsualCases<T>(Dictionary<string, T> anyCase)
        {
            var result = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, T> entry in anyCase)
            {
                string lower = entry.Key.ToLowerInvariant();
                result[lower] = entry.Value;
                result[char.ToUpperInvariant(lower[0]) + lower.Substring(1)] = entry.Value;
                result[entry.Key.ToUpperInvariant()] = entry.Value;
            }

            return result;
        }

        private static Dictionary<string, string> ByAnyCase(params HashSet<string>[] sets)
        {
            var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (HashSet<string> set in sets)
            {
                foreach (string honorific in set)
                {
                    result[honorific] = honorific;
                }
            }

            return result;
        }

        private static Dictionary<string, int> LongStarts(params HashSet<string>[] sets)
        {
            var result = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (HashSet<string> set in sets)
            {
                foreach (string honorific in set)
                {
                    string[] parts = honorific.Split(' ');
                    if (parts.Length > 1)
                    {
                        result[parts[0]] = Math.Max(parts.Length, result.TryGetValue(parts[0], out int known) ? known : 0);
                    }
                }
            }

            return result;
        }

        private static bool Adjacent(List<Word> words, int i, int length, string text)
        {
            for (int k = i + 1; k < i + length; k++)
            {
                if (!OnlySpacesBetween(text, words[k - 1].End, words[k].Start))
                {
                    return false;
                }
            }

            return true;
        }

        // Titles chain across spaces or an abbreviation's dot: "PGS.TS", "PGS. TS.".
        private static bool IsTitleSeparator(string text, int from, int to)
        {
            for (int k = from; k < to; k++)
            {
                if (!(TextRules.IsSpace(text[k]) || text[k] == '.'))
                {
                    return false;
                }
            }

            return to > from;
        }

        private static int WordCount(string words)
        {
            int count = 1;
            foreach (char c in words)
            {
                if (c == ' ')
                {
                    count++;
                }
            }

            return count;
        }

        private static bool StartsRun(List<Word> words, int i, string text) =>
            IsNameWord(words[i].Text) && (i == 0 || !IsNameWord(words[i - 1].Text) || !OnlySpacesBetween(text, words[i - 1].End, words[i].Start));

        private static int RunLength(List<Word> words, int first, string text)
        {
            int k = first;
            while (k < words.Count && IsNameWord(words[k].Text) && (k == first || OnlySpacesBetween(text, words[k - 1].End, words[k].Start)))
            {
                k++;
            }

            return k - first;
        }

        // A capitalised word of letters, not an acronym ("UBND", "WHO").
        private static bool IsNameWord(string word)
        {
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                return false;
            }

            // "H'Lan": the capital before the apostrophe is part of the name, the word after it starts with its own.
            int from = word.Length > 2 && word[1] is '\'' or '\u2019' ? 2 : 0;
            int upper = 0;
            for (int k = from; k < word.Length; k++)
            {
                char c = word[k];
                if (char.IsDigit(c))
                {
                    return false;
                }

                if (char.IsUpper(c))
                {
                    upper++;
                }
            }

            return upper == 1;
        }

        private static bool OnlySpacesBetween(string text, int from, int to)
        {
            if (to <= from)
            {
                return false;
            }

            for (int k = from; k < to; k++)
            {
                if (!TextRules.IsSpace(text[k]))
                {
                    return false;
                }
            }

            return true;
        }

        private static string Join(List<Word> words, int first, int count)
        {
            var parts = new string[count];
            for (int k = 0; k < count; k++)
            {
                parts[k] = words[first + k].Text;
            }

            return string.Join(" ", parts);
        }

        // A word of a text, with its honorific look-ups done once: the lower-case honorific it is on its own, and the
        // most words an honorific starting with it has (0 when none does).
        internal readonly record struct Word(int Start, int End, string Text, string? Honorific, int LongestHonorific)
        {
            public static Word Of(string text, int start, int end)
            {
                string word = text.Substring(start, end - start);
                return new Word(
                    start,
                    end,
                    word,
                    Lookup(Honorifics, HonorificWords, word, out string? honorific) ? honorific : null,
                    Lookup(LongHonorificStarts, LongHonorificStartWords, word, out int longest) ? longest : 0);
            }
        }

        /// <summary>
        /// The words of the texts of one article, each text split once: the readers of a paragraph ask for many ranges
        /// of it. Owned by one parse, so nothing outlives the article and no state is shared between threads.
        /// </summary>
        internal sealed class WordCache
        {
            private readonly Dictionary<string, Word[]> _byText = new(ByReference.Instance);
            private string? _lastText;
            private Word[]? _lastWords;

            internal Word[] Of(string text)
            {
                // Readers ask for ranges of the same paragraph in a row.
                if (ReferenceEquals(text, _lastText))
                {
                    return _lastWords!;
                }

                if (!_byText.TryGetValue(text, out Word[]? words))
                {
                    words = Split(text);
                    _byText.Add(text, words);
                }

                _lastText = text;
                _lastWords = words;
                return words;
            }

            private sealed class ByReference : IEqualityComparer<string>
            {
                public static readonly ByReference Instance = new();

                public bool Equals(string? x, string? y) => ReferenceEquals(x, y);

                public int GetHashCode(string obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
            }
        }

        // The words of [start, end); a word cut by the range counts as the part inside it.
        private static List<Word> Words(string text, int start, int end, WordCache cache)
        {
            Word[] all = cache.Of(text);
            int first = FirstAtOrAfter(all, start);
            int last = first;
            while (last < all.Length && all[last].Start < end)
            {
                last++;
            }

            var words = new List<Word>(last - first);
            for (int k = first; k < last; k++)
            {
                Word word = all[k];
                if (word.Start < start || word.End > end)
                {
                    // A word cut by the range counts as the part that lies inside it.
                    int s = Math.Max(word.Start, start);
                    int e = Math.Min(word.End, end);
                    word = Word.Of(text, s, e);
                }

                words.Add(word);
            }

            return words;
        }

        private static int FirstAtOrAfter(Word[] words, int start)
        {
            int low = 0;
            int high = words.Length;
            while (low < high)
            {
                int middle = low + ((high - low) / 2);
                if (words[middle].End <= start)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }

        private static Word[] Split(string text)
        {
            var words = new Word[CountWords(text)];
            int count = 0;
            int i = 0;
            while (i < text.Length)
            {
                if (!TextRules.IsWordChar(text[i]))
                {
                    i++;
                    continue;
                }

                int s = i;
                while (i < text.Length && TextRules.IsWordChar(text[i]))
                {
                    i++;
                }

                // Names of the Central Highlands join a capital and a name with an apostrophe: "H'Lan", "Y'Moan".
                if (i - s == 1 && char.IsUpper(text[s]) && i + 1 < text.Length && text[i] is '\'' or '\u2019' && char.IsUpper(text[i + 1]))
                {
                    i++;
                    while (i < text.Length && TextRules.IsWordChar(text[i]))
                    {
                        i++;
                    }
                }

                words[count++] = Word.Of(text, s, i);
            }

            if (count < words.Length)
            {
                Array.Resize(ref words, count);
            }

            return words;
        }

        private static int CountWords(string text)
        {
            int count = 0;
            bool inWord = false;
            foreach (char c in text)
            {
                bool wordChar = TextRules.IsWordChar(c);
                count += wordChar && !inWord ? 1 : 0;
                inWord = wordChar;
            }

            return count;
        }
    }
}
