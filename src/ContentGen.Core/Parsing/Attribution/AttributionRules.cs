using System.Collections.Generic;

namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// The attribution rules in the order they are tried, which is the policy: the shapes that tie a quote to a verb
    /// of saying come first, nearest first; then the guesses from the passage around it, nearest first.
    /// <list type="number">
    /// <item><see cref="AfterQuoteRule"/>: <c>"…" - ông X nói.</c></item>
    /// <item><see cref="TheoRule"/>: <c>Theo ông X, … "…"</c>: the frame of the whole sentence, before its inner verbs.</item>
    /// <item><see cref="BeforeQuoteRule"/>: <c>X cho biết: "…"</c>, <c>X cho rằng … "…"</c>.</item>
    /// <item><see cref="NextSentenceRule"/>: <c>"…". Đó là chia sẻ của anh X.</c></item>
    /// <item><see cref="PreviousSentenceRule"/>: the speaker the previous sentence introduced.</item>
    /// <item><see cref="SpeakingSubjectRule"/>: the passage's speaking subject, a few sentences back.</item>
    /// <item><see cref="AcrossParagraphRule"/>: the previous paragraph's last speaker.</item>
    /// </list>
    /// </summary>
    internal static class AttributionRules
    {
        /// <summary>Every rule, in the order tried.</summary>
        public static readonly IReadOnlyList<IAttributionRule> InOrder = new IAttributionRule[]
        {
            new AfterQuoteRule(),
            new TheoRule(),
            new BeforeQuoteRule(),
            new NextSentenceRule(),
            new PreviousSentenceRule(),
            new SpeakingSubjectRule(),
            new AcrossParagraphRule(),
        };
    }
}
