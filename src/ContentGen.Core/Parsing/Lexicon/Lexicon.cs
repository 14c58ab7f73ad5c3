using System;
using System.Collections.Generic;
using System.IO;

namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// The parser's word lists (honorifics, surnames, verbs of saying, units, …), read once from the embedded
    /// <c>Lexicon.txt</c>: what is data stays data, in one file with one format, rather than literals spread through
    /// the rules. Every rule asks for its lists by the names in <see cref="LexiconLists"/>.
    /// </summary>
    internal sealed class Lexicon
    {
        /// <summary>Manifest name of the embedded lexicon file.</summary>
        public const string ResourceName = "ContentGen.Core.Parsing.Lexicon.txt";

        private const string OverlapsList = "overlaps";

        private static readonly Lazy<Lexicon> DefaultLexicon = new(LoadEmbedded);

        private const string ExactCaseDirective = "@exact-case";

        private readonly Dictionary<string, string[]> _lists;
        private readonly HashSet<string> _exactCase;

        private Lexicon(Dictionary<string, string[]> lists, HashSet<string> exactCase, IReadOnlyList<LexiconOverlap> overlaps)
        {
            _lists = lists;
            _exactCase = exactCase;
            Overlaps = overlaps;
        }

        /// <summary>The lexicon shipped in the generator assembly, read on first use and shared after.</summary>
        public static Lexicon Default => DefaultLexicon.Value;

        /// <summary>Names of the lists, in file order.</summary>
        public IEnumerable<string> Names => _lists.Keys;

        /// <summary>The overlaps the file declares: entries two lists may share.</summary>
        public IReadOnlyList<LexiconOverlap> Overlaps { get; }

        /// <summary>The entries of a list, in file order.</summary>
        /// <exception cref="KeyNotFoundException">The lexicon has no such list (a defect of the parser, caught by its tests).</exception>
        public IReadOnlyList<string> this[string name] =>
            _lists.TryGetValue(name, out string[]? entries) ? entries : throw new KeyNotFoundException($"The lexicon has no list '{name}'.");

        /// <summary>
        /// Whether the list is matched as written (<c>@exact-case</c>: surnames, units, acronyms), rather than ignoring
        /// case.
        /// </summary>
        public bool IsExactCase(string name) => _exactCase.Contains(name);

        /// <summary>Reads a lexicon from its text form (see the header of <c>Lexicon.txt</c>).</summary>
        /// <exception cref="FormatException">An entry stands before any list, a list is named twice, or an overlap line is malformed.</exception>
        public static Lexicon Parse(string text)
        {
            var lists = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var order = new List<string>();
            var overlaps = new List<LexiconOverlap>();
            var exactCase = new HashSet<string>(StringComparer.Ordinal);
            List<string>? current = null;
            string? currentName = null;
            using var reader = new StringReader(text);
            int lineNumber = 0;
            for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
            {
                lineNumber++;
                string trimmed = line.Trim();
                if (trimmed.Length == 0 || trimmed[0] == '#')
                {
                    continue;
                }

                if (trimmed[0] == '[' && trimmed[trimmed.Length - 1] == ']')
                {
                    Close(lists, currentName, current);
                    currentName = trimmed.Substring(1, trimmed.Length - 2);
                    if (lists.ContainsKey(currentName) || order.Contains(currentName))
                    {
                        throw new FormatException($"Line {lineNumber}: the list '{currentName}' is named twice.");
                    }

                    order.Add(currentName);
                    current = new List<string>();
                    continue;
                }

                if (currentName is null || current is null)
                {
                    throw new FormatException($"Line {lineNumber}: an entry before any list.");
                }

                if (trimmed == ExactCaseDirective)
                {
                    exactCase.Add(currentName);
                }
                else if (currentName == OverlapsList)
                {
                    overlaps.Add(ParseOverlap(trimmed, lineNumber));
                }
                else
                {
                    current.Add(line);
                }
            }

            Close(lists, currentName, current);
            lists.Remove(OverlapsList);
            return new Lexicon(lists, exactCase, overlaps);
        }

        private static void Close(Dictionary<string, string[]> lists, string? name, List<string>? entries)
        {
            if (name is not null && entries is not null)
            {
                lists[name] = entries.ToArray();
            }
        }

        // "speech-verbs & speaking-nouns: kết luận | thông báo"
        private static LexiconOverlap ParseOverlap(string line, int lineNumber)
        {
            int colon = line.IndexOf(':');
            int ampersand = line.IndexOf('&');
            if (colon < 0 || ampersand < 0 || ampersand > colon)
            {
                throw new FormatException($"Line {lineNumber}: an overlap is written 'list-a & list-b: entry | entry'.");
            }

            string first = line.Substring(0, ampersand).Trim();
            string second = line.Substring(ampersand + 1, colon - ampersand - 1).Trim();
            var entries = new List<string>();
            foreach (string entry in line.Substring(colon + 1).Split('|'))
            {
                if (entry.Trim().Length > 0)
                {
                    entries.Add(entry.Trim());
                }
            }

            return new LexiconOverlap(first, second, entries);
        }

        private static Lexicon LoadEmbedded()
        {
            using Stream stream = typeof(Lexicon).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException($"The resource '{ResourceName}' is missing from the generator assembly.");
            using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
            return Parse(reader.ReadToEnd());
        }
    }
}
