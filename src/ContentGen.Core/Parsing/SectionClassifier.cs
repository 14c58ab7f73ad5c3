using System.Collections.Generic;
using ContentGen.Core.Model;

namespace ContentGen.Core.Parsing
{
    /// <summary>Decides what each paragraph is: lead, paragraph, heading, photo caption or byline.</summary>
    internal static class SectionClassifier
    {
        private const int MaxHeadingWords = 16;
        private const int MaxBylineWords = 8;
        private const int MaxCreditReach = 64;

        /// <summary>Kinds of the paragraphs in order; the lead is the first that is neither heading nor caption.</summary>
        public static SectionKindModel[] Classify(IReadOnlyList<Paragraph> body) => Classify(body, null);

        /// <summary>
        /// Kinds of the paragraphs in order, where <paramref name="given"/> holds the kind a format gives a block (a
        /// Markdown heading or image) or null to let the rules decide.
        /// </summary>
        public static SectionKindModel[] Classify(IReadOnlyList<Paragraph> body, IReadOnlyList<SectionKindModel?>? given)
        {
            var kinds = new SectionKindModel[body.Count];
            bool leadSeen = false;
            for (int i = 0; i < body.Count; i++)
            {
                string text = body[i].Text;
                bool last = i == body.Count - 1;
                if (given?[i] is { } kind)
                {
                    kinds[i] = kind;
                }
                else if (IsCaption(text))
                {
                    kinds[i] = SectionKindModel.Caption;
                }
                else if (last && leadSeen && IsByline(text))
                {
                    kinds[i] = SectionKindModel.Byline;
                }
                else if (IsHeading(text) && (leadSeen || i + 1 < body.Count))
                {
                    kinds[i] = SectionKindModel.Heading;
                }
                else if (!leadSeen)
                {
                    kinds[i] = SectionKindModel.Lead;
                    leadSeen = true;
                }
                else
                {
                    kinds[i] = SectionKindModel.Paragraph;
                }
            }

            return kinds;
        }

        /// <summary>A short line that does not end a sentence: "Sát cánh tìm giải pháp cùng doanh nghiệp lớn".</summary>
        public static bool IsHeading(string text)
        {
            // The ends first: most paragraphs end in a full stop, and counting their words is the costly part.
            if (text.Length == 0 || !char.IsLetterOrDigit(text[0]) || !char.IsLetterOrDigit(text[text.Length - 1]))
            {
                return false;
            }

            return TextRules.CountWords(text) <= MaxHeadingWords;
        }

        /// <summary>
        /// A photo caption: ends with a credit such as "Ảnh: Hải Nam", "Ảnh:Thu Trang", "(Ảnh: Quốc Khánh)",
        /// "Ảnh Minh Đức" or "Ảnh minh họa".
        /// </summary>
        public static bool IsCaption(string text)
        {
            // The credit closes the paragraph, so only its last few dozen characters are searched.
            int window = System.Math.Min(text.Length, MaxCreditReach);
            int windowStart = text.Length - window;
            int at = text.LastIndexOf("Ảnh", text.Length - 1, window, System.StringComparison.Ordinal);
            while (at >= 0)
            {
                if (at == 0 || !TextRules.IsWordChar(text[at - 1]))
                {
                    int i = at + 3;
                    if (i < text.Length && TextRules.IsWordChar(text[i]))
                    {
                        // "Ảnhxyz" is not the word Ảnh.
                    }
                    else if (IsCredit(text, i, at))
                    {
                        return true;
                    }
                }

                at = at <= windowStart ? -1 : text.LastIndexOf("Ảnh", at - 1, at - windowStart, System.StringComparison.Ordinal);
            }

            return false;
        }

        private static bool IsCredit(string text, int i, int creditStart)
        {
            bool colon = false;
            while (i < text.Length && (TextRules.IsSpace(text[i]) || text[i] == ':'))
            {
                colon |= text[i] == ':';
                i++;
            }

            string rest = text.Substring(i).TrimEnd(')', ' ', '.', '\u00A0');
            if (rest.Length == 0 || rest.Length > 40 || rest.IndexOfAny(new[] { '.', '!', '?', ';', '"', '\u201C', '\u201D' }) >= 0)
            {
                return false;
            }

            bool nameLike = char.IsUpper(rest[0]) || (colon && char.IsLetterOrDigit(rest[0]));
            bool illustration = rest.StartsWith("minh họa", System.StringComparison.Ordinal) || rest.StartsWith("minh hoạ", System.StringComparison.Ordinal);
            if (!nameLike && !illustration)
            {
                return false;
            }

            // The credit closes the paragraph, and what precedes it ends a sentence or is the caption's own text.
            return creditStart == 0 || colon || text[creditStart - 1] is '(' or '.' or ' ' or '-' or '\u2013';
        }

        /// <summary>An author line: "Hải Nam", "TRẦN LINH", "Thu Hà (Theo Reuters, AFP)", "Theo TTXVN".</summary>
        public static bool IsByline(string text)
        {
            if (text.Length > 60 || TextRules.CountWords(text) > MaxBylineWords)
            {
                return false;
            }

            char end = text[text.Length - 1];
            if (!(char.IsLetter(end) || end == ')'))
            {
                return false;
            }

            string unwrapped = text[0] == '(' && end == ')' ? text.Substring(1, text.Length - 2) : text;
            if (unwrapped.StartsWith("Theo ", System.StringComparison.Ordinal))
            {
                return true;
            }

            int paren = unwrapped.IndexOf('(');
            string name = paren > 0 ? unwrapped.Substring(0, paren) : unwrapped;

            // "Văn Khải - Thu Hà": several authors joined by dashes or commas.
            string[] words = name.Split(new[] { ' ', ',', '-', '\u2013' }, System.StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words.Length > 6)
            {
                return false;
            }

            foreach (string word in words)
            {
                if (!TextRules.StartsUpper(word))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
