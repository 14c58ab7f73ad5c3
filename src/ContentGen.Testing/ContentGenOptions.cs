using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Testing
{
    /// <summary>Build settings handed to the generator by a snapshot run, as MSBuild would hand them to the compiler.</summary>
    public sealed class ContentGenOptions
    {
        /// <summary>Namespace of the generated code (MSBuild property <c>ContentGenNamespace</c>); <see langword="null"/> leaves it unset.</summary>
        public string? Namespace { get; set; }

        /// <summary>The project's root namespace (MSBuild property <c>RootNamespace</c>); <see langword="null"/> leaves it unset.</summary>
        public string? RootNamespace { get; set; }

        /// <summary>The consumer's C# language version; the generated code must compile under it. Default: latest.</summary>
        public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

        /// <summary>
        /// Further global analyzer config options, keyed as the compiler sees them (for example
        /// <c>build_property.Foo</c>). They are applied last, so they override the options above.
        /// </summary>
        public IDictionary<string, string> GlobalOptions { get; } = new Dictionary<string, string>();
    }
}
