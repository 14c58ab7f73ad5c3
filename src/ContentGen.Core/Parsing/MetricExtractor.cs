using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ContentGen.Core.Model;

namespace ContentGen.Core.Parsing
{
    /// <summary>Finds percentages, amounts of money and physical measures, and the label of each.</summary>
    internal static class MetricExtractor
    {
        // Currencies, each also after a multiplier ("tỷ đồng", "nghìn tỷ đồng", "triệu USD", "tỷ rupiah").
        private static readonly IReadOnlyList<string> Currencies = Lexicon.Default[LexiconLists.Currencies];

        private static readonly IReadOnlyList<string> Multipliers = Lexicon.Default[LexiconLists.MoneyMultipliers];

        private static readonly IReadOnlyList<string> MeasureMultipliers = Lexicon.Default[LexiconLists.MeasureMultipliers];

        private static readonly IReadOnlyList<string> MeasureUnits = Lexicon.Default[LexiconLists.MeasureUnits];

        // Words after "đồng" that make it not money: "3 đồng chí", "2 đồng hồ".
        private static readonly string NotMoneyAfterDong =
            @"(?![ \u00A0](?:" + Alternation(Lexicon.Default[LexiconLists.NotMoneyAfterDong]) + @")(?![\p{L}\p{Nd}]))";

        // ASCII digits only ([0-9], not \d, which is any Unicode digit): numbers are written so, and the regex engine can
        // then jump from digit to digit instead of testing every character.
        private const string Number = @"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:[.,][0-9]+)?";

        // A range may carry its percent sign on both ends: "9%-10%".
        private static readonly Regex MetricPattern = new(
            @"(?:(?<=^|[\s(\[])(?<sign>[-\u2212])(?=[0-9]))?(?<![\p{L}\p{Nd}.,/])(?<low>" + Number + @")"
            + @"(?:(?<lowPercent>[ \u00A0]?%)?[ \u00A0]?[-\u2013][ \u00A0]?(?<high>" + Number + @"))?"
            + @"(?(lowPercent)(?<percent>[ \u00A0]?%)|"
            + @"(?:(?<percent>[ \u00A0]?%)|[ \u00A0]?(?<money>(?:(?:" + Alternation(Multipliers) + @")[ \u00A0])?(?:" + Alternation(Currencies) + @"))" + NotMoneyAfterDong + @"(?![\p{L}\p{Nd}])"
            + @"|[ \u00A0]?(?<measure>(?:(?:" + Alternation(MeasureMultipliers) + @")[ \u00A0])?(?:" + Alternation(MeasureUnits) + @"))(?![\p{L}\p{Nd}])))",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);

        private static string Alternation(IEnumerable<string> units) =>
            string.Join("|", units.OrderByDescending(static u => u.Length).Select(Regex.Escape));

        /// <summary>The metrics of one paragraph, in order.</summary>
        /// <param name="paragraph">The paragraph.</param>
        /// <param name="sectionIndex">Its index among the sections (-1 for the title).</param>
        /// <param name="textStart">Where its own words start: after the outlet tag of the lead.</param>
        /// <param name="issues">Receives numbers too large to read.</param>
        public static IEnumerable<MetricModel> Extract(Paragraph paragraph, int sectionIndex, int textStart, List<ParseIssue> issues)
        {
            string text = paragraph.Text;
            var earlier = new List<LabelledMetric>();
            foreach (Match match in MetricPattern.Matches(text))
            {
                if (!Read(paragraph, match.Groups["low"], issues, out decimal low))
                {
                    continue;
                }

                decimal? high = null;
                if (match.Groups["high"].Success)
                {
                    if (!Read(paragraph, match.Groups["high"], issues, out decimal h))
                    {
                        continue;
                    }

                    high = h;
                }

                bool negative = match.Groups["sign"].Success;
                MetricKindModel kind;
                string unit;
                if (match.Groups["percent"].Success)
                {
                    kind = MetricKindModel.Percent;
                    unit = "%";
                }
                else if (match.Groups["money"].Success)
                {
                    kind = MetricKindModel.Money;
                    unit = paragraph.Slice(match.Groups["money"].Index, match.Groups["money"].Index + match.Groups["money"].Length);
                }
                else
                {
                    kind = MetricKindModel.Measure;
                    unit = paragraph.Slice(match.Groups["measure"].Index, match.Groups["measure"].Index + match.Groups["measure"].Length);
                }

                (int Start, int End)? label = LabelFinder.Find(text, match.Index, match.Index + match.Length, System.Math.Min(textStart, match.Index), earlier);
                earlier.Add(new LabelledMetric(match.Index, match.Index + match.Length, label));
                yield return new MetricModel(
                    paragraph.Slice(match.Index, match.Index + match.Length),
                    negative ? -low : low,
                    high,
                    kind,
                    unit,
                    label is { } range ? paragraph.Slice(range.Start, range.End) : null,
                    sectionIndex,
                    paragraph.LineAt(match.Index),
                    paragraph.SpanOf(match.Index, match.Index + match.Length));
            }
        }

        private static bool Read(Paragraph paragraph, Group number, List<ParseIssue> issues, out decimal value)
        {
            if (VietnameseNumber.TryParse(number.Value, out value, out bool tooLarge))
            {
                return true;
            }

            if (tooLarge)
            {
                string shown = number.Length > 40 ? number.Value.Substring(0, 40) + "…" : number.Value;
                issues.Add(new ParseIssue(ParseIssueKind.NumberTooLarge, paragraph.SpanOf(number.Index, number.Index + number.Length), shown));
            }

            return false;
        }
    }
}
