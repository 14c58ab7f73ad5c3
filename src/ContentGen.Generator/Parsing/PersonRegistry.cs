using System;
using System.Collections.Generic;

namespace ContentGen.Generator.Parsing
{
    /// <summary>
    /// The people an article names, in reading order, so a short name ("ông Khải") or a bare honorific ("ông nói")
    /// resolves to the full name met in the article ("Trần Văn Khải").
    /// </summary>
    internal sealed class PersonRegistry
    {
        private readonly List<(long Position, string? Honorific, string FullName)> _mentions = new();
        private readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal);
        private readonly List<string> _fullNames = new();

        /// <summary>Lower-case NFC keys of the full names, for case-slip matching.</summary>
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        /// <summary>Reading position of an offset in a block (the title is block 0).</summary>
        public static long Position(int block, int offset) => ((long)block << 32) | (uint)offset;

        /// <summary>Reads the mentions of two passes: full names first, then short names and their positions.</summary>
        public static PersonRegistry Build(IReadOnlyList<Paragraph> blocks)
        {
            var registry = new PersonRegistry();
            foreach (Paragraph block in blocks)
            {
                foreach (PersonMention mention in PersonFinder.Find(block.Text, 0, block.Text.Length))
                {
                    if (mention.Name is { } name && name.IndexOf(' ') > 0)
                    {
                        registry.AddFullName(name);
                    }
                }
            }

            for (int b = 0; b < blocks.Count; b++)
            {
                string text = blocks[b].Text;
                foreach (PersonMention mention in PersonFinder.Find(text, 0, text.Length, registry.Keys))
                {
                    if (mention.Name is { } name && registry.Resolve(name, Position(b, mention.Start)) is { } full)
                    {
                        registry._mentions.Add((Position(b, mention.Start), mention.Honorific, full));
                    }
                }
            }

            return registry;
        }

        private void AddFullName(string name)
        {
            string key = TextRules.Key(name);
            if (Keys.Add(key))
            {
                _canonical[key] = name;
                _fullNames.Add(name);
            }
        }

        /// <summary>The full name a mention stands for, or null for a bare honorific nobody was introduced with.</summary>
        public string? Resolve(PersonMention mention, long position) =>
            mention.Name is { } name ? Resolve(name, position) : ResolvePronoun(mention.Honorific, position);

        private string Resolve(string name, long position)
        {
            string key = TextRules.Key(name);
            if (_canonical.TryGetValue(key, out string? canonical))
            {
                return canonical;
            }

            // A short name is the end of a full name ("Khải" → "Trần Văn Khải"); a truncated one its start.
            string? best = null;
            long bestPosition = long.MinValue;
            foreach (string full in _fullNames)
            {
                string fullKey = TextRules.Key(full);
                if (fullKey.EndsWith(" " + key, StringComparison.Ordinal) || fullKey.StartsWith(key + " ", StringComparison.Ordinal))
                {
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
            long last = long.MinValue + 1;
            foreach ((long p, string? _, string full) in _mentions)
            {
                if (p < before && full == fullName)
                {
                    last = p;
                }
            }

            return last;
        }

        private string? ResolvePronoun(string? honorific, long position)
        {
            string? sameHonorific = null;
            string? anyone = null;
            foreach ((long p, string? h, string full) in _mentions)
            {
                if (p >= position)
                {
                    break;
                }

                anyone = full;
                if (h is not null && h == honorific)
                {
                    sameHonorific = full;
                }
            }

            return sameHonorific ?? anyone;
        }
    }
}
