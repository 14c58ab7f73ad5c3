using System;
using System.IO;
using Xunit;

namespace ContentGen.Testing.Tests
{
    public sealed class SnapshotLocationTests
    {
        [Theory]
        [InlineData("Articles.g.cs", "SeedTests.Seed_output#Articles.g.verified.cs")]
        [InlineData("Articles.welcome-home.g.cs", "SeedTests.Seed_output#Articles.welcome-home.g.verified.cs")]
        [InlineData("Folder/Articles.g.cs", "SeedTests.Seed_output#Articles.g.verified.cs")]
        public void Source_file_names_follow_Verify_SourceGenerators(string hintName, string expected)
        {
            var location = new SnapshotLocation("tests", "SeedTests.Seed_output");

            Assert.Equal(Path.Combine("tests", expected), location.VerifiedSource(hintName));
        }

        [Fact]
        public void Diagnostics_file_is_named_for_the_test()
        {
            var location = new SnapshotLocation("tests", "SeedTests.Seed_output");

            Assert.Equal(Path.Combine("tests", "SeedTests.Seed_output.verified.txt"), location.VerifiedDiagnostics);
            Assert.Equal(Path.Combine("tests", "SeedTests.Seed_output.received.txt"), location.ReceivedDiagnostics);
        }

        [Fact]
        public void Snapshot_files_sit_next_to_the_calling_test_file()
        {
            using var temp = new TempDirectory();
            var testFile = temp.Write(Path.Combine("tests", "SeedTests.cs"), "// test");

            var location = SnapshotLocation.FromCaller(testFile, "Seed_output", temp.Path);

            Assert.Equal(Path.Combine(temp.Path, "tests"), location.Directory);
            Assert.Equal("SeedTests.Seed_output", location.Name);
        }

        [Fact]
        public void Mapped_source_path_is_found_above_the_test_binaries()
        {
            using var temp = new TempDirectory();
            var testFile = temp.Write(Path.Combine("tests", "Seed", "SeedTests.cs"), "// test");
            var binaries = Path.Combine(temp.Path, "artifacts", "bin", "Seed", "release");

            Assert.Equal(testFile, SnapshotLocation.LocateSourceFile("/_/tests/Seed/SeedTests.cs", binaries));
        }

        [Fact]
        public void Unknown_source_file_fails()
        {
            using var temp = new TempDirectory();

            Assert.Throws<InvalidOperationException>(
                () => SnapshotLocation.LocateSourceFile(Path.Combine(temp.Path, "Missing.cs"), temp.Path));
        }
    }
}
