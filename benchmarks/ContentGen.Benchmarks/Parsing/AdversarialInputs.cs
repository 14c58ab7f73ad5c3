using System.Globalization;
using System.Text;

namespace ContentGen.Benchmarks.Parsing
{
    /// <summary>
    /// Inputs shaped like the hostile corpus of the driver tests (a very long line, runs of quote marks), with the size
    /// as a parameter so a benchmark can double it and see whether the time doubles too. Deterministic.
    /// </summary>
    public static class AdversarialInputs
    {
        private static readonly string[] Marks = { "\u201C", "\u201D", "\"", "\u00AB", "\u00BB" };

        private static readonly string[] Words =
        {
            "ông Trần Văn Khải nói", "đạt 5% kế hoạch", "bà Lê Thị Hoa cho biết:", "tăng 3,5 tỷ đồng", "và", "theo đồng chí Phạm Quang Nghị,",
            "sản lượng 2,5 triệu tấn", "a", "chị Võ Thu Hà chia sẻ", "1.200 ha",
        };

        /// <summary>
        /// A title, then one paragraph on a single line of at least <paramref name="utf8Bytes"/> UTF-8 bytes (whole file):
        /// sentences with speakers and honorifics, quotes of each kind and metrics, never a line break.
        /// </summary>
        public static string LongLine(int utf8Bytes)
        {
            var text = new StringBuilder(utf8Bytes);
            text.Append("Một dòng rất dài\n\n");
            int bytes = Encoding.UTF8.GetByteCount(text.ToString());
            for (int i = 0; bytes < utf8Bytes; i++)
            {
                string sentence = "Ông Trần Văn Khải cho biết: \u201CDoanh thu đạt " + (100 + (i % 900)).ToString(CultureInfo.InvariantCulture)
                    + " tỷ đồng, tăng " + (i % 20).ToString(CultureInfo.InvariantCulture) + ",5% so với cùng kỳ\u201D. Bà Lê Thị Hoa nói sản lượng đạt "
                    + (i % 50).ToString(CultureInfo.InvariantCulture) + ",5 triệu tấn, \"vượt kế hoạch " + (i % 30).ToString(CultureInfo.InvariantCulture)
                    + "%\" theo đồng chí Phạm Quang Nghị - Bí thư, còn anh Võ Thanh Hùng gọi đó là \u00ABmùa vàng\u00BB. ";
                text.Append(sentence);
                bytes += Encoding.UTF8.GetByteCount(sentence);
            }

            return text.ToString();
        }

        /// <summary>
        /// A title, then one paragraph with <paramref name="quoteMarks"/> quote marks drawn from “ ” " « » in a pseudo-random
        /// order, glued to words or spaced, so they open, close and nest without ever pairing up cleanly.
        /// </summary>
        public static string QuoteMarks(int quoteMarks)
        {
            var text = new StringBuilder(quoteMarks * 16);
            text.Append("Dấu ngoặc không khớp\n\n");
            uint state = 2463534242;
            for (int i = 0; i < quoteMarks; i++)
            {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                string mark = Marks[state % (uint)Marks.Length];
                string word = Words[(state >> 8) % (uint)Words.Length];
                switch ((state >> 16) % 4)
                {
                    case 0:
                        text.Append(' ').Append(mark).Append(word);
                        break;
                    case 1:
                        text.Append(' ').Append(word).Append(mark);
                        break;
                    case 2:
                        text.Append(' ').Append(word).Append(' ').Append(mark);
                        break;
                    default:
                        text.Append(mark).Append(' ').Append(word).Append('.');
                        break;
                }
            }

            text.Append('\n');
            return text.ToString();
        }
    }
}
