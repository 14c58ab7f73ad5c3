using System;
using System.Collections.Generic;
using System.Threading;
using ContentGen.Core.Diagnostics;
using ContentGen.Core.Model;
using ContentGen.Core.Text;

namespace ContentGen.Core.FrontMatter
{
    /// <summary>
    /// Reads the YAML front matter at the top of a Markdown article: a first line <c>---</c>, YAML, then a line
    /// <c>---</c> or <c>...</c>. Bad front matter never stops the article: every problem becomes a
    /// <see cref="ParseIssue"/> at its line and the value concerned is left out.
    /// </summary>
    /// <remarks>
    /// <para>Safety: the YAML is read by <see cref="TopLevelWalker"/> with YamlDotNet's event parser only. Tags are
    /// ignored (every scalar is the string as written: <c>!!binary</c>, <c>!!python/...</c> and <c>!&lt;...&gt;</c> name
    /// no type), aliases are never expanded and count as a value of the wrong shape, nesting stops at 64 levels. No
    /// size limit: a 3 MB scalar reads in well under a second and is kept.</para>
    /// <para>Where the contract is silent: scalars are all strings (the failsafe schema: <c>null</c>, <c>~</c>,
    /// <c>true</c> are text); keys are compared ignoring case (ordinal), for known keys and for duplicates alike, so
    /// <see cref="FrontMatterModel.Metadata"/> never holds two keys that differ only in case; an empty <c>date</c> is
    /// not given, not a bad date; an empty <c>author</c> string is not given (null) while an empty list is given
    /// (no authors); with both <c>author</c> and <c>authors</c> the first written is used, the second reported, and
    /// both stay in the metadata when scalar (they are two keys); an alias where any value belongs is reported, even
    /// under a key the reader does not know, since it would have been metadata had it been written out; a line
    /// <c>--- x</c> inside the block starts a second YAML document, which makes the block unreadable.</para>
    /// </remarks>
    internal static class FrontMatterReader
    {
        private const string Opener = "---";
        private const string OtherCloser = "...";
        private const string AString = "a string";
        private const string StringOrList = "a string or a list of strings";

        private static readonly string[] KnownKeys = { "title", "slug", "outlet", "category", "summary", "date", "author", "authors", "tags" };

        /// <summary>Reads the front matter of <paramref name="text"/>, if it opens with one. Never throws but for cancellation.</summary>
        internal static FrontMatterReading Read(string text, CancellationToken cancellationToken = default) =>
            Read(text, new LineMap(text), cancellationToken);

        /// <summary>Reads the front matter of <paramref name="text"/>, whose lines <paramref name="lines"/> maps.</summary>
        internal static FrontMatterReading Read(string text, LineMap lines, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // A byte order mark the decoder left in place is not part of the first line's text.
            int openStart = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            LineMap.EndOfLine(text, openStart, out int openEnd, out int yamlStart);
            if (!IsMarker(text, openStart, openEnd, Opener))
            {
                return new FrontMatterReading(null, 0, 0, EquatableArray<ParseIssue>.Empty);
            }

            int closeStart = -1;
            int bodyStart = 0;
            int lineStart = yamlStart;
            while (yamlStart > openEnd && lineStart < text.Length)
            {
                LineMap.EndOfLine(text, lineStart, out int contentEnd, out int next);
                if (IsMarker(text, lineStart, contentEnd, Opener) || IsMarker(text, lineStart, contentEnd, OtherCloser))
                {
                    closeStart = lineStart;
                    bodyStart = next;
                    break;
                }

                lineStart = next;
            }

            if (closeStart < 0)
            {
                // Never closed: the opening line may just be a thematic break, so the whole file is read as Markdown.
                var opening = new SourceSpan(openStart, openStart + Opener.Length, 0, openStart, 0, openStart + Opener.Length);
                return new FrontMatterReading(null, 0, 0, new[] { new ParseIssue(ParseIssueKind.FrontMatterUnclosed, opening, string.Empty) }.ToEquatableArray());
            }

            int bodyLine = lines.LineOf(bodyStart);
            var issues = new List<ParseIssue>();
            TopLevelReading yaml = TopLevelWalker.Read(text.Substring(yamlStart, closeStart - yamlStart), KeepsItems, cancellationToken);
            if (yaml.Failure is not null)
            {
                SourceSpan span = lines.Span(yamlStart + yaml.FailureStart, yamlStart + yaml.FailureEnd);
                issues.Add(new ParseIssue(ParseIssueKind.FrontMatterUnreadable, span, yaml.Failure));
                return new FrontMatterReading(null, bodyStart, bodyLine, issues.ToEquatableArray());
            }

            FrontMatterModel model = Interpret(yaml.Entries, lines, yamlStart, issues);
            return new FrontMatterReading(model, bodyStart, bodyLine, issues.ToEquatableArray());
        }

