using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ContentGen.Core.Model;
using ContentGen.Core.Parsing;

namespace ContentGen.Evaluate
{
    /// <summary>
    /// Writes evaluations as plain text. Every number is formatted with the invariant culture, so the report is
    /// the same on every machine.
    /// </summary>
    internal static class Report
    {
        /// <summary>How much of a quote the report shows: as much as a label's <c>start</c>.</summary>
        private const int QuoteSnippetLength = 30;

        private const string None = "none";

        /// <summary>Writes one article's scores and, when <paramref name="verbose"/>, every disagreement.</summary>
        public static void WriteArticle(TextWriter writer, ArticleEvaluation evaluation, bool verbose)
        {
            Score score = evaluation.Score;
            writer.WriteLine(evaluation.Name);
            if (evaluation.ParserError is not null)
            {
                writer.WriteLine($"  parser threw {evaluation.ParserError}; counted as nothing extracted");
            }
            else if (evaluation.Prediction is null)
            {
                writer.WriteLine("  parser returned null: nothing extracted");
            }

            string dateline = score.DatelinesLabelled == 0 ? "n/a" : OkOrWrong(score.DatelinesCorrect);
            writer.WriteLine($"  title={OkOrWrong(score.TitlesCorrect)} outlet={OkOrWrong(score.OutletsCorrect)} dateline={dateline}");
            WriteQuoteAndMetricScores(writer, score);

            if (verbose)
            {
                WriteDisagreements(writer, evaluation);
            }
        }

        /// <summary>Writes the scores summed over all scored articles.</summary>
        /// <param name="writer">Where to write.</param>
        /// <param name="total">The sum of the articles' scores.</param>
        /// <param name="skipped">Articles that could not be scored (no or broken label file).</param>
        public static void WriteTotal(TextWriter writer, Score total, int skipped)
        {
            string skippedNote = skipped == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", {skipped} skipped");
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total ({total.Articles} articles{skippedNote})"));
            writer.WriteLine(
                $"  title={Ratio(total.TitlesCorrect, total.Articles)} " +
                $"outlet={Ratio(total.OutletsCorrect, total.Articles)} " +
                $"dateline={Ratio(total.DatelinesCorrect, total.DatelinesLabelled)}");
            WriteQuoteAndMetricScores(writer, total);
        }

        private static void WriteQuoteAndMetricScores(TextWriter writer, Score score)
        {
            writer.WriteLine(
                $"  quotes P={Ratio(score.QuotesMatched, score.QuotesPredicted)} " +
                $"R={Ratio(score.QuotesMatched, score.QuotesLabelled)} " +
                $"F1={F1(score.QuotesMatched, score.QuotesPredicted, score.QuotesLabelled)} " +
                $"kind={Ratio(score.QuoteKindsCorrect, score.QuotesMatched)} " +
                $"speaker={Ratio(score.SpeakersCorrect, score.QuotesMatched)}");
            writer.WriteLine(
                $"  metrics P={Ratio(score.MetricsMatched, score.MetricsPredicted)} " +
                $"R={Ratio(score.MetricsMatched, score.MetricsLabelled)} " +
                $"F1={F1(score.MetricsMatched, score.MetricsPredicted, score.MetricsLabelled)} " +
                $"label={Ratio(score.MetricLabelsCorrect, score.MetricLabelsScored)}");
        }

