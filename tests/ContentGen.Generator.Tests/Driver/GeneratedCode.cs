using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

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
        /// The values of the string literals passed as argument <paramref name="index"/> to each
        /// <c>new global::ContentGen.{type}(…)</c> in a generated source: what the content became, read back as C#.
        /// </summary>
        /// <remarks>
        /// An argument may also be a slice of the article's UTF-8 body (<c>__t.Substring(start, length)</c>); it is read
        /// from the body literal the way the code would compute it.
        /// </remarks>
        public static IEnumerable<string> Literals(string source, string type, int index)
        {
            var root = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)).GetCompilationUnitRoot();
            string? body = root.DescendantNodes()
                .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax>()
                .Where(v => v.Identifier.Text == "__t")
                .Select(v => v.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax>().Single().Token.ValueText)
                .SingleOrDefault();
            return root.DescendantNodes()
                .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ObjectCreationExpressionSyntax>()
                .Where(o => o.Type.ToString() == "global::ContentGen." + type)
                .Select(o => Value(o.ArgumentList!.Arguments[index].Expression, body))
                .ToArray();
        }

        private static string Value(Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax expression, string? body)
        {
            if (expression is Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax literal)
            {
                return literal.Token.ValueText;
            }

            var call = (Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax)expression;
            int start = int.Parse(call.ArgumentList.Arguments[0].ToString(), System.Globalization.CultureInfo.InvariantCulture);
            int length = int.Parse(call.ArgumentList.Arguments[1].ToString(), System.Globalization.CultureInfo.InvariantCulture);
            return body!.Substring(start, length);
        }

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
