using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace ContentGen.Benchmarks
{
    /// <summary>Synthetic Vietnamese news articles (about 5 KB each) for scale builds and benchmarks; deterministic in the index.</summary>
    public static class SyntheticCorpus
    {
        private static readonly string[] People = { "Trần Văn Khải", "Lê Thị Hoa", "Nguyễn Minh Đức", "Phạm Thu Hà", "Võ Thanh Hùng" };

        /// <summary>The file name of article <paramref name="index"/>.</summary>
        public static string FileName(int index) => "ban-tin-" + index.ToString("D5", CultureInfo.InvariantCulture) + ".txt";

        /// <summary>The text of article <paramref name="index"/>.</summary>
        public static string Article(int index)
        {
            int i = index;
            var text = new StringBuilder();
            text.Append("Bản tin số ").Append(i.ToString(CultureInfo.InvariantCulture)).Append(": kinh tế địa phương tăng trưởng\n\n");
            text.Append("TTO - Sáng nay (").Append((1 + (i % 28)).ToString(CultureInfo.InvariantCulture)).Append('-')
                .Append((1 + (i % 12)).ToString(CultureInfo.InvariantCulture)).Append("), tỉnh tổ chức hội nghị tổng kết tình hình kinh tế - xã hội.\n\n");
            for (int p = 0; p < 12; p++)
            {
                string person = People[(i + p) % People.Length];
                text.Append("Doanh thu ngành ").Append(p.ToString(CultureInfo.InvariantCulture)).Append(" đạt ")
                    .Append((100 + ((i * 7 + p) % 900)).ToString(CultureInfo.InvariantCulture)).Append(" tỷ đồng, tăng ")
                    .Append(((i + p) % 20).ToString(CultureInfo.InvariantCulture)).Append(",5% so với cùng kỳ. ")
                    .Append("Ông ").Append(person).Append(" cho biết: \"Chúng tôi sẽ tiếp tục đầu tư vào hạ tầng và nguồn nhân lực trong năm tới để giữ đà tăng trưởng bền vững\". ")
                    .Append("Diện tích gieo trồng đạt ").Append((1000 + p).ToString(CultureInfo.InvariantCulture)).Append(" ha, sản lượng ước đạt 2,5 triệu tấn.\n\n");
            }

            text.Append("Hải Nam\n");
            return text.ToString();
        }

        /// <summary>Writes <paramref name="count"/> articles into <paramref name="folder"/> as UTF-8 without BOM.</summary>
        public static void Write(string folder, int count)
        {
            Directory.CreateDirectory(folder);
            var utf8 = new UTF8Encoding(false);
            for (int i = 0; i < count; i++)
            {
                File.WriteAllText(Path.Combine(folder, FileName(i)), Article(i), utf8);
            }
        }

        internal static int WriteCommand(string[] args)
        {
            if (args.Length != 3 || !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out int count))
            {
                Console.Error.WriteLine("usage: corpus <folder> <count>");
                return 2;
            }

            Write(args[1], count);
            Console.WriteLine(count.ToString(CultureInfo.InvariantCulture) + " articles written to " + args[1]);
            return 0;
        }
    }
}
