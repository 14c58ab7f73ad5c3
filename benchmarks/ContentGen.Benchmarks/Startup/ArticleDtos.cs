using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace ContentGen.Benchmarks.Startup
{
    // The alternative to ContentGen a user would write: plain DTOs with the fields of ContentGen's records, read from
    // JSON by a source-generated context. Enums travel as numbers, System.Text.Json's default and its fastest form.

    public sealed record ArticleDto(
        string Id,
        string Slug,
        string Path,
        string Title,
        string? Outlet,
        DatelineDto? Dateline,
        List<SectionDto> Sections,
        List<QuoteDto> Quotes,
        List<MetricDto> Metrics);

    public sealed record DatelineDto(string Text, int? Day, int? Month, int? Year);

    public sealed record SectionDto(int Index, SectionKindDto Kind, string Text, int Line);

    public sealed record QuoteDto(string Text, QuoteKindDto Kind, string? Speaker, int SectionIndex, int Line);

    public sealed record MetricDto(string Text, decimal Value, decimal? MaxValue, MetricKindDto Kind, string Unit, string? Label, int SectionIndex, int Line);

    public enum SectionKindDto
    {
        Lead,
        Paragraph,
        Heading,
        Caption,
        Byline,
    }

    public enum QuoteKindDto
    {
        Speech,
        Term,
    }

    public enum MetricKindDto
    {
        Percent,
        Money,
        Measure,
    }

    /// <summary>Serialization metadata and code made at build time by the System.Text.Json source generator.</summary>
    [JsonSerializable(typeof(List<ArticleDto>))]
    public sealed partial class BenchJsonContext : JsonSerializerContext
    {
    }
}
