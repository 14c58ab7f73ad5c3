using Microsoft.CodeAnalysis;

namespace ContentGen.Generator
{
    /// <summary>Turns the project's article files into typed C# at compile time.</summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class ContentGenerator : IIncrementalGenerator
    {
        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
        }
    }
}
