using System;
using System.Collections.Generic;
using ContentGen.Core.Model;

namespace ContentGen.Core.Parsing
{
    /// <summary>The authors a byline names: "Văn Khải - Thu Hà", "Hải Nam, Thu Trang", "Thu Hà (Theo Reuters)".</summary>
    internal static class BylineAuthors
    {
        private static readonly string[] Separators = { " - ", " – ", " — ", ",", ";", " và " };

        /// <summary>The names in the article's byline section, or none. A source line ("Theo TTXVN") names no author.</summary>
        public static EquatableArray<string> Of(IReadOnlyList<SectionModel> sections)
        {
            for (int i = sections.Count - 1; i >= 0; i--)
            {
                if (sections[i].Kind == SectionKindModel.Byline)
                {
                    return Names(sections[i].Text);
                }
            }

            return EquatableArray<string>.Empty;
        }

        /// <summary>The names in one byline.</summary>
        public static EquatableArray<string> Names(string byline)
        {
            string text = TextRules.TrimSpace(byline);
            if (text.Length > 1 && text[0] == '(' && text[text.Length - 1] == ')')
            {
                text = text.Substring(1, text.Length - 2);
            }

            // "Thu Hà (Theo Reuters, AFP)": what the brackets credit is a source, not an author.
            int bracket = text.IndexOf('(');
            if (bracket >= 0)
            {
                text = text.Substring(0, bracket);
            }

            var names = new List<string>();
            foreach (string part in text.Split(Separators, StringSplitOptions.None))
            {
                string name = TextRules.TrimSpace(part).TrimEnd('.');
                if (name.Length > 0 && !name.StartsWith("Theo ", StringComparison.Ordinal) && name != "Theo")
                {
                    names.Add(name);
                }
            }

            return names.ToEquatableArray();
        }
    }
}
