using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;
using System.Threading;

namespace ContentGen.Runtime
{
    /// <summary>
    /// The articles of one project, read from the compact table that generated code carries (see the generator's
    /// <c>ArticleDataFormat</c>). Called by generated code only; the form belongs to the generator of the same package
    /// version and may change between versions.
    /// </summary>
    /// <remarks>
    /// Creating the table reads only each article's id and slug; an article is built the first time it is read, once,
    /// also when several threads read it at the same time. An article whose text was embedded as a resource reads the
    /// resource then and checks it is the text the generator read.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class ArticleTable : IReadOnlyList<Article>, IList<Article>
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

        private readonly Assembly? _assembly;
        private readonly string[] _chunks;
        private readonly int[] _chunk;
        private readonly int[] _body;
        private readonly int[] _bodyEnd;
        private readonly string[] _ids;
        private readonly string[] _slugs;
        private readonly Article?[] _articles;
        private Dictionary<string, int>? _keys;

        /// <summary>Reads the entries of the table.</summary>
        /// <param name="assembly">The assembly whose resources hold the embedded article files.</param>
        /// <param name="chunks">The table, as the generator wrote it.</param>
        /// <exception cref="FormatException">The chunks were not written by this version of ContentGen's generator.</exception>
        public ArticleTable(Assembly? assembly, params string[] chunks)
        {
            _assembly = assembly;
            _chunks = chunks ?? throw new ArgumentNullException(nameof(chunks));
            var chunkOf = new List<int>();
            var body = new List<int>();
            var bodyEnd = new List<int>();
            var ids = new List<string>();
            var slugs = new List<string>();
            for (int c = 0; c < chunks.Length; c++)
            {
                string chunk = chunks[c] ?? throw new ArgumentNullException(nameof(chunks));
                var reader = new Reader(chunk, 0, chunk.Length, string.Empty);
                uint version = reader.Number();
                if (version != ArticleDataFormat.Version)
                {
                    throw new FormatException(
                        "These articles were generated for data format " + version.ToString(CultureInfo.InvariantCulture) +
                        "; this ContentGen reads format " + ArticleDataFormat.Version.ToString(CultureInfo.InvariantCulture) +
                        ". Use the same ContentGen package version for the generator and the runtime.");
                }

                while (!reader.AtEnd)
                {
                    ids.Add(reader.Raw());
                    slugs.Add(reader.Raw());
                    int length = reader.Length();
                    chunkOf.Add(c);
                    body.Add(reader.Position);
                    bodyEnd.Add(reader.Position + length);
                    reader.Skip(length);
                }
            }

            _chunk = chunkOf.ToArray();
            _body = body.ToArray();
            _bodyEnd = bodyEnd.ToArray();
            _ids = ids.ToArray();
            _slugs = slugs.ToArray();
            _articles = new Article?[_ids.Length];
        }

        /// <summary>The number of articles.</summary>
        public int Count => _articles.Length;

        bool ICollection<Article>.IsReadOnly => true;

