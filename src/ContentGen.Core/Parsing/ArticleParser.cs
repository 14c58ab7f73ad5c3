using System.Collections.Generic;
using System.Threading;
using ContentGen.Core.Documents;
using ContentGen.Core;
using ContentGen.Core.Model;
using ContentGen.Core.Text;

namespace ContentGen.Core.Parsing
{
    /// <summary>Reads the text of one content file into a <see cref="ParsedArticle"/>. Plain C#: no Roslyn types.</summary>
    internal static class ArticleParser
    {
        /// <summary>Parses an article; null when the text has no title or no paragraph to lead with.</summary>
        public static ParsedArticle? Parse(string text, CancellationToken cancellationToken = default) => Read(text, cancellationToken).Article;

        /// <summary>Parses a plain-text article and reports what it skipped or recovered from.</summary>
        public static ParseOutcome Read(string text, CancellationToken cancellationToken = default) =>
            Read(PlainTextReader.Read(text), cancellationToken);

        /// <summary>Parses an article in <paramref name="format"/> and reports what it skipped or recovered from.</summary>
        public static ParseOutcome Read(string text, ContentFormat format, CancellationToken cancellationToken = default) =>
            Read(format == ContentFormat.Markdown ? MarkdownReader.Read(text, cancellationToken) : PlainTextReader.Read(text), cancellationToken);

        /// <summary>Extracts the article of a document, whatever format it was read from.</summary>
        public static ParseOutcome Read(ArticleDocument document, CancellationToken cancellationToken = default)
        {
            string text = document.Text;
            var issues = new List<ParseIssue>(document.Issues);
            int replacement = text.IndexOf('\uFFFD');
            Paragraph? title = document.Title;
            var body = new List<Paragraph>(document.Blocks.Count);
            var given = new SectionKindModel?[document.Blocks.Count];
            for (int i = 0; i < given.Length; i++)
            {
                body.Add(document.Blocks[i].Paragraph);
                given[i] = document.Blocks[i].Kind;
            }

            if (title is null)
            {
                issues.Add(new ParseIssue(ParseIssueKind.NoTitle, SourceSpan.FileStart, string.Empty));
                return new ParseOutcome(null, issues.ToEquatableArray());
            }

            if (replacement >= 0)
            {
                // Reported once, at the first: the rest of the file decoded the same way.
                issues.Add(new ParseIssue(ParseIssueKind.ReplacementCharacter, new LineMap(text).Span(replacement, replacement + 1), "\uFFFD"));
            }

            SectionKindModel[] kinds = SectionClassifier.Classify(body, given);
            int leadIndex = System.Array.IndexOf(kinds, SectionKindModel.Lead);
            if (leadIndex < 0)
            {
                issues.Add(new ParseIssue(ParseIssueKind.NoParagraph, title.SpanOf(0, title.Text.Length), title.Original));
                return new ParseOutcome(null, issues.ToEquatableArray());
            }

            cancellationToken.ThrowIfCancellationRequested();

            // The outlet tag and the dateline open the first paragraph of the body, or the lead when a heading stands
            // before it ("Chiếm đoạt tiền của người hưu trí" ¶ "Ngày 17/5, …").
            string? outlet = null;
            DatelineModel? dateline = null;
            int leadTextStart = 0;
            int opening = 0;
            if (body.Count > 0)
            {
                if (LeadOpening.ReadOutlet(body[0].Text).Outlet is null)
                {
                    opening = leadIndex;
                }

                Paragraph first = body[opening];
                (outlet, int restStart) = LeadOpening.ReadOutlet(first.Text);
                leadTextStart = restStart;
                if (outlet is not null)
                {
                    outlet = SliceTag(first, outlet);
                }

                if (LeadOpening.ReadDateline(first.Text, restStart) is { } d)
                {
                    dateline = new DatelineModel(first.Slice(d.Start, d.End), d.Day, d.Month, d.Year);
                }
            }

            var sections = new SectionModel[body.Count];
            for (int i = 0; i < body.Count; i++)
            {
                sections[i] = new SectionModel(i, kinds[i], body[i].Original, body[i].Line, document.Blocks[i].ImageUrl);
            }

            var blocks = new List<Paragraph>(body.Count + 1) { title };
            blocks.AddRange(body);
            var namesPeople = new bool[blocks.Count];
            namesPeople[0] = true;
            for (int i = 0; i < kinds.Length; i++)
            {
                namesPeople[i + 1] = kinds[i] is not (SectionKindModel.Caption or SectionKindModel.Byline);
            }

            PersonRegistry people = PersonRegistry.Build(blocks, namesPeople);
            var speakers = new SpeakerResolver(people);
            var readings = new BlockReading[blocks.Count];
            for (int b = 0; b < blocks.Count; b++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                SectionKindModel? kind = b == 0 ? null : kinds[b - 1];
                readings[b] = new BlockReading(b, blocks[b], kind, QuoteScanner.Scan(blocks[b].Text, singleMarks: false), speakers, namesPeople[b]);
            }

            speakers.Attach(readings);

            var article = new ArticleReading(readings, speakers);
            var quotes = new List<QuoteModel>();
            var metrics = new List<MetricModel>();
            for (int b = 0; b < blocks.Count; b++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int sectionIndex = b - 1;
                quotes.AddRange(QuoteExtractor.Extract(article, readings[b], sectionIndex, issues));
                metrics.AddRange(MetricExtractor.Extract(blocks[b], sectionIndex, b == opening + 1 ? leadTextStart : 0, issues));
            }

            FrontMatterModel front = document.FrontMatter ?? FrontMatterModel.None;
            EquatableArray<ParseIssue> found = issues.ToEquatableArray();
            var parsed = new ParsedArticle(
                title.Original,
                title.Line,
                front.Outlet ?? outlet,
                dateline,
                new EquatableArray<SectionModel>(sections),
                quotes.ToEquatableArray(),
                metrics.ToEquatableArray(),
                found)
            {
                Slug = front.Slug,
                PublishedAt = front.PublishedAt,
                Authors = front.Authors ?? BylineAuthors.Of(sections),
                Tags = front.Tags,
                Category = front.Category,
                Summary = front.Summary,
                Metadata = front.Metadata,
            };
            return new ParseOutcome(parsed, found);
        }

        // The tag as written in the file (the rules matched it on the NFC text).
        private static string SliceTag(Paragraph paragraph, string nfcTag)
        {
            int at = paragraph.Text.IndexOf(nfcTag, System.StringComparison.Ordinal);
            return at < 0 ? nfcTag : paragraph.Slice(at, at + nfcTag.Length);
        }
    }
}
