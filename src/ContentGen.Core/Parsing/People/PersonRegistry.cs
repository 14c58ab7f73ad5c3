using System;
using System.Collections.Generic;

namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// The people an article names, in reading order, so a short name ("ông Khải"), a bare honorific ("ông nói") or an
    /// office alone ("Thủ tướng nói") resolves to the full name met in the article ("Trần Văn Khải"). It remembers the
    /// honorifics each person is called by (so "bà" is never a man named with "ông") and the offices and professions
    /// each holds, written before the name ("Thủ tướng Phạm Minh Chính") or in an apposition after it ("Ông X, Cục
    /// trưởng Cục Y,"). Look-ups are indexed so an article with thousands of names and quotes stays linear.
    /// </summary>
    internal sealed class PersonRegistry
    {
        private readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal);

        // Full names by the lower-case key of their last word and of their first word.
        private readonly Dictionary<string, List<string>> _byLastWord = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _byFirstWord = new(StringComparer.Ordinal);

        // Mentions in reading order: all of them, and by full name.
        private readonly List<(long Position, string FullName)> _mentions = new();
        private readonly Dictionary<string, List<long>> _mentionsByName = new(StringComparer.Ordinal);

        // Offices and professions (lower case) to the people who hold them, in reading order.
        private readonly Dictionary<string, List<(long Position, string FullName)>> _holders = new(StringComparer.Ordinal);

        // Full names to the gender their honorifics give: +1 male ("ông", "anh"), -1 female ("bà", "chị"), 0 both or none.
        private readonly Dictionary<string, int> _gender = new(StringComparer.Ordinal);

        private static readonly PhraseSet Titles = PhraseSet.Of(LexiconLists.OfficeTitles, LexiconLists.TitleHonorifics);

        private static readonly PhraseSet TitlePrefixes = PhraseSet.Of(LexiconLists.TitlePrefixes);

        // How many mentions back a bare honorific may look for someone it can stand for, so a long article stays linear.
        private const int MaxPronounReach = 64;

        private static readonly string[] GenerationSuffixes = { "jr", "sr", "ii", "iii" };

        private static readonly HashSet<string> Male = new(StringComparer.Ordinal) { "ông", "anh", "chú", "bác", "cậu", "ngài", "thầy" };

        private static readonly HashSet<string> Female = new(StringComparer.Ordinal) { "bà", "chị", "cô" };

        /// <summary>The article's texts split into words, for every reader of its people.</summary>
        public PersonFinder.WordCache Words { get; } = new();

        /// <summary>Lower-case NFC keys of the full names, for case-slip matching.</summary>
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        /// <summary>Reading position of an offset in a block (the title is block 0).</summary>
        public static long Position(int block, int offset) => ((long)block << 32) | (uint)offset;

        /// <summary>Reads the mentions of two passes: full names first, then short names and their positions.</summary>
        /// <param name="blocks">The title, then the sections.</param>
        /// <param name="namesPeople">For each block, whether its names are people of the article: a photo caption's or a
        /// byline's are the photographer's and the writer's, never a speaker's.</param>
        public static PersonRegistry Build(IReadOnlyList<Paragraph> blocks, IReadOnlyList<bool> namesPeople)
        {
            // One reading of each block: its full names first (a foreign name with nothing around it that marks a
            // person only as a full name for a short one to resolve to), then its mentions in order.
            var registry = new PersonRegistry();
            var found = new List<PersonMention>?[blocks.Count];
            for (int b = 0; b < blocks.Count; b++)
            {
                if (!namesPeople[b])
                {
                    continue;
                }

                found[b] = PersonFinder.Find(blocks[b].Text, 0, blocks[b].Text.Length, registry.Words, null, anyForeignName: true);
                foreach (PersonMention mention in found[b]!)
                {
                    if (mention.Name is { } name && name.IndexOf(' ') > 0)
                    {
                        registry.AddFullName(name);
                    }
                }
            }

            for (int b = 0; b < blocks.Count; b++)
            {
                if (found[b] is not { } mentions)
                {
                    continue;
                }

                string text = blocks[b].Text;
                foreach (PersonMention mention in mentions)
                {
                    long position = Position(b, mention.Start);
                    if (!mention.Loose && mention.Name is { } name && registry.Resolve(registry.WithCaseSlip(text, name, mention.End), position) is { } full)
                    {
                        registry.AddMention(position, mention.Honorific, full);
                        registry.AddHolder(mention.Title, full, position);
                        registry.AddHolder(ApposedTitle(text, mention.End), full, position);
                    }
                }
            }

            return registry;
        }

        // "Trần Văn khải": the lower-case word right after a name that completes a full name met in the article.
        private string WithCaseSlip(string text, string name, int end)
        {
            if (name.IndexOf(' ') < 0 || end >= text.Length || text[end] != ' ' || end + 1 >= text.Length || !char.IsLower(text[end + 1]))
            {
                return name;
            }

            int wordEnd = end + 1;
            while (wordEnd < text.Length && TextRules.IsWordChar(text[wordEnd]))
            {
                wordEnd++;
            }

            string extended = name + " " + text.Substring(end + 1, wordEnd - end - 1);
            return Keys.Contains(TextRules.Key(extended)) ? extended : name;
        }

        /// <summary>
        /// The full name a mention stands for: a name resolved to the full name met in the article; an office or
        /// profession alone to the person last named with it; a bare honorific to the last person it can stand for.
        /// Null when nobody fits.
        /// </summary>
        public string? Resolve(PersonMention mention, long position)
        {
            if (mention.Name is { } name)
            {
                return Resolve(name, position);
            }

            if (mention.Title is { } title && ResolveTitle(title, position) is { } holder)
            {
                return holder;
            }

            return mention.Honorific is not null && mention.Honorific != mention.Title ? ResolvePronoun(mention.Honorific, position) : null;
        }

        /// <summary>The person last named with an office or profession before <paramref name="position"/>, or null.</summary>
        public string? ResolveTitle(string title, long position) =>
            _holders.TryGetValue(title, out List<(long Position, string FullName)>? holders) ? LastBefore(holders, position) : null;

        /// <summary>
        /// The person a bare honorific stands for: the last person named before <paramref name="position"/> whom it can
        /// be said of (a man for "ông", a woman for "bà"); for a profession alone ("nghệ sĩ"), the person named last,
        /// in this block or the one before. Null when nobody fits.
        /// </summary>
        public string? ResolvePronoun(string? honorific, long position)
        {
            if (honorific is null)
            {
                return null;
            }

            if (!PersonFinder.IsPronoun(honorific))
            {
                if (ResolveTitle(honorific, position) is { } holder)
                {
                    return holder;
                }

                long blockStart = Position((int)(position >> 32) - 1, 0);
                int last = LastIndexBefore(_mentions, position);
                return last >= 0 && _mentions[last].Position >= blockStart ? _mentions[last].FullName : null;
            }

            int wanted = Male.Contains(honorific) ? 1 : Female.Contains(honorific) ? -1 : 0;
            int newest = LastIndexBefore(_mentions, position);
            for (int k = newest; k >= 0 && newest - k < MaxPronounReach; k--)
            {
                string candidate = _mentions[k].FullName;
                int gender = _gender.TryGetValue(candidate, out int g) ? g : 0;
                if (wanted == 0 || gender == 0 || gender == wanted)
                {
                    return candidate;
                }
            }

            return null;
        }

        /// <summary>The person named last before <paramref name="position"/>, or null.</summary>
        public string? LastPersonBefore(long position) => LastBefore(_mentions, position);

        /// <summary>The full name met in the article that a one-word name stands for ("Thắng" for "Vũ Đình Thắng"), or null.</summary>
        public string? KnownFullName(string? word, long position)
        {
            if (word is null || _canonical.Count == 0)
            {
                return null;
            }

            string full = Resolve(word, position);
            return full.IndexOf(' ') > 0 ? full : null;
        }

        private void AddFullName(string name)
        {
            string key = TextRules.Key(name);
            if (!Keys.Add(key))
            {
                return;
            }

            _canonical[key] = name;
            string[] words = key.Split(' ');
            Index(_byLastWord, words[words.Length - 1], name);
            Index(_byFirstWord, words[0], name);

            // "Robert F. Kennedy Jr." is "Kennedy" for short.
            if (words.Length > 2 && Array.IndexOf(GenerationSuffixes, words[words.Length - 1].TrimEnd('.')) >= 0)
            {
                Index(_byLastWord, words[words.Length - 2], name);
            }
        }

        /// <summary>Whether <paramref name="honorific"/> can be said of the person ("ông" of a man or of someone whose gender is unknown).</summary>
        public bool CanBeCalled(string fullName, string? honorific)
        {
            int wanted = honorific is null ? 0 : Male.Contains(honorific) ? 1 : Female.Contains(honorific) ? -1 : 0;
            int gender = _gender.TryGetValue(fullName, out int g) ? g : 0;
            return wanted == 0 || gender == 0 || gender == wanted;
        }

        /// <summary>The last person named in [<paramref name="from"/>, <paramref name="to"/>) whom <paramref name="honorific"/> can stand for, or null.</summary>
        public string? LastNamedBetween(long from, long to, string? honorific)
        {
            for (int k = LastIndexBefore(_mentions, to); k >= 0 && _mentions[k].Position >= from; k--)
            {
                if (CanBeCalled(_mentions[k].FullName, honorific))
                {
                    return _mentions[k].FullName;
                }
            }

            return null;
        }

        private void AddMention(long position, string? honorific, string fullName)
        {
            _mentions.Add((position, fullName));
            if (honorific is not null)
            {
                int gender = Male.Contains(honorific) ? 1 : Female.Contains(honorific) ? -1 : 0;
                if (gender != 0)
                {
                    _gender[fullName] = _gender.TryGetValue(fullName, out int known) && known != gender ? 0 : gender;
                }
            }

            Index(_mentionsByName, fullName, position);
        }

        private void AddHolder(string? title, string fullName, long position)
        {
            if (title is not null && !PersonFinder.IsPronoun(title))
            {
                Index(_holders, title, (position, fullName));
            }
        }

        // The office or profession in an apposition right after a name: "Ông X, Cục trưởng Cục Y," / "X (cựu bí thư …)"
        // / "X - Giám đốc …" gives "cục trưởng", "bí thư", "giám đốc".
        private static string? ApposedTitle(string text, int end)
        {
            int i = end;
            while (i < text.Length && TextRules.IsSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length || !(text[i] is ',' or '(' || TextRules.IsDash(text[i])))
            {
                return null;
            }

            i++;
            while (i < text.Length && TextRules.IsSpace(text[i]))
            {
                i++;
            }

            int prefix = TitlePrefixes.MatchAt(text, i);
            if (prefix > 0)
            {
                i += prefix;
                while (i < text.Length && TextRules.IsSpace(text[i]))
                {
                    i++;
                }
            }

            int length = Titles.MatchAt(text, i);
            return length > 0 ? TextRules.Key(text.Substring(i, length)) : null;
        }

        private string Resolve(string name, long position)
        {
            string key = TextRules.Key(name);
            if (_canonical.TryGetValue(key, out string? canonical))
            {
                return canonical;
            }

            // A short name is the end of a full name ("Khải" → "Trần Văn Khải"); a truncated one its start. Of
            // several, the one mentioned last before this point.
            string[] words = key.Split(' ');
            string? best = null;
            long bestPosition = long.MinValue;
            foreach ((Dictionary<string, List<string>> index, string word, bool suffix) in new[]
            {
                (_byLastWord, words[words.Length - 1], true),
                (_byFirstWord, words[0], false),
            })
            {
                if (!index.TryGetValue(word, out List<string>? candidates))
                {
                    continue;
                }

                foreach (string full in candidates)
                {
                    string fullKey = TextRules.Key(full);
                    bool matches = suffix
                        ? fullKey.EndsWith(" " + key, StringComparison.Ordinal) || fullKey.IndexOf(" " + key + " ", StringComparison.Ordinal) >= 0
                        : fullKey.StartsWith(key + " ", StringComparison.Ordinal);
                    if (!matches)
                    {
                        continue;
                    }

                    long last = LastMention(full, position);
                    if (best is null || last > bestPosition)
                    {
                        best = full;
                        bestPosition = last;
                    }
                }
            }

            return best ?? name;
        }

        private long LastMention(string fullName, long before)
        {
            if (!_mentionsByName.TryGetValue(fullName, out List<long>? positions))
            {
                return long.MinValue + 1;
            }

            int at = positions.BinarySearch(before);
            int index = (at >= 0 ? at : ~at) - 1;
            return index >= 0 ? positions[index] : long.MinValue + 1;
        }

        private static string? LastBefore(List<(long Position, string FullName)> mentions, long position)
        {
            int found = LastIndexBefore(mentions, position);
            return found >= 0 ? mentions[found].FullName : null;
        }

        // Index of the last mention before the position, or -1.
        private static int LastIndexBefore(List<(long Position, string FullName)> mentions, long position)
        {
            int low = 0;
            int high = mentions.Count - 1;
            int found = -1;
            while (low <= high)
            {
                int middle = low + ((high - low) / 2);
                if (mentions[middle].Position < position)
                {
                    found = middle;
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return found;
        }

        private static void Index<T>(Dictionary<string, List<T>> index, string key, T value)
        {
            if (!index.TryGetValue(key, out List<T>? list))
            {
                list = new List<T>();
                index[key] = list;
            }

            list.Add(value);
        }
    }
}
