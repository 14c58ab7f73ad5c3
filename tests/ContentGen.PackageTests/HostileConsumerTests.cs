using System.IO;
using System.Linq;
using System.Text;
using ContentGen.Tests.Shared;
using Xunit;

namespace ContentGen.PackageTests
{
    /// <summary>Bad content in a real consumer build: the build stays healthy, and severities follow the project's config.</summary>
    [Collection(PackageCollection.Name)]
    public class HostileConsumerTests
    {
        private readonly PackageFixture _fixture;

        public HostileConsumerTests(PackageFixture fixture) => _fixture = fixture;

        [Fact]
        public void Every_hostile_file_builds_with_the_seed_with_no_error_and_the_seed_members_unchanged()
        {
            Consumer consumer = new Consumer(_fixture, _fixture.NewFolder("hostile"), "Hostile")
                .Project()
                .Seed()
                .File("Program.cs", """
                    System.Console.OutputEncoding = System.Text.Encoding.UTF8;
                    var seed = Hostile.Content.Articles.NoLucHoanThanhCacNhiemVuTrongTam.Article;
                    var utf16 = Hostile.Content.Articles.NoLucHoanThanhCacNhiemVuTrongTam2.Article;
                    System.Console.WriteLine(seed.Title);
                    System.Console.WriteLine(Hostile.Content.Articles.NoLucHoanThanhCacNhiemVuTrongTam.Metrics.ThuNganSach.Text);
                    System.Console.WriteLine(Hostile.Content.Articles.NoLucHoanThanhCacNhiemVuTrongTam.Quotes.PhamQuangNghi2.Speaker);
                    System.Console.WriteLine(System.Linq.Enumerable.SequenceEqual(
                        System.Linq.Enumerable.Select(seed.Sections, s => s.Text), System.Linq.Enumerable.Select(utf16.Sections, s => s.Text)));
                    System.Console.WriteLine(Hostile.Content.Articles.InvalidUtf8.Article.Sections.Count);
                    """);

            foreach ((string path, string text) in HostileCorpus.Files())
            {
                // Lone surrogates cannot be saved as UTF-8; the writer replaces them, as an editor would.
                consumer.File(path, text);
            }

            string utf16Copy = Path.Combine(consumer.Directory, "content", "utf16", PackageFixture.SeedFileName);
            Directory.CreateDirectory(Path.GetDirectoryName(utf16Copy)!);
            File.WriteAllText(utf16Copy, _fixture.SeedText, new UnicodeEncoding(bigEndian: false, byteOrderMark: true));
            File.WriteAllBytes(
                Path.Combine(consumer.Directory, "content", "invalid-utf8.txt"),
                Encoding.UTF8.GetBytes("Tiêu đề hỏng\n\nĐoạn có byte ").Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0x80 }).Concat(Encoding.UTF8.GetBytes(" ở giữa.\n")).ToArray());

            CommandResult build = consumer.Build("-p:TreatWarningsAsErrors=false");

            Assert.True(build.Succeeded, build.ToString());
            Assert.DoesNotContain("CS8785", build.Output);
            Assert.DoesNotContain("AD0001", build.Output);
            Assert.DoesNotContain("CG9999", build.Output);
            Assert.Contains("warning CG0002", build.Output);
            CommandResult run = consumer.Run();
            Assert.True(run.Succeeded, run.ToString());
            Assert.Equal(
                new[] { "Nỗ lực hoàn thành các nhiệm vụ trọng tâm", "145%", "Phạm Quang Nghị", "True", "1" },
                run.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries));
        }

        [Fact]
        public void Raising_a_severity_in_globalconfig_fails_the_build_at_the_place_in_the_file()
        {
            Consumer consumer = new Consumer(_fixture, _fixture.NewFolder("severity"), "Severity")
                .Project()
                .Seed()
                .File(".globalconfig", "is_global = true\ndotnet_diagnostic.CG0004.severity = error\n")
                .File("Program.cs", "System.Console.WriteLine(Severity.Content.Articles.All.Count);\n");

            CommandResult build = consumer.Build();

            Assert.False(build.Succeeded);
            Assert.Contains(PackageFixture.SeedFileName + "(17,245): error CG0004", build.Output);
        }
    }
}
