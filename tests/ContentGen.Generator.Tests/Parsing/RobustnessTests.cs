using System;
using System.Text;
using ContentGen.Core.Model;
using ContentGen.Core.Parsing;
using Xunit;

namespace ContentGen.Generator.Tests.Parsing
{
    /// <summary>The parser never throws, whatever the text: random mixes of the pieces its rules look for.</summary>
    public class RobustnessTests
    {
        private static readonly string[] Pieces =
        {
            "\"", "“", "”", "'", "‘", "’", "«", "»", "-", "–", "—", ":", ";", ",", ".", "...", "…", "!", "?", "(", ")", "%",
            " ", " ", " ", "\u00A0", "\n", "\n\n", "\r\n", "\r", "\u2028", "\t", "\uFEFF", "\u200B", "\uD800", "\uDC00",
            "ông", "bà", "Ông", "đồng chí", "TS.", "Trần", "Văn", "Khải", "Nguyễn", "Hà", "Nội", "nói", "cho biết", "Theo",
            "theo", "cho rằng", "đạt", "tăng", "là", "Thu", "phí", "Ảnh", "Ảnh:", "tỷ đồng", "triệu USD", "m2", "km/h", "ha",
            "0", "7", "12", "3,5", "790.800", "1.2.3", "0,2-0,7", "20-3", "21/5/2024", "Sáng nay", "(TTO)", "TTO", "do", "rằng",
            "e\u0301", "\u0301", "Đ", "đ", "🎉",
            "Đó là", "Đây là", "của", "Bộ trưởng", "Thắng", "bị cáo", "yêu cầu", "chuyên gia", "biển cảnh báo", "hưởng ứng",
            "9%-10%", "đồng phạm", "mét vuông", "gam", "Sáng sớm", "Chiều tối qua",
        };

        [Fact]
        public void Parse_never_throws_on_random_text()
        {
            var random = new Random(20261128);
            for (int n = 0; n < 3000; n++)
            {
                var builder = new StringBuilder();
                int length = random.Next(0, 120);
                for (int i = 0; i < length; i++)
                {
                    builder.Append(Pieces[random.Next(Pieces.Length)]);
                }

                string text = builder.ToString();
                Exception? error = Record.Exception(() => ArticleParser.Parse(text));
                Assert.True(error is null, $"input {n}: {Escape(text)}\n{error}");
            }
        }

        [Fact]
        public void Parse_handles_a_huge_paragraph_without_punctuation()
        {
            string paragraph = string.Concat(System.Linq.Enumerable.Repeat("ông Trần Văn Khải nói \"đạt 5% ", 5000));

            ParsedArticle? article = ArticleParser.Parse("Tiêu đề\n\n" + paragraph);

            Assert.NotNull(article);
        }

        private static string Escape(string text)
        {
            var builder = new StringBuilder();
            foreach (char c in text)
            {
                builder.Append(c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString());
            }

            return builder.ToString();
        }
    }
}