        // The known keys into the model, every scalar key into the metadata, in file order.
        private static FrontMatterModel Interpret(IReadOnlyList<TopLevelEntry> entries, LineMap lines, int yamlStart, List<ParseIssue> issues)
        {
            string? title = null, slug = null, outlet = null, category = null, summary = null;
            DateTimeOffset? publishedAt = null;
            EquatableArray<string>? authors = null;
            EquatableArray<string> tags = EquatableArray<string>.Empty;
            string? authorKey = null;
            var metadata = new List<MetadataEntry>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

            foreach (TopLevelEntry entry in entries)
            {
                string key = entry.Key!;
                SourceSpan keySpan = lines.Span(yamlStart + entry.KeyStart, yamlStart + entry.KeyEnd);
                if (!seen.Add(key))
                {
                    // YAML forbids it; the first value is the one a reader of the file sees first, so it wins.
                    issues.Add(WrongShape(keySpan, key, "a second value", "one value"));
                    continue;
                }

                if (entry.Shape == NodeShape.Scalar)
                {
                    metadata.Add(new MetadataEntry(key, entry.Value ?? string.Empty));
                }

                switch (Known(key))
                {
                    case "title":
                        title = Text(entry, keySpan, issues);
                        break;
                    case "slug":
                        slug = Text(entry, keySpan, issues);
                        break;
                    case "outlet":
                        outlet = Text(entry, keySpan, issues);
                        break;
                    case "category":
                        category = Text(entry, keySpan, issues);
                        break;
                    case "summary":
                        summary = Text(entry, keySpan, issues);
                        break;
                    case "date":
                        publishedAt = Date(entry, keySpan, lines, yamlStart, issues);
                        break;
                    case "author":
                    case "authors":
                        if (authorKey is not null)
                        {
                            issues.Add(WrongShape(keySpan, key, "a second author list", "one author list"));
                            break;
                        }

                        authorKey = key;
                        List<string>? names = Names(entry, keySpan, issues);
                        authors = names?.ToEquatableArray();
                        break;
                    case "tags":
                        tags = Names(entry, keySpan, issues)?.ToEquatableArray() ?? EquatableArray<string>.Empty;
                        break;
                    default:
                        if (entry.Shape == NodeShape.Alias)
                        {
                            // Had it been written out it would be metadata; unexpanded, it is nothing, and says so.
                            issues.Add(WrongShape(keySpan, key, "an alias", "a value written out"));
                        }

                        // Lists and mappings under other keys are for other tools: left out silently.
                        break;
                }
            }

            return new FrontMatterModel(title, slug, publishedAt, authors, outlet, tags, category, summary, metadata.ToEquatableArray());
        }

        // The known key that key names, ignoring case as the duplicate check does (ordinal: no culture's casing, and
        // no Unicode look-alike such as "TİTLE" is taken for "title"); null for any other key.
        private static string? Known(string key)
        {
            foreach (string known in KnownKeys)
            {
                if (string.Equals(key, known, StringComparison.OrdinalIgnoreCase))
                {
                    return known;
                }
            }

            return null;
        }

        // The keys whose list items are names the model keeps.
        private static bool KeepsItems(string key) => Known(key) is "author" or "authors" or "tags";

        // A string key: trimmed, empty is not given.
        private static string? Text(TopLevelEntry entry, SourceSpan keySpan, List<ParseIssue> issues)
        {
            if (entry.Shape != NodeShape.Scalar)
            {
                issues.Add(WrongShape(keySpan, entry.Key!, TopLevelWalker.Describe(entry.Shape), AString));
                return null;
            }

            return NullIfEmpty(entry.Value);
        }

        private static DateTimeOffset? Date(TopLevelEntry entry, SourceSpan keySpan, LineMap lines, int yamlStart, List<ParseIssue> issues)
        {
            if (entry.Shape != NodeShape.Scalar)
            {
                issues.Add(WrongShape(keySpan, entry.Key!, TopLevelWalker.Describe(entry.Shape), "a date"));
                return null;
            }

            string written = entry.Value ?? string.Empty;
            string trimmed = written.Trim();
            if (trimmed.Length == 0)
            {
                return null;
            }

            if (IsoDate.TryParse(trimmed, out DateTimeOffset date))
            {
                return date;
            }

            SourceSpan valueSpan = lines.Span(yamlStart + entry.ValueStart, yamlStart + entry.ValueEnd);
            issues.Add(new ParseIssue(ParseIssueKind.FrontMatterBadDate, valueSpan, written));
            return null;
        }

        // author(s) and tags: a string is one name, a list of scalars is one name each; trimmed, empties dropped.
        private static List<string>? Names(TopLevelEntry entry, SourceSpan keySpan, List<ParseIssue> issues)
        {
            switch (entry.Shape)
            {
                case NodeShape.Scalar:
                    string? one = NullIfEmpty(entry.Value);
                    return one is null ? null : new List<string> { one };
                case NodeShape.List when entry.OddItem is null:
                    var names = new List<string>(entry.Items.Count);
                    foreach (string item in entry.Items)
                    {
                        string? name = NullIfEmpty(item);
                        if (name is not null)
                        {
                            names.Add(name);
                        }
                    }

                    return names;
                case NodeShape.List:
                    issues.Add(WrongShape(keySpan, entry.Key!, "a list holding " + TopLevelWalker.Describe(entry.OddItem!.Value), StringOrList));
                    return null;
                default:
                    issues.Add(WrongShape(keySpan, entry.Key!, TopLevelWalker.Describe(entry.Shape), StringOrList));
                    return null;
            }
        }

        private static ParseIssue WrongShape(SourceSpan keySpan, string key, string holds, string belongs) =>
            new(ParseIssueKind.FrontMatterWrongShape, keySpan, IssueDiagnostics.WrongShape(key, holds, belongs));

        private static string? NullIfEmpty(string? value)
        {
            string trimmed = (value ?? string.Empty).Trim();
            return trimmed.Length == 0 ? null : trimmed;
        }

        // The line [start, end) is exactly the marker, but for trailing spaces and tabs.
        private static bool IsMarker(string text, int start, int end, string marker)
        {
            if (end - start < marker.Length || string.CompareOrdinal(text, start, marker, 0, marker.Length) != 0)
            {
                return false;
            }

            for (int i = start + marker.Length; i < end; i++)
            {
                if (text[i] is not (' ' or '\t'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
