namespace ContentGen.Evaluate
{
    /// <summary>
    /// Counts behind every reported ratio. Scores of several articles add up, so the totals are micro-averages
    /// (an article with many quotes weighs more than one with few).
    /// </summary>
    /// <param name="Articles">Articles scored.</param>
    /// <param name="TitlesCorrect">Articles whose title matched exactly.</param>
    /// <param name="OutletsCorrect">Articles whose outlet matched exactly (no outlet matches no outlet).</param>
    /// <param name="DatelinesLabelled">Articles with a labelled dateline.</param>
    /// <param name="DatelinesCorrect">Labelled datelines that matched.</param>
    /// <param name="QuotesLabelled">Labelled quotes.</param>
    /// <param name="QuotesPredicted">Predicted quotes.</param>
    /// <param name="QuotesMatched">Label–prediction pairs of quotes, matched on text.</param>
    /// <param name="QuoteKindsCorrect">Matched quotes whose kind is right.</param>
    /// <param name="SpeakersCorrect">Matched quotes whose speaker is right.</param>
    /// <param name="MetricsLabelled">Labelled metrics.</param>
    /// <param name="MetricsPredicted">Predicted metrics.</param>
    /// <param name="MetricsMatched">Label–prediction pairs of metrics.</param>
    /// <param name="MetricLabelsScored">Matched metrics whose expected label is not null.</param>
    /// <param name="MetricLabelsCorrect">Of those, metrics whose predicted label matches.</param>
    internal readonly record struct Score(
        int Articles,
        int TitlesCorrect,
        int OutletsCorrect,
        int DatelinesLabelled,
        int DatelinesCorrect,
        int QuotesLabelled,
        int QuotesPredicted,
        int QuotesMatched,
        int QuoteKindsCorrect,
        int SpeakersCorrect,
        int MetricsLabelled,
        int MetricsPredicted,
        int MetricsMatched,
        int MetricLabelsScored,
        int MetricLabelsCorrect)
    {
        /// <summary>Adds the counts of two scores.</summary>
        public static Score operator +(Score left, Score right) => new(
            left.Articles + right.Articles,
            left.TitlesCorrect + right.TitlesCorrect,
            left.OutletsCorrect + right.OutletsCorrect,
            left.DatelinesLabelled + right.DatelinesLabelled,
            left.DatelinesCorrect + right.DatelinesCorrect,
            left.QuotesLabelled + right.QuotesLabelled,
            left.QuotesPredicted + right.QuotesPredicted,
            left.QuotesMatched + right.QuotesMatched,
            left.QuoteKindsCorrect + right.QuoteKindsCorrect,
            left.SpeakersCorrect + right.SpeakersCorrect,
            left.MetricsLabelled + right.MetricsLabelled,
            left.MetricsPredicted + right.MetricsPredicted,
            left.MetricsMatched + right.MetricsMatched,
            left.MetricLabelsScored + right.MetricLabelsScored,
            left.MetricLabelsCorrect + right.MetricLabelsCorrect);
    }
}
