using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentGen.Tool
{
    /// <summary>
    /// The export format: the generated records as they are, property names camelCase, enums as their names, in a JSON
    /// array (docs/export.schema.json). Text stays readable (Vietnamese letters are not escaped); the file is JSON, not
    /// a page, so no character needs escaping beyond what JSON itself requires.
    /// </summary>
    internal static class ArticleJson
    {
        /// <summary>The serializer settings of the export.</summary>
        public static JsonSerializerOptions Options { get; } = new()
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Converters = { new JsonStringEnumConverter() },
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = true,
        };

        /// <summary>The export's JSON array of <paramref name="articles"/>.</summary>
        public static string Serialize(IReadOnlyList<Article> articles) => JsonSerializer.Serialize(articles, Options);

        /// <summary>Writes <paramref name="articles"/> as the export's JSON array.</summary>
        public static void Write(Stream output, IReadOnlyList<Article> articles) =>
            JsonSerializer.Serialize(output, articles, Options);
    }
}
