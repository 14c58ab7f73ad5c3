using System.Collections.Generic;
using System.Threading;

namespace ContentGen.Generator.Parsing
{
    /// <summary>Reads the text of one content file into a <see cref="ParsedArticle"/>. Plain C#: no Roslyn types.</summary>
    public static class ArticleParser
    {
        /// <summary>Parses an article; null when the text has no title or no paragraph to lead with.</summary>
        public static ParsedArticle? Parse(string text, CancellationToken cancellationToken = default)
        {
            (Paragraph? title, List<Paragraph> body) = ContentLayout.Split(text);
            if (title is null)
            {
                return null;
            }

            SectionKindModel[] kinds = SectionClassifier.Classify(body);
            int leadIndex = System.Array.IndexOf(kinds, SectionKindModel.Lead);
            if (leadIndex < 0)
            {
                return null;
            }

            cancellationToken.ThrowIfCancellationRequested();

            // The outlet tag and the dateline open the first paragraph of the body.
            string? outlet = null;
            DatelineModel? dateline = null;
            int leadTextStart = 0;
            if (body.Count > 0)
            {
                Paragraph first = body[0];
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
                sections[i] = new SectionModel(i, kinds[i], body[i].Original, body[i].Line);
            }

            var blocks = new List<Paragraph>(body.Count + 1) { title };
            blocks.AddRange(body);
            PersonRegistry people = PersonRegistry.Build(blocks);
            var quoteExtractor = new QuoteExtractor(people);

            var quotes = new List<QuoteModel>();
            var metrics = new List<MetricModel>();
            for (int b = 0; b < blocks.Count; b++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int sectionIndex = b - 1;
                quotes.AddRange(quoteExtractor.Extract(blocks[b], b, sectionIndex, isTitle: b == 0));
                metrics.AddRange(MetricExtractor.Extract(blocks[b], sectionIndex, b == 1 ? leadTextStart : 0));
            }

            return new ParsedArticle(
                title.Original,
                title.Line,
                outlet,
                dateline,
                new EquatableArray<SectionModel>(sections),
                quotes.ToEquatableArray(),
                metrics.ToEquatableArray());
        }

        // The tag as written in the file (the rules matched it on the NFC text).
        private static string SliceTag(Paragraph paragraph, string nfcTag)
        {
            int at = paragraph.Text.IndexOf(nfcTag, System.StringComparison.Ordinal);
            return at < 0 ? nfcTag : paragraph.Slice(at, at + nfcTag.Length);
        }
    }
}
