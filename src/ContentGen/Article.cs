using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace ContentGen
{
    /// <summary>One news article read from a content file at compile time.</summary>
    /// <remarks>
    /// Equality is structural: two articles are equal when every property is equal, lists compared element by element.
    /// </remarks>
    public sealed record Article
    {
        private static readonly IReadOnlyDictionary<string, string> EmptyMetadata = new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

        private readonly IReadOnlyList<string> _authors = Array.Empty<string>();
        private readonly IReadOnlyList<string> _tags = Array.Empty<string>();
        private readonly IReadOnlyDictionary<string, string> _metadata = EmptyMetadata;

        /// <summary>Creates an article. Generated code calls this; the lists are wrapped read-only, not copied.</summary>
        public Article(
            string id,
            string slug,
            string path,
            string title,
            string? outlet,
            Dateline? dateline,
            IReadOnlyList<Section> sections,
            IReadOnlyList<Quote> quotes,
            IReadOnlyList<Metric> metrics)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Slug = slug ?? throw new ArgumentNullException(nameof(slug));
            Path = path ?? throw new ArgumentNullException(nameof(path));
            Title = title ?? throw new ArgumentNullException(nameof(title));
            Outlet = outlet;
            Dateline = dateline;
            Sections = ReadOnly(sections);
            Quotes = ReadOnly(quotes);
            Metrics = ReadOnly(metrics);
            Lead = Sections.FirstOrDefault(static s => s.Kind == SectionKind.Lead)
                ?? throw new ArgumentException("An article needs a section of kind Lead.", nameof(sections));
        }

        /// <summary>C# identifier of the article, from the file name.</summary>
        public string Id { get; }

        /// <summary>File name without extension.</summary>
        public string Slug { get; }

        /// <summary>Path relative to the project folder, with '/' separators.</summary>
        public string Path { get; }

        /// <summary>First non-empty line of the file.</summary>
        public string Title { get; }

        /// <summary>Source tag that opens the lead ("ANTĐ", "TTO", "Dân trí"), or null.</summary>
        public string? Outlet { get; }

        /// <summary>Date given in the lead's opening words, or null.</summary>
        public Dateline? Dateline { get; }

        /// <summary>Sections in document order, title excluded.</summary>
        public IReadOnlyList<Section> Sections { get; }

        /// <summary>Quotes in document order.</summary>
        public IReadOnlyList<Quote> Quotes { get; }

        /// <summary>Metrics in document order.</summary>
        public IReadOnlyList<Metric> Metrics { get; }

        /// <summary>The first section of kind <see cref="SectionKind.Lead"/>.</summary>
        public Section Lead { get; }

        /// <summary>When the article was published: front matter <c>date</c> (UTC when it gives no offset); else null.</summary>
        public DateTimeOffset? PublishedAt { get; init; }

        /// <summary>Front matter <c>author</c>/<c>authors</c>; else the names of a byline section ("Văn Khải - Thu Hà"); else empty.</summary>
        public IReadOnlyList<string> Authors
        {
            get => _authors;
            init => _authors = ReadOnly(value);
        }

        /// <summary>Front matter <c>tags</c>; else empty.</summary>
        public IReadOnlyList<string> Tags
        {
            get => _tags;
            init => _tags = ReadOnly(value);
        }

        /// <summary>Front matter <c>category</c>, or null.</summary>
        public string? Category { get; init; }

        /// <summary>Front matter <c>summary</c>, or null.</summary>
        public string? Summary { get; init; }

        /// <summary>Every scalar front matter key with its value as written (enumerated in file order); empty for plain text.</summary>
        public IReadOnlyDictionary<string, string> Metadata
        {
            get => _metadata;
            init => _metadata = value is null ? EmptyMetadata : new ReadOnlyDictionary<string, string>(value.ToDictionary(static p => p.Key, static p => p.Value, StringComparer.Ordinal));
        }

        /// <inheritdoc/>
        public bool Equals(Article? other) =>
            other is not null
            && (ReferenceEquals(this, other)
                || (Id == other.Id
                    && Slug == other.Slug
                    && Path == other.Path
                    && Title == other.Title
                    && Outlet == other.Outlet
                    && Equals(Dateline, other.Dateline)
                    && Sections.SequenceEqual(other.Sections)
                    && Quotes.SequenceEqual(other.Quotes)
                    && Metrics.SequenceEqual(other.Metrics)
                    && Nullable.Equals(PublishedAt, other.PublishedAt)
                    && Authors.SequenceEqual(other.Authors)
                    && Tags.SequenceEqual(other.Tags)
                    && Category == other.Category
                    && Summary == other.Summary
                    && Metadata.Count == other.Metadata.Count
                    && Metadata.All(p => other.Metadata.TryGetValue(p.Key, out string? value) && value == p.Value)));

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            unchecked
            {
                int hash = StringComparer.Ordinal.GetHashCode(Path);
                hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(Title);
                return (hash * 31) + Sections.Count;
            }
        }

        /// <summary>The title.</summary>
        public override string ToString() => Title;

        // An array handed out as IReadOnlyList could be cast back and changed; a wrapper cannot.
        private static IReadOnlyList<T> ReadOnly<T>(IReadOnlyList<T>? items) => items switch
        {
            null => Array.Empty<T>(),
            T[] array => Array.AsReadOnly(array),
            _ => items,
        };
    }
}
