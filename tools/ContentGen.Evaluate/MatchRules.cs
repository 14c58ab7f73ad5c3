using System;
using System.Collections.Generic;
using System.Text;
using ContentGen.Core.Model;
using ContentGen.Core.Parsing;

namespace ContentGen.Evaluate
{
    /// <summary>
    /// The rules that score the parser against labelled articles: when a predicted quote, speaker, metric or
    /// dateline counts as the labelled one, and how predictions are paired with labels.
    /// </summary>
    internal static class MatchRules
    {
        /// <summary>How many characters of a label's quote start a prediction must contain.</summary>
        public const int QuotePrefixLength = 20;

        /// <summary>How far into the predicted quote those characters may be found.</summary>
        public const int QuoteSearchWindow = 60;

        /// <summary>
        /// A predicted quote matches a label when it starts with the label's first 20 characters or holds them in
        /// its first 60. Both sides are compared in NFC, so a file typed with decomposed diacritics scores the same.
        /// </summary>
        public static bool QuoteTextMatches(QuoteLabel label, QuoteModel predicted)
        {
            string prefix = Truncate(Nfc(label.Start), QuotePrefixLength);

            // "Starts with" is the special case of "found at index 0", so one search covers both rules.
            return Truncate(Nfc(predicted.Text), QuoteSearchWindow).Contains(prefix, StringComparison.Ordinal);
        }

        /// <summary>
        /// Speakers match when equal after NFC and case folding (null only matches null). Multi-word names may also
        /// contain each other ("Ngân hàng Nhà nước" and "Ngân hàng Nhà nước Việt Nam"), when both have two words
        /// or more.
        /// </summary>
        public static bool SpeakerMatches(string? expected, string? actual)
        {
            if (expected is null || actual is null)
            {
                return expected is null && actual is null;
            }

            string foldedExpected = FoldName(expected);
            string foldedActual = FoldName(actual);
            if (string.Equals(foldedExpected, foldedActual, StringComparison.Ordinal))
            {
                return true;
            }

            return CountWords(foldedExpected) >= 2
                && CountWords(foldedActual) >= 2
                && (foldedExpected.Contains(foldedActual, StringComparison.Ordinal)
                    || foldedActual.Contains(foldedExpected, StringComparison.Ordinal));
        }

        /// <summary>A predicted metric matches a label on kind, value, range end and text (in NFC).</summary>
        public static bool MetricMatches(MetricLabel label, MetricModel predicted) =>
            label.Kind == predicted.Kind
            && label.Value == predicted.Value
            && label.Max == predicted.MaxValue
            && TextEquals(label.Text, predicted.Text);

        /// <summary>How many words a metric label may differ by when one contains the other.</summary>
        public const int LabelWordSlack = 3;

        /// <summary>
        /// A predicted metric label matches the expected one when both are equal after NFC, case and space folding, or
        /// when one contains the other and their word counts differ by at most <see cref="LabelWordSlack"/>
        /// (<c>giá vàng</c> against <c>giá vàng giao ngay</c>). A missing prediction never matches.
        /// </summary>
        public static bool MetricLabelMatches(string? expected, string? actual)
        {
            if (expected is null || actual is null)
            {
                return expected is null && actual is null;
            }

            string foldedExpected = FoldLabel(expected);
            string foldedActual = FoldLabel(actual);
            if (string.Equals(foldedExpected, foldedActual, StringComparison.Ordinal))
            {
                return true;
            }

            bool contains = foldedExpected.Contains(foldedActual, StringComparison.Ordinal)
                || foldedActual.Contains(foldedExpected, StringComparison.Ordinal);
            return foldedActual.Length > 0 && contains
                && Math.Abs(CountWords(foldedExpected) - CountWords(foldedActual)) <= LabelWordSlack;
        }

        /// <summary>A dateline matches on its numbers: day, month and year (the extent of its text may vary).</summary>
        public static bool DatelineMatches(DatelineLabel label, DatelineModel? predicted) =>
            predicted is not null
            && label.Day == predicted.Day
            && label.Month == predicted.Month
            && label.Year == predicted.Year;

        /// <summary>Exact comparison after NFC; null only equals null.</summary>
        public static bool TextEquals(string? expected, string? actual) =>
            expected is null || actual is null
                ? expected is null && actual is null
                : string.Equals(Nfc(expected), Nfc(actual), StringComparison.Ordinal);

        /// <summary>
        /// Pairs labels with predictions one-to-one in document order: each label, in turn, takes the first
        /// prediction not yet taken that matches it.
        /// </summary>
        /// <returns>For each label, the index of its prediction, or null when none matched.</returns>
        public static IReadOnlyList<int?> PairInOrder<TLabel, TPrediction>(
            IReadOnlyList<TLabel> labels,
            IReadOnlyList<TPrediction> predictions,
            Func<TLabel, TPrediction, bool> matches)
        {
            var taken = new bool[predictions.Count];
            var pairing = new int?[labels.Count];
            for (int labelIndex = 0; labelIndex < labels.Count; labelIndex++)
            {
                for (int predictionIndex = 0; predictionIndex < predictions.Count; predictionIndex++)
                {
                    if (!taken[predictionIndex] && matches(labels[labelIndex], predictions[predictionIndex]))
                    {
                        taken[predictionIndex] = true;
                        pairing[labelIndex] = predictionIndex;
                        break;
                    }
                }
            }

            return pairing;
        }

        private static string Nfc(string text) => text.Normalize(NormalizationForm.FormC);

        private static string FoldName(string name) => Nfc(name).Trim().ToLowerInvariant();

        // NFC, lower case, and every run of white space (NBSP included) one plain space.
        private static string FoldLabel(string label) =>
            string.Join(' ', Nfc(label).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        private static int CountWords(string text) =>
            text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

        private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
    }
}
