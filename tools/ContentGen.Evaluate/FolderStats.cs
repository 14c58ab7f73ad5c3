using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ContentGen.Core.Model;
using ContentGen.Core.Parsing;

namespace ContentGen.Evaluate
{
    /// <summary>
    /// What the parser makes of a folder of articles without labels: how much of the speech gets a speaker, how many
    /// metrics get a label, and which speakers and labels fail <see cref="Plausibility"/>.
    /// </summary>
    internal sealed class FolderStats
    {
        private const int ShownPhrases = 25;

        private readonly List<Finding> _implausibleSpeakers = new();
        private readonly List<Finding> _implausibleLabels = new();
        private readonly List<Finding> _unattributed = new();
        private readonly List<Finding> _unlabelled = new();
        private readonly List<string> _errors = new();

        private int _articles;
        private int _withoutArticle;
        private int _speech;
        private int _speechWithSpeaker;
        private int _metrics;
        private int _metricsWithLabel;

        /// <summary>Adds one article's reading (or the exception the parser threw on it).</summary>
        public void Add(string file, ParsedArticle? article, string? parserError)
        {
            _articles++;
            if (parserError is not null)
            {
                _errors.Add($"{file}: {parserError}");
                return;
            }

            if (article is null)
            {
                _withoutArticle++;
                return;
            }

            foreach (QuoteModel quote in article.Quotes.Where(quote => quote.Kind == QuoteKindModel.Speech))
            {
                _speech++;
                if (quote.Speaker is null)
                {
                    _unattributed.Add(new Finding(file, quote.Line, Opening(quote.Text), "no speaker"));
                    continue;
                }

                _speechWithSpeaker++;
                if (Plausibility.Problem(quote.Speaker) is { } problem)
                {
                    _implausibleSpeakers.Add(new Finding(file, quote.Line, quote.Speaker, problem));
                }
            }

            foreach (MetricModel metric in article.Metrics)
            {
                _metrics++;
                if (metric.Label is null)
                {
                    _unlabelled.Add(new Finding(file, metric.Line, metric.Text, "no label"));
                    continue;
                }

                _metricsWithLabel++;
                if (Plausibility.Problem(metric.Label) is { } problem)
                {
                    _implausibleLabels.Add(new Finding(file, metric.Line, metric.Label, problem));
                }
            }
        }

        /// <summary>Writes the shares, the most frequent implausible phrases and, when verbose, every finding.</summary>
        public void Write(TextWriter writer, bool verbose)
        {
            writer.WriteLine(Invariant($"stats ({_articles} articles, {_errors.Count} parser errors, {_withoutArticle} without an article)"));
            writer.WriteLine($"  speech with a speaker  {Ratio(_speechWithSpeaker, _speech)}");
            writer.WriteLine($"  metrics with a label   {Ratio(_metricsWithLabel, _metrics)}");
            writer.WriteLine($"  implausible speakers   {Ratio(_implausibleSpeakers.Count, _speechWithSpeaker)}");
            writer.WriteLine($"  implausible labels     {Ratio(_implausibleLabels.Count, _metricsWithLabel)}");

            foreach (string error in _errors)
            {
                writer.WriteLine($"  parser threw: {error}");
            }

            WriteMostFrequent(writer, "implausible speakers", _implausibleSpeakers);
            WriteMostFrequent(writer, "implausible labels", _implausibleLabels);
            if (verbose)
            {
                WriteAll(writer, "implausible speakers", _implausibleSpeakers);
                WriteAll(writer, "implausible labels", _implausibleLabels);
                WriteAll(writer, "speech without a speaker", _unattributed);
                WriteAll(writer, "metrics without a label", _unlabelled);
            }
        }

        private static void WriteMostFrequent(TextWriter writer, string title, List<Finding> findings)
        {
            if (findings.Count == 0)
            {
                return;
            }

            writer.WriteLine();
            writer.WriteLine($"most frequent {title}:");
            foreach (var group in findings
                .GroupBy(finding => (finding.Text, finding.Problem))
                .OrderByDescending(group => group.Count())
                .ThenBy(group => group.Key.Text, StringComparer.Ordinal)
                .Take(ShownPhrases))
            {
                writer.WriteLine(Invariant($"  {group.Count(),4} \"{group.Key.Text}\" ({group.Key.Problem})"));
            }
        }

        private static void WriteAll(TextWriter writer, string title, List<Finding> findings)
        {
            writer.WriteLine();
            writer.WriteLine(Invariant($"{title} ({findings.Count}):"));
            foreach (Finding finding in findings)
            {
                writer.WriteLine(Invariant($"  {finding.File}({finding.Line}): \"{finding.Text}\" ({finding.Problem})"));
            }
        }

        private static string Opening(string text) => text.Length <= 40 ? text : text[..40] + "…";

        private static string Ratio(int part, int whole) =>
            Invariant($"{(whole == 0 ? "n/a" : ((double)part / whole).ToString("0.000", CultureInfo.InvariantCulture))} ({part}/{whole})");

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

        private sealed record Finding(string File, int Line, string Text, string Problem);
    }
}
