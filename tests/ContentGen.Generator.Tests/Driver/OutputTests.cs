using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ContentGen.Testing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Generator.Tests.Driver
{
    /// <summary>What the generator emits is deterministic, and valid C# whatever the content holds.</summary>
    public class OutputTests
    {
        private static readonly Dictionary<string, string> Hostile = new()
        {
            ["content/class.txt"] = "class\n\nĐoạn mở đầu.\n",
            ["content/articles.txt"] = "Articles\n\nĐoạn \"Articles\" và \"Find\" và \"Equals\" và \"GetType\".\n",
            ["content/all.txt"] = "All\n\nĐoạn mở đầu.\n",
            ["content/All.txt"] = "All viết hoa\n\nĐoạn mở đầu.\n",
            ["content/thu-muc/all.txt"] = "All trong thư mục\n\nĐoạn mở đầu.\n",
            ["content/all-articles.txt"] = "Danh sách\n\nĐoạn mở đầu.\n",
            ["content/markup.txt"] = "</summary><script>alert(1)</script> */ #if X\n\nĐoạn <c>có</c> &amp; \"</summary>\" và */ và #endregion.\n",
            ["content/escapes.txt"] = "Tiêu đề \\u0022 \\\" \0 \a\n\nĐoạn có NUL \0, tab \t, NEL \u0085, LS \u2028, PS \u2029, RLO \u202E, emoji 🎉, lẻ \uD800.\n",
            ["content/code.txt"] = "\"; } } class Evil { void M() { System.Environment.Exit(1); } } //\n\n\"\"\"; } public static void Main() { } //\" nói: \"\\\"; ông A nói.\n",
            ["content/numbers.txt"] = "Số liệu\n\nGiá 1.000.000.000.000.000.000.000.000.000 đồng và 99999999999999999999999999999999 USD và -0,0% cùng 0,2-0,7%.\n",
            ["content/\u00E2m-nhac.txt"] = "Âm nhạc\n\nNhạc sĩ Trần Văn Khải nói: \"Đây là bài hát hay nhất mà tôi từng viết trong đời mình\".\n",
            ["content/\u0627\u0644\u0639\u0631\u0628\u064A\u0629.txt"] = "عنوان\n\nنص عربي \"اقتباس\".\n",
        };

        [Fact]
        public void Hostile_content_still_gives_code_that_compiles_without_warnings()
        {
            ContentGenRunResult result = ContentGenRunner.Run(Hostile, new ContentGenOptions { RootNamespace = "Consumer" });

            Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            Assert.Empty(GeneratedCode.Problems(GeneratedCode.Compile(result.Sources.Values)));
            Assert.Equal(Hostile.Count + 2, result.Sources.Count);
        }

        [Fact]
        public void A_file_listed_twice_gives_one_source_that_compiles()
        {
            const string Text = "Tiêu đề\n\nĐoạn mở đầu có 12% tăng trưởng.\n";
            var files = new[]
            {
                new KeyValuePair<string, string>("content/a.txt", Text),
                new KeyValuePair<string, string>("content/a.txt", Text),
            };

            ContentGenRunResult result = ContentGenRunner.Run(files, new ContentGenOptions { RootNamespace = "Consumer" });

            Assert.Null(result.GeneratorResult.Exception);
            Assert.Equal(new[] { "Articles.A.g.cs", "Articles.Table.g.cs", "Articles.g.cs" }, result.Sources.Keys);
            Assert.Empty(GeneratedCode.Problems(GeneratedCode.Compile(result.Sources.Values)));
        }

        [Fact]
        public void Content_never_becomes_code()
        {
            ContentGenRunResult result = ContentGenRunner.Run(Hostile, new ContentGenOptions { RootNamespace = "Consumer" });
            var compilation = GeneratedCode.Compile(result.Sources.Values);

            string[] types = compilation.Assembly.TypeNames.OrderBy(n => n, System.StringComparer.Ordinal).ToArray();

            Assert.DoesNotContain("Evil", types);
            Assert.All(types, t => Assert.True(t is "Articles" or "contentGenRows" or "Metrics" or "Quotes" || char.IsUpper(t[0]), t));
            Assert.Null(compilation.GetEntryPoint(default));
        }

        [Fact]
        public void The_compile_check_reports_what_a_consumer_build_would()
        {
            // Guards the checks above: an undocumented public member and a nullable slip must be reported.
            var compilation = GeneratedCode.Compile(new[] { "public static class Undocumented { public static string S = null; }" });

            Assert.Contains(GeneratedCode.Problems(compilation), d => d.Id == "CS1591");
            Assert.Contains(GeneratedCode.Problems(compilation), d => d.Id == "CS8625");
        }

        [Theory]
        [InlineData("vi-VN")]
        [InlineData("tr-TR")]
        [InlineData("de-DE")]
        public void Output_is_the_same_bytes_under_any_culture(string culture)
        {
            IReadOnlyDictionary<string, string> invariant = RunUnder(CultureInfo.InvariantCulture);
            IReadOnlyDictionary<string, string> local = RunUnder(new CultureInfo(culture));

            Assert.Equal(invariant, local);
        }

        [Fact]
        public void Output_does_not_depend_on_the_order_of_the_files()
        {
            var forward = ContentGenRunner.Run(Hostile).Sources;
            var backward = ContentGenRunner.Run(Hostile.Reverse()).Sources;

            Assert.Equal(forward, backward);
        }

        private static IReadOnlyDictionary<string, string> RunUnder(CultureInfo culture)
        {
            CultureInfo previous = CultureInfo.CurrentCulture;
            CultureInfo previousUi = CultureInfo.CurrentUICulture;
            try
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = culture;
                var files = new Dictionary<string, string>(Hostile)
                {
                    ["content/seed.txt"] = SeedTests.SeedText(),
                    ["content/i-ı.txt"] = "Tiêu đề İstanbul ıi\n\nTỷ lệ đạt 3,5% và 12.195,4 tỷ đồng; TS. Trần Văn Khải nói: \"Đây là con số rất đáng chú ý trong năm nay\".\n",
                };
                return ContentGenRunner.Run(files, new ContentGenOptions { RootNamespace = "Consumer" }).Sources;
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
                CultureInfo.CurrentUICulture = previousUi;
            }
        }
    }
}
