using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using ContentGen.Core.Model;
using ContentGen.Core.Parsing;

namespace ContentGen.Evaluate
{
    /// <summary>The expected reading of one article: the content of its <c>X.json</c> label file.</summary>
    /// <param name="Title">Expected title.</param>
    /// <param name="Outlet">Expected source tag, or null when the lead has none.</param>
    /// <param name="Dateline">Expected dateline, or null when none is labelled.</param>
    /// <param name="Quotes">Expected outermost quotes, in document order.</param>
    /// <param name="Metrics">Expected metrics, in document order.</param>
    internal sealed record ArticleLabels(
        string Title,
        string? Outlet,
        IReadOnlyList<QuoteLabel> Quotes,
        IReadOnlyList<MetricLabel> Metrics,
        DatelineLabel? Dateline = null)
    {
        // Strict reading: a missing or null required field, or an unknown kind, is a broken label file and is
        // reported as such rather than scored as an empty expectation.
        private static readonly JsonSerializerOptions SerializerOptions = new()
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        };

        /// <summary>Reads a label file (UTF-8, with or without BOM).</summary>
        /// <exception cref="JsonException">The file is not a valid label file.</exception>
        /// <exception cref="IOException">The file cannot be read.</exception>
        public static ArticleLabels Load(string path)
        {
            using FileStream stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<ArticleLabels>(stream, SerializerOptions)
                ?? throw new JsonException("The label file holds null.");
        }
    }

    /// <summary>An expected dateline.</summary>
    /// <param name="Text">The dateline as written, if the label gives it.</param>
    /// <param name="Day">Day of the month.</param>
    /// <param name="Month">Month.</param>
    /// <param name="Year">Year, or null when the text gives none.</param>
    internal sealed record DatelineLabel(string? Text = null, int? Day = null, int? Month = null, int? Year = null);

    /// <summary>An expected quote.</summary>
    /// <param name="Start">The first 30 characters of the quoted text, as written.</param>
    /// <param name="Speaker">Who says it, or null.</param>
    /// <param name="Kind">Speech or term.</param>
    internal sealed record QuoteLabel(string Start, string? Speaker, QuoteKindModel Kind);

    /// <summary>An expected metric.</summary>
    /// <param name="Text">The metric as written.</param>
    /// <param name="Value">The number (low end of a range).</param>
    /// <param name="Max">High end of a range, or null.</param>
    /// <param name="Kind">Percent, money or measure.</param>
    /// <param name="Unit">The unit as written.</param>
    /// <param name="Label">What the number measures, a phrase copied from the text; null when the text does not say
    /// (or the label file does not give it), and then not scored.</param>
    internal sealed record MetricLabel(string Text, decimal Value, decimal? Max, MetricKindModel Kind, string Unit, string? Label = null);
}
