using System;
using System.Linq;
using System.Reflection;
using Xunit;

namespace ContentGen.Testing.Tests
{
    /// <summary>The package works under any test framework: it references none, and fails with a plain exception.</summary>
    public sealed class FrameworkNeutralityTests
    {
        [Fact]
        public void The_testing_assembly_references_no_test_framework()
        {
            string[] references = typeof(ContentGenSnapshot).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

            Assert.DoesNotContain(references, name =>
                name.StartsWith("xunit", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("nunit", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("Microsoft.VisualStudio.TestPlatform", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("MSTest", StringComparison.OrdinalIgnoreCase));
            Assert.Contains("ContentGen.Generator", references);
        }

        [Fact]
        public void A_mismatch_is_a_plain_exception()
        {
            Assert.Equal(typeof(Exception), typeof(ContentGenSnapshotException).BaseType);
        }
    }
}
