using System.Text;

namespace ContentGen.Generator.Emitting
{
    /// <summary>Writes the data string of an article's compact form (see <see cref="ArticleDataFormat"/>).</summary>
    internal sealed class ArticleDataWriter
    {
        private readonly StringBuilder _data = new StringBuilder();

        public int Length => _data.Length;

        public override string ToString() => _data.ToString();

        /// <summary>A raw string: its length, then its characters.</summary>
        public void Raw(string value)
        {
            Number((uint)value.Length);
            _data.Append(value);
        }

        /// <summary>What another writer wrote, as it is.</summary>
        public void Append(ArticleDataWriter other) => _data.Append(other._data);

        public void Clear() => _data.Clear();

        public void Number(uint value)
        {
            while (value > ArticleDataFormat.GroupMask)
            {
                _data.Append((char)(ArticleDataFormat.MoreGroup + (value & ArticleDataFormat.GroupMask)));
                value >>= ArticleDataFormat.GroupBits;
            }

            _data.Append((char)(ArticleDataFormat.LastGroup + value));
        }

        public void Int(int value) => Number(ZigZag(value));

        public void NullableInt(int? value) => Number(value is int v ? ZigZag(v) + 1 : 0);

        public void String((int Offset, int Length) reference)
        {
            Number((uint)reference.Length + 1);
            Number((uint)reference.Offset);
        }

        public void Null() => Number(0);

        public void Decimal(decimal value)
        {
            int[] bits = decimal.GetBits(value);
            uint scale = ((uint)bits[3] >> 16) & 0xFF;
            uint sign = (uint)bits[3] >> 31;
            Number((scale << 1) | sign);
            Number((uint)bits[0]);
            Number((uint)bits[1]);
            Number((uint)bits[2]);
        }

        public void NullableDecimal(decimal? value)
        {
            if (value is decimal v)
            {
                Number(1);
                Decimal(v);
            }
            else
            {
                Null();
            }
        }

        private static uint ZigZag(int value) => (uint)((value << 1) ^ (value >> 31));
    }
}
