using System;
using System.ComponentModel;

namespace ContentGen.Runtime
{
    /// <summary>
    /// Builds an <see cref="Article"/> from the compact form that generated code carries. Called by generated code
    /// only; the form belongs to the generator of the same package version and may change between versions.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class ArticleData
    {
        /// <summary>Reads an article from its text and data strings (see the generator's <c>ArticleDataFormat</c>).</summary>
        /// <exception cref="FormatException">The strings were not written by this version of ContentGen's generator.</exception>
        public static Article Decode(string text, string data)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            if (data is null)
            {
                throw new ArgumentNullException(nameof(data));
            }

            var reader = new Reader(text, data);
            uint version = reader.Number();
            if (version != ArticleDataFormat.Version)
            {
                throw new FormatException(
                    "This article was generated for data format " + version.ToString(System.Globalization.CultureInfo.InvariantCulture) +
                    "; this ContentGen reads format " + ArticleDataFormat.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) +
                    ". Use the same ContentGen package version for the generator and the runtime.");
            }

            string id = reader.String();
            string slug = reader.String();
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
                sections[i] = new Section(i, kind, reader.String(), reader.Int());
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

            if (!reader.AtEnd)
            {
                throw Reader.Malformed();
            }

            return new Article(id, slug, path, title, outlet, dateline, sections, quotes, metrics);
        }

        private struct Reader
        {
            private readonly string _text;
            private readonly string _data;
            private int _at;

            public Reader(string text, string data)
            {
                _text = text;
                _data = data;
                _at = 0;
            }

            public bool AtEnd => _at == _data.Length;

            public static FormatException Malformed() => new FormatException("The article data is malformed.");

            public uint Number()
            {
                uint value = 0;
                for (int shift = 0; shift < 35; shift += ArticleDataFormat.GroupBits)
                {
                    if (_at >= _data.Length)
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

            public int Count()
            {
                uint count = Number();
                if (count > (uint)(_data.Length - _at))
                {
                    throw Malformed();
                }

                return (int)count;
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
