using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace ContentGen.Benchmarks
{
    /// <summary>
    /// Synthetic Vietnamese news articles for scale builds and benchmarks, deterministic in their index: about 5 KB each,
    /// with as many metrics (about 12) and quotes (about 3) per article as the real articles the parser is measured on,
    /// written with the outlets, quote marks, attributions, headings, captions and bylines real articles use.
    /// </summary>
    public static class SyntheticCorpus
    {
        private static readonly string[] Outlets = { "TTO", "ANTĐ", "Dân trí", "VnExpress", "NLĐ", "Tiền Phong" };
        private static readonly string[] Places = { "Hà Nội", "Đà Nẵng", "Cần Thơ", "Bình Định", "Nghệ An", "Lâm Đồng", "Quảng Ninh" };
        private static readonly string[] People = { "Trần Văn Khải", "Lê Thị Hoa", "Nguyễn Minh Đức", "Phạm Thu Hà", "Võ Thanh Hùng", "Đặng Quốc Bảo" };
        private static readonly string[] Roles = { "Giám đốc Sở Tài chính", "Phó chủ tịch UBND tỉnh", "Chủ tịch Hiệp hội doanh nghiệp", "Trưởng phòng Kinh tế" };
        private static readonly string[] Subjects = { "Thu ngân sách", "Kim ngạch xuất khẩu", "Vốn đầu tư công", "Doanh thu du lịch", "Sản lượng lúa", "Tổng mức bán lẻ hàng hóa", "Chỉ số sản xuất công nghiệp", "Giá trị giải ngân" };

        private static readonly string[] Prose =
        {
            "Hội nghị đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội và bàn giải pháp cho những tháng cuối năm.",
            "Nhiều doanh nghiệp cho biết đơn hàng đã phục hồi rõ rệt sau thời gian dài khó khăn vì thiếu vốn và lao động.",
            "Các sở, ngành được yêu cầu rà soát thủ tục hành chính, tháo gỡ vướng mắc trong giải phóng mặt bằng cho các dự án trọng điểm.",
            "Theo báo cáo, công tác an sinh xã hội được bảo đảm, đời sống người dân từng bước được cải thiện.",
            "Tỉnh cũng chú trọng đào tạo nguồn nhân lực chất lượng cao, gắn với chuyển đổi số trong cơ quan nhà nước.",
            "Tuy vậy, tiến độ một số công trình giao thông còn chậm do thiếu vật liệu san lấp và thời tiết bất lợi.",
            "Lãnh đạo địa phương đề nghị các nhà đầu tư cam kết thời gian hoàn thành và chất lượng công trình.",
            "Ngành nông nghiệp tiếp tục chuyển đổi cơ cấu cây trồng, mở rộng vùng nguyên liệu đạt chuẩn xuất khẩu.",
            "Người dân phấn khởi khi hạ tầng nông thôn được đầu tư đồng bộ, giao thương thuận lợi hơn trước.",
            "Cơ quan thuế đẩy mạnh hóa đơn điện tử, kiểm tra chống thất thu đối với hoạt động kinh doanh trên nền tảng số.",
        };

        /// <summary>The file name of article <paramref name="index"/>.</summary>
        public static string FileName(int index) => "ban-tin-" + index.ToString("D5", CultureInfo.InvariantCulture) + ".txt";

        /// <summary>The text of article <paramref name="index"/>.</summary>
        public static string Article(int index)
        {
            var text = new StringBuilder(6000);
            string place = Pick(Places, index);
            text.Append(Pick(Subjects, index)).Append(" của ").Append(place).Append(" tăng mạnh trong quý ")
                .Append(Number(1 + (index % 4))).Append(" (bản tin ").Append(Number(index)).Append(")\n\n");
            text.Append(Pick(Outlets, index)).Append(" - Sáng ").Append(Number(1 + (index % 28))).Append('-').Append(Number(1 + (index % 12)))
                .Append(", UBND ").Append(place).Append(" tổ chức hội nghị sơ kết tình hình kinh tế - xã hội. ")
                .Append(Pick(Prose, index)).Append("\n\n");

            for (int p = 0; p < 10; p++)
            {
                int k = (index * 31) + (p * 7);
                if (p == 4)
                {
                    text.Append("Giải pháp cho những tháng cuối năm\n\n");
                }

                text.Append(Pick(Prose, k)).Append(' ');
                if (p % 3 != 2)
                {
                    Metric(text, k + p, index + p);
                }
                else
                {
                    text.Append(Pick(Prose, k + 3)).Append(' ');
                }

                if (p % 3 == 1)
                {
                    Quote(text, k + p, index + p);
                }

                text.Append(Pick(Prose, k + 5)).Append("\n\n");
                if (p == 2)
                {
                    text.Append("Quang cảnh hội nghị sáng ").Append(Number(1 + (index % 28))).Append('-').Append(Number(1 + (index % 12)))
                        .Append(". Ảnh: ").Append(Pick(People, k + 1)).Append("\n\n");
                }
            }

            text.Append(Pick(People, index + 2)).Append('\n');
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

        // One metric sentence, in one of the forms real articles use: money, percent with a comparison, a range, a measure.
        private static void Metric(StringBuilder text, int k, int form)
        {
            string subject = Pick(Subjects, form);
            switch (form % 4)
            {
                case 0:
                    text.Append(subject).Append(" ước đạt ").Append(Number(100 + (k % 900))).Append('.').Append(Number(100 + (k % 899)))
                        .Append(" tỷ đồng, tăng ").Append(Number(k % 20)).Append(",5% so với cùng kỳ. ");
                    break;
                case 1:
                    text.Append(subject).Append(" đạt ").Append(Number(80 + (k % 90))).Append("% kế hoạch năm. ");
                    break;
                case 2:
                    text.Append("Lãi suất cho vay phổ biến ở mức ").Append(Number(6 + (k % 3))).Append(",2-").Append(Number(8 + (k % 3)))
                        .Append(",5%/năm, vốn giải ngân khoảng ").Append(Number(12 + (k % 50))).Append(" triệu USD. ");
                    break;
                default:
                    text.Append("Diện tích gieo trồng đạt ").Append(Number(1000 + (k % 5000))).Append(" ha, sản lượng ước đạt ")
                        .Append(Number(1 + (k % 9))).Append(",").Append(Number(k % 10)).Append(" triệu tấn. ");
                    break;
            }
        }

        // One quote, attributed in one of the shapes real articles use.
        private static void Quote(StringBuilder text, int k, int form)
        {
            string person = Pick(People, k);
            string said = form % 2 == 0
                ? "Chúng tôi sẽ tiếp tục đầu tư vào hạ tầng và nguồn nhân lực để giữ đà tăng trưởng bền vững"
                : "Địa phương phải tháo gỡ ngay các điểm nghẽn, không để doanh nghiệp phải chờ đợi";
            switch (form % 3)
            {
                case 0:
                    text.Append("Ông ").Append(person).Append(", ").Append(Pick(Roles, k)).Append(", cho biết: \"").Append(said).Append("\". ");
                    break;
                case 1:
                    text.Append('“').Append(said).Append("”, ").Append(person).Append(" nói. ");
                    break;
                default:
                    text.Append(Pick(Roles, k)).Append(' ').Append(person).Append(" nhấn mạnh: “").Append(said).Append("”. ");
                    break;
            }
        }

        private static string Pick(string[] values, int k) => values[(int)((uint)k % (uint)values.Length)];

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