        private static void WriteDisagreements(TextWriter writer, ArticleEvaluation evaluation)
        {
            ArticleLabels labels = evaluation.Labels;
            ParsedArticle? prediction = evaluation.Prediction;

            if (evaluation.Score.TitlesCorrect == 0)
            {
                writer.WriteLine($"    wrong title: expected {Quoted(labels.Title)} got {Quoted(prediction?.Title)}");
            }

            if (evaluation.Score.OutletsCorrect == 0)
            {
                writer.WriteLine($"    wrong outlet: expected {Quoted(labels.Outlet)} got {Quoted(prediction?.Outlet)}");
            }

            if (labels.Dateline is not null && evaluation.Score.DatelinesCorrect == 0)
            {
                writer.WriteLine($"    wrong dateline: expected {Describe(labels.Dateline)} got {Describe(prediction?.Dateline)}");
            }

            for (int labelIndex = 0; labelIndex < labels.Quotes.Count; labelIndex++)
            {
                QuoteLabel label = labels.Quotes[labelIndex];
                if (evaluation.QuotePairing[labelIndex] is not int predictionIndex)
                {
                    writer.WriteLine($"    missed quote {Quoted(label.Start)} speaker={Name(label.Speaker)} kind={Kind(label.Kind)}");
                    continue;
                }

                QuoteModel quote = evaluation.PredictedQuotes[predictionIndex];
                if (!MatchRules.SpeakerMatches(label.Speaker, quote.Speaker))
                {
                    writer.WriteLine($"    wrong speaker {Quoted(label.Start)}: expected {Name(label.Speaker)} got {Name(quote.Speaker)}");
                }

                if (label.Kind != quote.Kind)
                {
                    writer.WriteLine($"    wrong kind {Quoted(label.Start)}: expected {Kind(label.Kind)} got {Kind(quote.Kind)}");
                }
            }

            foreach (int predictionIndex in evaluation.UnpairedQuotePredictions())
            {
                QuoteModel quote = evaluation.PredictedQuotes[predictionIndex];
                writer.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"    false quote {Quoted(Snippet(quote.Text))} speaker={Name(quote.Speaker)} kind={Kind(quote.Kind)} line={quote.Line}"));
            }

            foreach ((MetricLabel label, int? predictionIndex) in labels.Metrics.Zip(evaluation.MetricPairing))
            {
                if (predictionIndex is null)
                {
                    writer.WriteLine(
                        $"    missed metric {Quoted(label.Text)} kind={Kind(label.Kind)} value={Number(label.Value)} " +
                        $"max={Number(label.Max)} unit={Quoted(label.Unit)}");
                }
                else if (label.Label is not null && evaluation.PredictedMetrics[predictionIndex.Value] is { } metric
                    && !MatchRules.MetricLabelMatches(label.Label, metric.Label))
                {
                    writer.WriteLine($"    wrong label {Quoted(label.Text)}: expected {Quoted(label.Label)} got {Quoted(metric.Label)}");
                }
            }

            foreach (int predictionIndex in evaluation.UnpairedMetricPredictions())
            {
                MetricModel metric = evaluation.PredictedMetrics[predictionIndex];
                writer.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"    false metric {Quoted(metric.Text)} kind={Kind(metric.Kind)} value={Number(metric.Value)} " +
                    $"max={Number(metric.MaxValue)} unit={Quoted(metric.Unit)} label={Quoted(metric.Label)} line={metric.Line}"));
            }
        }

        /// <summary>"0.857 (6/7)", or "n/a (0/0)" when nothing is there to count.</summary>
        private static string Ratio(int part, int whole)
        {
            string ratio = whole == 0 ? "n/a" : ((double)part / whole).ToString("0.000", CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture, $"{ratio} ({part}/{whole})");
        }

        // F1 = 2PR / (P + R) = 2 matched / (predicted + labelled); n/a when there is nothing either side.
        private static string F1(int matched, int predicted, int labelled) =>
            predicted + labelled == 0 ? "n/a" : (2.0 * matched / (predicted + labelled)).ToString("0.000", CultureInfo.InvariantCulture);

        private static string OkOrWrong(int correct) => correct > 0 ? "ok" : "wrong";

        private static string Kind(QuoteKindModel kind) => kind == QuoteKindModel.Speech ? "speech" : "term";

        private static string Kind(MetricKindModel kind) => kind switch
        {
            MetricKindModel.Percent => "percent",
            MetricKindModel.Money => "money",
            _ => "measure",
        };

        private static string Name(string? name) => name is null ? None : Printable(name);

        private static string Quoted(string? text) => text is null ? None : "\"" + Printable(text) + "\"";

        /// <summary>Shortest invariant form of a number: 2900, 7.8, -3.1.</summary>
        private static string Number(decimal? value) =>
            value is decimal number ? number.ToString("0.############################", CultureInfo.InvariantCulture) : None;

        private static string Describe(DatelineLabel label) =>
            $"{Quoted(label.Text)} {DayMonthYear(label.Day, label.Month, label.Year)}";

        private static string Describe(DatelineModel? dateline) =>
            dateline is null ? None : $"{Quoted(dateline.Text)} {DayMonthYear(dateline.Day, dateline.Month, dateline.Year)}";

        private static string DayMonthYear(int? day, int? month, int? year) =>
            $"day={Number(day)} month={Number(month)} year={Number(year)}";

        private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? None;

        /// <summary>The opening of a predicted quote, as long as a label's <c>start</c>.</summary>
        private static string Snippet(string text) =>
            text.Length <= QuoteSnippetLength ? text : text[..QuoteSnippetLength];

        /// <summary>Keeps each finding on one line: control characters (line breaks, tabs) become spaces.</summary>
        private static string Printable(string text)
        {
            if (!text.Any(char.IsControl))
            {
                return text;
            }

            var builder = new StringBuilder(text.Length);
            foreach (char character in text)
            {
                builder.Append(char.IsControl(character) ? ' ' : character);
            }

            return builder.ToString();
        }
    }
}
