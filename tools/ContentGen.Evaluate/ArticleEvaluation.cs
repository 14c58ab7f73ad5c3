using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Core.Model;
using ContentGen.Core.Parsing;

namespace ContentGen.Evaluate
{
    /// <summary>How the parser's reading of one article compares with its labels.</summary>
    internal sealed class ArticleEvaluation
    {
        private ArticleEvaluation(
            string name,
            ArticleLabels labels,
            ParsedArticle? prediction,
            string? parserError,
            IReadOnlyList<QuoteModel> predictedQuotes,
            IReadOnlyList<MetricModel> predictedMetrics,
            IReadOnlyList<int?> quotePairing,
            IReadOnlyList<int?> metricPairing,
            Score score)
        {
            Name = name;
            Labels = labels;
            Prediction = prediction;
            ParserError = parserError;
            PredictedQuotes = predictedQuotes;
            PredictedMetrics = predictedMetrics;
            QuotePairing = quotePairing;
            MetricPairing = metricPairing;
            Score = score;
        }

        /// <summary>File name of the article.</summary>
        public string Name { get; }

        /// <summary>What the article should give.</summary>
        public ArticleLabels Labels { get; }

        /// <summary>What the parser gave; null when it extracted nothing.</summary>
        public ParsedArticle? Prediction { get; }

        /// <summary>The exception the parser threw, if it threw (the article then counts as nothing extracted).</summary>
        public string? ParserError { get; }

        /// <summary>For each labelled quote, the index of the predicted quote it was paired with.</summary>
        public IReadOnlyList<int?> QuotePairing { get; }

        /// <summary>For each labelled metric, the index of the predicted metric it was paired with.</summary>
        public IReadOnlyList<int?> MetricPairing { get; }

        /// <summary>The counts for this article.</summary>
        public Score Score { get; }

        /// <summary>Predicted quotes (empty when nothing was extracted).</summary>
        public IReadOnlyList<QuoteModel> PredictedQuotes { get; }

        /// <summary>Predicted metrics (empty when nothing was extracted).</summary>
        public IReadOnlyList<MetricModel> PredictedMetrics { get; }

        /// <summary>Scores one article.</summary>
        /// <param name="name">File name of the article, for the report.</param>
        /// <param name="labels">What the article should give.</param>
        /// <param name="prediction">What the parser gave, or null.</param>
        /// <param name="parserError">The parser's exception, if it threw.</param>
        public static ArticleEvaluation Create(string name, ArticleLabels labels, ParsedArticle? prediction, string? parserError)
        {
            IReadOnlyList<QuoteModel> quotes = prediction is null ? Array.Empty<QuoteModel>() : prediction.Quotes;
            IReadOnlyList<MetricModel> metrics = prediction is null ? Array.Empty<MetricModel>() : prediction.Metrics;

            IReadOnlyList<int?> quotePairing = MatchRules.PairInOrder(labels.Quotes, quotes, MatchRules.QuoteTextMatches);
            IReadOnlyList<int?> metricPairing = MatchRules.PairInOrder(labels.Metrics, metrics, MatchRules.MetricMatches);

            var matchedQuotes = quotePairing
                .Select((predictionIndex, labelIndex) => (Label: labels.Quotes[labelIndex], PredictionIndex: predictionIndex))
                .Where(pair => pair.PredictionIndex is not null)
                .Select(pair => (pair.Label, Prediction: quotes[pair.PredictionIndex!.Value]))
                .ToList();

            var matchedMetrics = metricPairing
                .Select((predictionIndex, labelIndex) => (Label: labels.Metrics[labelIndex], PredictionIndex: predictionIndex))
                .Where(pair => pair.PredictionIndex is not null && pair.Label.Label is not null)
                .Select(pair => (pair.Label, Prediction: metrics[pair.PredictionIndex!.Value]))
                .ToList();

            var score = new Score(
                Articles: 1,
                TitlesCorrect: MatchRules.TextEquals(labels.Title, prediction?.Title) ? 1 : 0,
                OutletsCorrect: MatchRules.TextEquals(labels.Outlet, prediction?.Outlet) ? 1 : 0,
                DatelinesLabelled: labels.Dateline is null ? 0 : 1,
                DatelinesCorrect: labels.Dateline is not null && MatchRules.DatelineMatches(labels.Dateline, prediction?.Dateline) ? 1 : 0,
                QuotesLabelled: labels.Quotes.Count,
                QuotesPredicted: quotes.Count,
                QuotesMatched: matchedQuotes.Count,
                QuoteKindsCorrect: matchedQuotes.Count(pair => pair.Label.Kind == pair.Prediction.Kind),
                SpeakersCorrect: matchedQuotes.Count(pair => MatchRules.SpeakerMatches(pair.Label.Speaker, pair.Prediction.Speaker)),
                MetricsLabelled: labels.Metrics.Count,
                MetricsPredicted: metrics.Count,
                MetricsMatched: metricPairing.Count(predictionIndex => predictionIndex is not null),
                MetricLabelsScored: matchedMetrics.Count,
                MetricLabelsCorrect: matchedMetrics.Count(pair => MatchRules.MetricLabelMatches(pair.Label.Label, pair.Prediction.Label)));

            return new ArticleEvaluation(name, labels, prediction, parserError, quotes, metrics, quotePairing, metricPairing, score);
        }

        /// <summary>Indexes of predicted quotes that no label took, in document order.</summary>
        public IEnumerable<int> UnpairedQuotePredictions() => Unpaired(QuotePairing, PredictedQuotes.Count);

        /// <summary>Indexes of predicted metrics that no label took, in document order.</summary>
        public IEnumerable<int> UnpairedMetricPredictions() => Unpaired(MetricPairing, PredictedMetrics.Count);

        private static IEnumerable<int> Unpaired(IReadOnlyList<int?> pairing, int predictionCount)
        {
            var taken = new HashSet<int>(pairing.Where(index => index is not null).Select(index => index!.Value));
            return Enumerable.Range(0, predictionCount).Where(index => !taken.Contains(index));
        }
    }
}
