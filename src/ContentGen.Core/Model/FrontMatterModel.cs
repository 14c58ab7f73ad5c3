using System;

namespace ContentGen.Core.Model
{
    /// <summary>What the YAML front matter of a Markdown article gives; every value is null or empty when not given or unusable.</summary>
    /// <param name="Title">Key <c>title</c>: overrides the title read from the body.</param>
    /// <param name="Slug">Key <c>slug</c>: overrides the file name for the article's slug and id.</param>
    /// <param name="PublishedAt">Key <c>date</c>, an ISO 8601 date or date-time (UTC when it gives no offset).</param>
    /// <param name="Authors">Keys <c>author</c>/<c>authors</c>, a string or a list; null when neither is given.</param>
    /// <param name="Outlet">Key <c>outlet</c>: overrides the outlet read from the lead.</param>
    /// <param name="Tags">Key <c>tags</c>, a string or a list.</param>
    /// <param name="Category">Key <c>category</c>.</param>
    /// <param name="Summary">Key <c>summary</c>.</param>
    /// <param name="Metadata">Every key whose value is a scalar, with the value as written, in file order.</param>
    internal sealed record FrontMatterModel(
        string? Title,
        string? Slug,
        DateTimeOffset? PublishedAt,
        EquatableArray<string>? Authors,
        string? Outlet,
        EquatableArray<string> Tags,
        string? Category,
        string? Summary,
        EquatableArray<MetadataEntry> Metadata)
    {
        /// <summary>Front matter that gives nothing.</summary>
        public static FrontMatterModel None { get; } = new(null, null, null, null, null, EquatableArray<string>.Empty, null, null, EquatableArray<MetadataEntry>.Empty);
    }
}
