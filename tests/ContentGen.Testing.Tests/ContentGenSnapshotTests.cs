using System.Collections.Generic;
using System.IO;
using Xunit;

namespace ContentGen.Testing.Tests
{
    /// <summary>The whole check, run with the stand-in <see cref="EchoGenerator"/> against a temporary test folder.</summary>
    public sealed class ContentGenSnapshotTests
    {
        private const string Name = "SeedTests.Seed_output";

        private static readonly SnapshotSettings Accept = new(accept: true);
        private static readonly SnapshotSettings Check = new(accept: false);

        [Fact]
        public void Content_folder_beside_the_test_file_gives_relative_paths()
        {
            using var temp = new TempDirectory();
            temp.Write(Path.Combine("tests", "content", "news", "a.txt"), "Hello");
            var location = new SnapshotLocation(Path.Combine(temp.Path, "tests"), Name);

            ContentGenSnapshot.VerifyContent(new EchoGenerator(), location, "content", options: null, Accept);

            Assert.Equal(
                "content/news/a.txt: Hello\n" +
                "build_property.ContentGenNamespace=(unset)\n" +
                "build_property.RootNamespace=(unset)\n" +
                "build_property.MSBuildProjectDirectory=.\n" +
                "build_property.Extra=(unset)",
                File.ReadAllText(Path.Combine(temp.Path, "tests", Name + "#Echo.g.verified.cs")));
        }

        [Fact]
        public void In_memory_articles_give_relative_paths()
        {
            using var temp = new TempDirectory();
            var location = new SnapshotLocation(temp.Path, Name);
            var options = new ContentGenOptions { Namespace = "News" };

            ContentGenSnapshot.VerifyArticles(new EchoGenerator(), location, Files(("content/a.txt", "Hi")), options, Accept);

            Assert.Equal(
                "content/a.txt: Hi\n" +
                "build_property.ContentGenNamespace=News\n" +
                "build_property.RootNamespace=(unset)\n" +
                "build_property.MSBuildProjectDirectory=.\n" +
                "build_property.Extra=(unset)",
                File.ReadAllText(Path.Combine(temp.Path, Name + "#Echo.g.verified.cs")));
        }

        [Fact]
        public void Accepted_output_matches_on_the_next_run()
        {
            using var temp = new TempDirectory();
            var location = new SnapshotLocation(temp.Path, Name);
            ContentGenSnapshot.VerifyArticles(new EchoGenerator(), location, Files(("content/a.txt", "Hi")), null, Accept);

            ContentGenSnapshot.VerifyArticles(new EchoGenerator(), location, Files(("content/a.txt", "Hi")), null, Check);

            Assert.Throws<ContentGenSnapshotException>(
                () => ContentGenSnapshot.VerifyArticles(new EchoGenerator(), location, Files(("content/a.txt", "Changed")), null, Check));
        }

        private static IEnumerable<KeyValuePair<string, string>> Files(params (string Path, string Text)[] files)
        {
            foreach (var file in files)
            {
                yield return new KeyValuePair<string, string>(file.Path, file.Text);
            }
        }
    }
}
