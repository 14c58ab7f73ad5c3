using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ContentGen.Core.Parsing
{
    /// <summary>Reads the source tag and the dateline that open the first paragraph.</summary>
    internal static class LeadOpening
    {
        // "(Dân trí) -", "(TNO)", "(PLO)-": a bracketed tag that starts with a capital, dash optional.
        private static readonly Regex BracketedTag = new(
            @"^\((?<tag>\p{Lu}[^()\d]{0,24}?)\)[ \u00A0]*(?:[-\u2013\u2014][ \u00A0]*)?",
            RegexOptions.CultureInvariant);

        // "TTO -", "VOV.VN -", "TPO –": one upper-case token (dots allowed) and a dash.
        private static readonly Regex PlainTag = new(
            @"^(?<tag>\p{Lu}[\p{Lu}\d.]*[\p{Lu}\d])[ \u00A0]*[-\u2013\u2014](?:[ \u00A0]+|(?=\p{Lu}))",
            RegexOptions.CultureInvariant);

        // A time of day (also "Sáng sớm", "Chiều tối"), an optional "nay/qua/mai" or weekday, then a day and month:
        // "Chiều nay (14-7)", "Ngày 21/5".
        private static readonly Regex DatelinePattern = new(
            @"(?<![\p{L}\p{Nd}])(?<text>(?:(?:(?:" + EitherCase(LexiconLists.DatelinePrefixes) + @")[ ])?(?:" + EitherCase(LexiconLists.DatelineTimes) + @")"
            + @"(?:[ ](?:" + Alternation(LexiconLists.DatelineQualifiers) + @"))?(?:[ ](?:" + Alternation(LexiconLists.DatelineDays) + @"))?"
            + @"(?:[ ](?:thứ[ ]\p{L}+|chủ nhật|[Cc]hủ [Nn]hật))?(?:[ ]ngày)?[ \u00A0,]*"
            + @"(?<open>\()?(?<day>\d{1,2})[-/.](?<month>\d{1,2})(?:[-/.](?<year>\d{4}))?(?(open)\))))(?![\d\p{L}])",
            RegexOptions.CultureInvariant);

        private const int DatelineSearchWindow = 80;

        // The words of a lexicon list as alternatives, longest first, each with its first letter in either case ("[Ss]áng").
        private static string EitherCase(string list)
        {
            var words = new System.Collections.Generic.List<string>(Lexicon.Default[list]);
            words.Sort(static (a, b) => b.Length.CompareTo(a.Length));
            return string.Join("|", words.ConvertAll(static w =>
                "[" + char.ToUpperInvariant(w[0]) + char.ToLowerInvariant(w[0]) + "]" + Regex.Escape(w.Substring(1))));
        }

        private static string Alternation(string list)
        {
            var words = new System.Collections.Generic.List<string>(Lexicon.Default[list]);
            words.Sort(static (a, b) => b.Length.CompareTo(a.Length));
            return string.Join("|", words.ConvertAll(Regex.Escape));
        }

        /// <summary>The outlet tag at the start of the paragraph and the offset where the rest begins.</summary>
        public static (string? Outlet, int RestStart) ReadOutlet(string lead)
        {
            Match match = BracketedTag.Match(lead);
            if (!match.Success)
            {
                match = PlainTag.Match(lead);
            }

            if (!match.Success)
            {
                return (null, 0);
            }

            string tag = TextRules.TrimSpace(match.Groups["tag"].Value);
            return tag.Length == 0 ? (null, 0) : (tag, match.Length);
        }

        /// <summary>The dateline among the lead's opening words, searched from <paramref name="start"/>.</summary>
        public static (int Start, int End, int? Day, int? Month, int? Year)? ReadDateline(string lead, int start)
        {
            int length = Math.Min(DatelineSearchWindow, lead.Length - start);
            if (length <= 0)
            {
                return null;
            }

            Match match = DatelinePattern.Match(lead, start, length);
            while (match.Success)
            {
                int day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
                int month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
                int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
                if (day is >= 1 and <= 31 && month is >= 1 and <= 12)
                {
                    Group text = match.Groups["text"];
                    return (text.Index, text.Index + text.Length, day, month, year);
                }

                match = match.NextMatch();
            }

            return null;
        }
    }
}
