using System;
using System.Collections.Generic;
using System.Text;
using ContentGen.Core;
using ContentGen.Core.Model;
using ContentGen.Core.Parsing;

namespace ContentGen.Generator.Emitting
{
    /// <summary>
    /// The text of an article's compact form: either every section joined by line feeds, or the article's file itself
    /// (embedded beside the code, so the sections are slices of it); then each other string once, in a pool.
    /// A string is referred to by offset and length; quotes, metrics and labels found in their section point into it.
    /// </summary>
    /// <remarks>
    /// Lookups search forward from where the previous item of the same kind was found, within a bounded window, so a
    /// paragraph with thousands of quotes costs linear time; an item not found there is added to the pool instead.
    /// </remarks>
    internal sealed class ArticleStrings
    {
        // How far past the previous item of a kind the next one is looked for in its section.
        private const int SearchWindow = 8192;

        private readonly string _sections;
        private readonly bool _inFile;
        private readonly StringBuilder _pooled = new StringBuilder();
        private readonly Dictionary<string, int> _pool = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly int[] _sectionStarts;
        private readonly int[] _sectionLengths;

        public ArticleStrings(EquatableArray<SectionModel> sections)
        {
            _sectionStarts = new int[sections.Count];
            _sectionLengths = new int[sections.Count];
            var text = new StringBuilder();
            for (int i = 0; i < sections.Count; i++)
            {
                if (i > 0)
                {
                    text.Append('\n');
                }

                _sectionStarts[i] = text.Length;
                _sectionLengths[i] = sections[i].Text.Length;
                text.Append(sections[i].Text);
            }

            _sections = text.ToString();
        }

        private ArticleStrings(string file, int[] starts, int[] lengths)
        {
            _sections = file;
            _inFile = true;
            _sectionStarts = starts;
            _sectionLengths = lengths;
        }

        /// <summary>The strings of an article whose text is its file, or null when a section is not a slice of the file.</summary>
        public static ArticleStrings? InFile(EquatableArray<SectionModel> sections, string file)
        {
            var starts = new int[sections.Count];
            var lengths = new int[sections.Count];
            int from = 0;
            for (int i = 0; i < sections.Count; i++)
            {
                string text = sections[i].Text;
                int count = Math.Min(file.Length - from, SearchWindow + text.Length);
                int at = count < text.Length ? -1 : file.IndexOf(text, from, count, StringComparison.Ordinal);
                if (at < 0)
                {
                    return null;
                }

                starts[i] = at;
                lengths[i] = text.Length;
                from = at + text.Length;
            }

            return new ArticleStrings(file, starts, lengths);
        }

        /// <summary>The text to write with the article, once every string has been added: the pool, after the sections unless they are the file's.</summary>
        public string Written => _inFile ? _pooled.ToString() : _sections + _pooled.ToString();

        /// <summary>The reference of section <paramref name="index"/>.</summary>
        public (int Offset, int Length) Section(int index) => (_sectionStarts[index], _sectionLengths[index]);

        /// <summary>A string kept once in the pool (a title, a speaker, a unit).</summary>
        public (int Offset, int Length) Pooled(string value)
        {
            if (value.Length == 0)
            {
                return (0, 0);
            }

            if (!_pool.TryGetValue(value, out int offset))
            {
                offset = _sections.Length + _pooled.Length;
                _pooled.Append(value);
                _pool.Add(value, offset);
            }

            return (offset, value.Length);
        }

        /// <summary>
        /// A string that should be part of section <paramref name="sectionIndex"/>, looked for from where
        /// <paramref name="cursor"/> last found one in that section; the cursor moves to where it is found.
        /// </summary>
        public (int Offset, int Length) InSection(string value, int sectionIndex, Cursor cursor)
        {
            if (cursor.Section != sectionIndex)
            {
                cursor.Section = sectionIndex;
                cursor.At = 0;
            }

            if (value.Length > 0 && sectionIndex >= 0 && sectionIndex < _sectionStarts.Length)
            {
                int start = _sectionStarts[sectionIndex];
                int length = _sectionLengths[sectionIndex];
                int from = Math.Min(cursor.At, length);
                int count = Math.Min(length - from, SearchWindow + value.Length);
                int at = count < value.Length ? -1 : _sections.IndexOf(value, start + from, count, StringComparison.Ordinal);
                if (at >= 0)
                {
                    cursor.At = at - start;
                    return (at, value.Length);
                }
            }

            return Pooled(value);
        }

        /// <summary>Where the previous item of one kind (quotes, metrics, labels) was found.</summary>
        public sealed class Cursor
        {
            internal int Section { get; set; } = int.MinValue;

            internal int At { get; set; }
        }
    }
}
