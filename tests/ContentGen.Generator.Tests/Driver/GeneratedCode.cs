using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using ContentGen.Generator.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ContentGen.Generator.Tests.Driver
{
    /// <summary>Compiles generated sources as a consumer would, against .NET 8 reference assemblies and ContentGen.dll.</summary>
    internal static class GeneratedCode
    {
        public static CSharpCompilation Compile(IEnumerable<string> sources, LanguageVersion languageVersion = LanguageVersion.Latest)
        {
            // Diagnose mode reports CS1591 for a public member without an XML doc comment, as a consumer's build does.
            var parseOptions = new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose);
            IEnumerable<MetadataReference> references = Basic.Reference.Assemblies.Net80.References.All
                .Append(MetadataReference.CreateFromFile(typeof(ContentGen.Article).Assembly.Location));
            return CSharpCompilation.Create(
                "Consumer" + Guid.NewGuid().ToString("N"),
                sources.Select(s => CSharpSyntaxTree.ParseText(s, parseOptions)),
                references,
                new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: languageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                    warningLevel: 9999,
                    generalDiagnosticOption: ReportDiagnostic.Default));
        }

        /// <summary>Errors and warnings of a compilation (hidden and info diagnostics left out).</summary>
        public static Diagnostic[] Problems(CSharpCompilation compilation) =>
            compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();

        /// <summary>Emits and loads the compilation into a collectible context that shares ContentGen.dll with the tests.</summary>
        public static Assembly Load(CSharpCompilation compilation)
        {
            using var stream = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
            }

            stream.Position = 0;
            return new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true).LoadFromStream(stream);
        }

        /// <summary>
        /// The chunks of a generated table source, read from its literals the way the compiled code reads them (each a
        /// string literal or a decoded u8 literal).
        /// </summary>
        public static string[] TableChunks(string tableSource) =>
            CSharpSyntaxTree.ParseText(tableSource, new CSharpParseOptions(LanguageVersion.Latest)).GetRoot().DescendantTokens()
                .Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.Utf8StringLiteralToken))
                .Select(t => t.ValueText)
                .ToArray();

        /// <summary>The table a generated table source carries, as the compiled code builds it.</summary>
        public static ContentGen.Runtime.ArticleTable Table(string tableSource, Assembly? resources = null) =>
            new ContentGen.Runtime.ArticleTable(resources, TableChunks(tableSource));

        /// <summary>The article with this id in a generator run's table source.</summary>
        public static Article Article(IReadOnlyDictionary<string, string> sources, string id) =>
            Table(sources[ContentGen.Generator.Emitting.TableEmitter.HintName]).Find(id) ?? throw new InvalidOperationException($"No article {id} in the table.");

        /// <summary>Reads a public static property of a generated nested type, such as <c>Articles+X+Metrics</c>.</summary>
        public static object? Member(Assembly assembly, string typeName, string member)
        {
            Type type = assembly.GetType(typeName, throwOnError: true)!;
            PropertyInfo property = type.GetProperty(member, BindingFlags.Public | BindingFlags.Static)
                ?? throw new InvalidOperationException($"{typeName} has no public static {member}.");
            return property.GetValue(null);
        }
    }
}