        /// <summary>The article at <paramref name="index"/>, in path order.</summary>
        /// <exception cref="InvalidOperationException">The article's embedded file is missing or is not the file the generator read.</exception>
        public Article this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_articles.Length)
                {
                    throw new ArgumentOutOfRangeException(nameof(index));
                }

                Article? article = Volatile.Read(ref _articles[index]);
                if (article is null)
                {
                    Article read = Read(index);
                    article = Interlocked.CompareExchange(ref _articles[index], read, null) ?? read;
                }

                return article;
            }
        }

        Article IList<Article>.this[int index]
        {
            get => this[index];
            set => throw ReadOnly();
        }

        /// <summary>The article with this slug or id (the first by path when several share it), or null.</summary>
        public Article? Find(string slugOrId)
        {
            if (slugOrId is null)
            {
                return null;
            }

            Dictionary<string, int> keys = Volatile.Read(ref _keys) ?? Keys();
            return keys.TryGetValue(slugOrId, out int index) ? this[index] : null;
        }

        /// <inheritdoc/>
        public IEnumerator<Article> GetEnumerator()
        {
            for (int i = 0; i < _articles.Length; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>The position of <paramref name="item"/>, or -1.</summary>
        public int IndexOf(Article item)
        {
            for (int i = 0; i < _articles.Length; i++)
            {
                if (Equals(this[i], item))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Whether <paramref name="item"/> is one of the articles.</summary>
        public bool Contains(Article item) => IndexOf(item) >= 0;

        /// <summary>Copies the articles into <paramref name="array"/> from <paramref name="arrayIndex"/> on.</summary>
        public void CopyTo(Article[] array, int arrayIndex)
        {
            if (array is null)
            {
                throw new ArgumentNullException(nameof(array));
            }

            if (arrayIndex < 0 || arrayIndex > array.Length - _articles.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(arrayIndex));
            }

            for (int i = 0; i < _articles.Length; i++)
            {
                array[arrayIndex + i] = this[i];
            }
        }

        void IList<Article>.Insert(int index, Article item) => throw ReadOnly();

        void IList<Article>.RemoveAt(int index) => throw ReadOnly();

        void ICollection<Article>.Add(Article item) => throw ReadOnly();

        void ICollection<Article>.Clear() => throw ReadOnly();

        bool ICollection<Article>.Remove(Article item) => throw ReadOnly();

        private static NotSupportedException ReadOnly() => new NotSupportedException("The articles are read-only.");

        private Dictionary<string, int> Keys()
        {
            var keys = new Dictionary<string, int>(_ids.Length * 2, StringComparer.Ordinal);
            for (int i = 0; i < _ids.Length; i++)
            {
                if (!keys.ContainsKey(_slugs[i]))
                {
                    keys.Add(_slugs[i], i);
                }

                if (!keys.ContainsKey(_ids[i]))
                {
                    keys.Add(_ids[i], i);
                }
            }

            return Interlocked.CompareExchange(ref _keys, keys, null) ?? keys;
        }

        private Article Read(int index)
        {
            string chunk = _chunks[_chunk[index]];
            var header = new Reader(chunk, _body[index], _bodyEnd[index], string.Empty);
            uint source = header.Number();
            string? file = null;
            string? resource = null;
            if (source == ArticleDataFormat.ResourceText)
            {
                resource = header.Raw();
                uint length = header.Number();
                uint hash = header.Number();
                file = Embedded(resource, length, hash);
            }
            else if (source != ArticleDataFormat.InlineText)
            {
                throw Reader.Malformed();
            }

            string pool = header.Raw();
            string text = file is null ? pool : file + pool;
            var reader = new Reader(chunk, header.Position, _bodyEnd[index], text);

            string path = reader.String();
            string title = reader.String();
            string? outlet = reader.NullableString();
            Dateline? dateline = reader.Number() == 0
                ? null
                : new Dateline(reader.String(), reader.NullableInt(), reader.NullableInt(), reader.NullableInt());

            var sections = new Section[reader.Count()];
            for (int i = 0; i < sections.Length; i++)
            {
                var kind = (SectionKind)reader.Int();
                sections[i] = new Section(i, kind, reader.String(), reader.Int()) { ImageUrl = reader.NullableString() };
            }

            var quotes = new Quote[reader.Count()];
            for (int i = 0; i < quotes.Length; i++)
            {
                string quote = reader.String();
                var kind = (QuoteKind)reader.Int();
                quotes[i] = new Quote(quote, kind, reader.NullableString(), reader.Int(), reader.Int());
            }

            var metrics = new Metric[reader.Count()];
            for (int i = 0; i < metrics.Length; i++)
            {
                string metric = reader.String();
                decimal value = reader.Decimal();
                decimal? maxValue = reader.Number() == 0 ? null : reader.Decimal();
                var kind = (MetricKind)reader.Int();
                string unit = reader.String();
                metrics[i] = new Metric(metric, value, maxValue, kind, unit, reader.NullableString(), reader.Int(), reader.Int());
            }

            DateTimeOffset? publishedAt = null;
            if (reader.Number() != 0)
            {
                ulong high = reader.Number();
                long utcTicks = (long)((high << 32) | reader.Number());
                int offsetMinutes = reader.Int();
                DateTime utc = utcTicks >= DateTime.MinValue.Ticks && utcTicks <= DateTime.MaxValue.Ticks ? new DateTime(utcTicks, DateTimeKind.Utc) : throw Reader.Malformed();
                TimeSpan offset = offsetMinutes is >= -14 * 60 and <= 14 * 60 ? TimeSpan.FromMinutes(offsetMinutes) : throw Reader.Malformed();
                long local = utcTicks + offset.Ticks;
                publishedAt = local >= DateTime.MinValue.Ticks && local <= DateTime.MaxValue.Ticks
                    ? new DateTimeOffset(utc).ToOffset(offset)
                    : throw Reader.Malformed();
            }

            string[] authors = Strings(ref reader);
            string[] tags = Strings(ref reader);
            string? category = reader.NullableString();
            string? summary = reader.NullableString();
            int count = reader.Count();
            var metadata = new Dictionary<string, string>(count, StringComparer.Ordinal);
            for (int i = 0; i < count; i++)
            {
                string key = reader.String();
                metadata[key] = reader.String();
            }

            if (!reader.AtEnd)
            {
                throw Reader.Malformed();
            }

            return new Article(_ids[index], _slugs[index], path, title, outlet, dateline, sections, quotes, metrics)
            {
                PublishedAt = publishedAt,
                Authors = authors,
                Tags = tags,
                Category = category,
                Summary = summary,
                Metadata = metadata,
            };
        }

        private static string[] Strings(ref Reader reader)
        {
            var strings = new string[reader.Count()];
            for (int i = 0; i < strings.Length; i++)
            {
                strings[i] = reader.String();
            }

            return strings;
        }

        // The article's file as the build embedded it, decoded as the compiler decoded it for the generator (UTF-8, a
        // byte order mark skipped); the generator chose this form only for files that decode that way.
        private string Embedded(string resource, uint length, uint hash)
        {
            using Stream? stream = _assembly?.GetManifestResourceStream(resource);
            if (stream is null)
            {
                throw new InvalidOperationException(
                    "ContentGen: the article file '" + resource + "' is not embedded in " + (_assembly?.GetName().Name ?? "the assembly") +
                    ". The ContentGen package's build targets embed every article; build the project with them.");
            }

            byte[] bytes = ReadAll(stream);
            int skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            string text = Utf8.GetString(bytes, skip, bytes.Length - skip);
            if ((uint)text.Length != length || ArticleDataFormat.Hash(text) != hash)
            {
                throw new InvalidOperationException(
                    "ContentGen: the embedded article file '" + resource + "' is not the file the code was generated from. Rebuild the project.");
            }

            return text;
        }

        private static byte[] ReadAll(Stream stream)
        {
            if (stream.CanSeek)
            {
                var bytes = new byte[stream.Length];
                int read = 0;
                while (read < bytes.Length)
                {
                    int n = stream.Read(bytes, read, bytes.Length - read);
                    if (n == 0)
                    {
                        break;
                    }

                    read += n;
                }

                return bytes;
            }

            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }

        private struct Reader
        {
            private readonly string _text;
            private readonly string _data;
            private readonly int _end;
            private int _at;

            public Reader(string data, int start, int end, string text)
            {
                _data = data;
                _at = start;
                _end = end;
                _text = text;
            }

            public readonly bool AtEnd => _at == _end;

            public readonly int Position => _at;

            public static FormatException Malformed() => new FormatException("The article data is malformed.");

            public uint Number()
            {
                uint value = 0;
                for (int shift = 0; shift < 35; shift += ArticleDataFormat.GroupBits)
                {
                    if (_at >= _end)
                    {
                        break;
                    }

                    int c = _data[_at++] - ArticleDataFormat.LastGroup;
                    if (c < 0 || c >= 2 << ArticleDataFormat.GroupBits)
                    {
                        break;
                    }

                    value |= ((uint)c & ArticleDataFormat.GroupMask) << shift;
                    if (c >> ArticleDataFormat.GroupBits == 0)
                    {
                        return value;
                    }
                }

                throw Malformed();
            }

            public int Int()
            {
                uint zigzag = Number();
                return (int)(zigzag >> 1) ^ -(int)(zigzag & 1);
            }

            // A length or count: no more than what is left to read.
            public int Length()
            {
                uint length = Number();
                if (length > (uint)(_end - _at))
                {
                    throw Malformed();
                }

                return (int)length;
            }

            public int Count() => Length();

            public void Skip(int length) => _at += length;

            public string Raw()
            {
                int length = Length();
                string value = _data.Substring(_at, length);
                _at += length;
                return value;
            }

            public int? NullableInt()
            {
                uint value = Number();
                if (value == 0)
                {
                    return null;
                }

                value--;
                return (int)(value >> 1) ^ -(int)(value & 1);
            }

            public string String() => NullableString() ?? throw Malformed();

            public string? NullableString()
            {
                uint length = Number();
                if (length == 0)
                {
                    return null;
                }

                length--;
                uint offset = Number();
                if (offset > (uint)_text.Length || length > (uint)_text.Length - offset)
                {
                    throw Malformed();
                }

                return _text.Substring((int)offset, (int)length);
            }

            public decimal Decimal()
            {
                uint flags = Number();
                uint low = Number();
                uint middle = Number();
                uint high = Number();
                if (flags >> 1 > 28)
                {
                    throw Malformed();
                }

                return new decimal((int)low, (int)middle, (int)high, (flags & 1) != 0, (byte)(flags >> 1));
            }
        }
    }
}
