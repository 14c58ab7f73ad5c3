using System.Collections.Generic;
using System.Linq;

namespace ContentGen.Tests.Shared
{
    /// <summary>
    /// Content files written to break a generator: code injection through literals, comment and doc breakers,
    /// directives, separators, bidi and zero-width characters, controls, undecodable text, files with no article,
    /// very large files and awkward names. Shared by the driver tests and the package tests.
    /// </summary>
    public static class HostileCorpus
    {
        /// <summary>Path (relative to the project) to text.</summary>
        public static Dictionary<string, string> Files() => new()
        {
            ["content/injection.txt"] = "\"); } } namespace Evil { public class Pwned { public static void Main() { System.Environment.Exit(1); } } } //\n\n\"\"\"; } public static void Main() { } //\" ông A nói: \"\\\"); class Evil2 {}\".\n",
            ["content/comments.txt"] = "*/ </summary> <script>alert(1)</script>\n\n/* mở */ và <c>đóng</c> &amp; \"</summary><summary>\" và */ thêm.\n",
            ["content/directives.txt"] = "Tiêu đề\n\n#error boom\n\n#if X\n\nĐoạn thường.\n\n#endregion\n",
            ["content/separators.txt"] = "Tiêu đề\n\nÔng Trần Văn Khải nói: “Dòng một\u2028dòng hai\u2029dòng ba\u0085hết” rồi đi.\n",
            ["content/quote-runs.txt"] = "\"\"\"\"\"\"\n\n\"\"\"\"\"\"\"\"\" “”“”“” \"\"\" “\"\" ”\n",
            ["content/bidi.txt"] = "Tiêu đề \u202Eđảo\u202C và \u2066cô lập\u2069\n\nĐoạn \u200Bcó\u200D ký tự \u200Evô hình\u200F và \u202A\u202B\u202D\u2067\u2068.\n",
            ["content/controls.txt"] = "Tiêu đề \0 NUL \a \b \v \f \u001B[31m\n\nĐoạn \0\u0001\u0002\u007F\u009F có ký tự điều khiển.\n",
            ["content/undecodable.txt"] = "Tiêu đề \uFFFD\uFFFD\n\nĐoạn có byte hỏng \uFFFD ở giữa.\n",
            ["content/lone-surrogates.txt"] = "Tiêu đề \uD800 và \uDFFF\n\nĐoạn \uDC00\uD800 lẻ.\n",
            ["content/empty.txt"] = string.Empty,
            ["content/whitespace.txt"] = " \t\u00A0\n\n\u2003\r\n",
            ["content/bom-only.txt"] = "\uFEFF",
            ["content/title-only.txt"] = "Chỉ có tiêu đề\n",
            ["content/long-line.txt"] = "Một dòng rất dài\n\n" + string.Concat(Enumerable.Repeat("Ông Trần Văn Khải nói rằng đây là một câu dài, ", 45_000)) + "ông nói \"đạt 5% và 3 tỷ đồng\".",
            ["content/paragraphs.txt"] = "Hai mươi nghìn đoạn\n\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"Đoạn {i}.\n\n")),
            ["content/quote-marks.txt"] = "Hai mươi nghìn dấu ngoặc\n\n" + string.Concat(Enumerable.Repeat("“a” ", 10_000)),
            ["content/huge-numbers.txt"] = "Số rất lớn\n\nDoanh thu đạt " + new string('9', 5_000) + " tỷ đồng và " + new string('1', 3_000) + ",5% và 1" + string.Concat(Enumerable.Repeat(".000", 2_000)) + " USD.\n",
            ["content/class.txt"] = "class\n\nĐoạn mở đầu.\n",
            ["content/All.txt"] = "All\n\nĐoạn mở đầu.\n",
            ["content/Find.txt"] = "Find\n\nĐoạn mở đầu.\n",
            ["content/2024 báo cáo.txt"] = "Báo cáo\n\nĐoạn mở đầu.\n",
            ["content/tin mới nhất.txt"] = "Tin mới\n\nĐoạn mở đầu.\n",
            ["content/a-b.txt"] = "A B một\n\nĐoạn mở đầu.\n",
            ["content/a_b.txt"] = "A B hai\n\nĐoạn mở đầu.\n",
            ["content/A B.txt"] = "A B ba\n\nĐoạn mở đầu.\n",
            ["content/dòng\u2028class Evil {} \u202Eđảo\u2029.txt"] = "Tên tệp lạ\n\nĐoạn mở đầu.\n",
        };

    }
}
