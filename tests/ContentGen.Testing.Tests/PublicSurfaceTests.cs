using System;
using System.Linq;
using ContentGen.Testing;
using Xunit;

namespace ContentGen.Testing.Tests
{
    /// <summary>The package's lib/ holds the testing kit, the generator and its core; only the kit's own types are public.</summary>
    public class PublicSurfaceTests
    {
        [Fact]
        public void The_testing_assembly_exports_only_what_users_call()
        {
            string[] exported = typeof(ContentGenRunner).Assembly.GetExportedTypes().Select(t => t.FullName!).OrderBy(n => n, StringComparer.Ordinal).ToArray();

            Assert.Equal(
                new[]
                {
                    "ContentGen.Testing.ContentGenOptions",
                    "ContentGen.Testing.ContentGenRunResult",
                    "ContentGen.Testing.ContentGenRunner",
                    "ContentGen.Testing.ContentGenSnapshot",
                    "ContentGen.Testing.ContentGenSnapshotException",
                },
                exported);
        }

        [Theory]
        [InlineData("ContentGen.Generator")]
        [InlineData("ContentGen.Core")]
        public void The_generator_and_its_core_export_no_type(string assembly)
        {
            Assert.Empty(AppDomain.CurrentDomain.Load(assembly).GetExportedTypes());
        }
    }
}
