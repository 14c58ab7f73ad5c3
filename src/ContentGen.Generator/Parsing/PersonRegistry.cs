using System;
using System.Collections.Generic;

namespace ContentGen.Generator.Parsing
{
    /// <summary>
    /// The people an article names, in reading order, so a short name ("ông Khải") or a bare honorific ("ông nói")
    /// resolves to the full name met in the article ("Trần Văn Khải"). Look-ups are indexed so an article with
    /// thousands of names and quotes stays linear.
    /// </summary>
    internal sealed class PersonRegistry
    {
        private readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal);

        // Full names by the lower-case key of their last word and of their first word.
        private readonly Dictionary<string, List<string>> _byLastWord = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _byFirstWord = new(StringComparer.Ordinal);

        // Mentions in reading order: all of them, by honorific, and by full name.
        private readonly List<(long Position, string FullName)> _mentions = new();
        private readonly Dictionary<string, List<(long Position, string FullName)>> _mentionsByHonorific = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<long>> _mentionsByName = new(StringComparer.Ordinal);

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
            var registry = new PersonRegistry();
            for (int b = 0; b < blocks.Count; b++)
            {
                if (!namesPeople[b])
                {
                    continue;
                }

                Paragraph block = blocks[b];
                foreach (PersonMention mention in PersonFinder.Find(block.Text, 0, block.Text.Length, registry.Words))
                {
                    if (mention.Name is { } name && name.IndexOf(' ') > 0)
                    {
                        registry.AddFullName(name);
                    }
                }
            }

            for (int b = 0; b < blocks.Count; b++)
            {
                if (!namesPeople[b])
                {
                    continue;
                }

                string text = blocks[b].Text;
                foreach (PersonMention mention in PersonFinder.Find(text, 0, text.Length, registry.Words, registry.Keys))
                {
                    long position = Position(b, mention.Start);
                    if (mention.Name is { } name && registry.Resolve(name, position) is { } full)
                    {
                        registry.AddMention(position, mention.Honorific, full);
                    }
                }
            }

            return registry;
        }

        /// <summary>The full name a mention stands for, or null for a bare honorific nobody was introduced with.</summary>
        public string? Resolve(PersonMention mention, long position) =>
            mention.Name is { } name ? Resolve(name, position) : ResolvePronoun(mention.Honorific, position);

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
        }

        private void AddMention(long position, string? honorific, string fullName)
        {
            _mentions.Add((position, fullName));
            if (honorific is not null)
            {
                Index(_mentionsByHonorific, honorific, (position, fullName));
            }

            Index(_mentionsByName, fullName, position);
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
                        ? fullKey.EndsWith(" " + key, StringComparison.Ordinal)
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

        private string? ResolvePronoun(string? honorific, long position)
        {
            if (honorific is not null && _mentionsByHonorific.TryGetValue(honorific, out List<(long Position, string FullName)>? same)
                && LastBefore(same, position) is { } sameHonorific)
            {
                return sameHonorific;
            }

            // A bare "ông" or "bà" may stand for whoever was named last; a bare profession ("bác sĩ") only for
            // someone introduced with it.
            return PersonFinder.IsPronoun(honorific) ? LastBefore(_mentions, position) : null;
        }

        private static string? LastBefore(List<(long Position, string FullName)> mentions, long position)
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

            return found >= 0 ? mentions[found].FullName : null;
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
