using System;
using System.Collections.Generic;
using System.Globalization;
using ContentGen.Core.Model;
using ContentGen.Core.Parsing;

namespace ContentGen.Core.Naming
{
    /// <summary>
    /// Names the generated members by the rules of the public contract: stable names derived from content, not
    /// position, wherever the content gives one.
    /// </summary>
    internal static class MemberNamer
    {
        // Names that would clash with the generated shape or with members every class inherits from object.
        private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
        {
            "Article", "Articles", "Metrics", "Quotes", "All", "Find", "AllArticles",
            "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        };

        private const int MaxTermWords = 8;

        /// <summary>The C# identifier of an article from its file name; digits first get the prefix <c>Article</c>.</summary>
        public static string ArticleId(string slug)
        {
            string folded = IdentifierFolding.Fold(slug);
            if (folded.Length == 0)
            {
                return "Untitled";
            }

            return char.IsDigit(folded[0]) ? "Article" + folded : folded;
        }

        /// <summary>
        /// Unique identifiers for a list of base names inside one class named <paramref name="containingClass"/>:
        /// a reserved name or keyword gets a trailing <c>_</c>, and repeats get <c>2</c>, <c>3</c>, … in order.
        /// </summary>
        /// <param name="names">The wanted names, in document order.</param>
        /// <param name="containingClass">The class the members are declared in.</param>
        /// <param name="renames">Receives every name that could not be used as wanted.</param>
        public static string[] MakeUnique(IReadOnlyList<string> names, string containingClass, List<Rename>? renames = null)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            var result = new string[names.Count];
            for (int i = 0; i < names.Count; i++)
            {
                string name = names[i];
                RenameReason? reason = null;
                if (Reserved.Contains(name) || name == containingClass || CSharpKeywords.Contains(name))
                {
                    name += "_";
                    reason = RenameReason.Reserved;
                }

                string candidate = name;
                for (int n = 2; !used.Add(candidate); n++)
                {
                    candidate = name + n.ToString(CultureInfo.InvariantCulture);
                    reason = RenameReason.Collision;
                }

                result[i] = candidate;
                if (reason is { } r)
                {
                    renames?.Add(new Rename(i, names[i], candidate, r));
                }
            }

            return result;
        }

        /// <summary>Member names of the metrics, in order, unique inside the <c>Metrics</c> class.</summary>
        public static string[] MetricNames(IReadOnlyList<MetricModel> metrics, List<Rename>? renames = null)
        {
            var names = new string[metrics.Count];
            for (int i = 0; i < metrics.Count; i++)
            {
                MetricModel metric = metrics[i];
                string kind = metric.Kind.ToString();
                string label = metric.Label is null ? string.Empty : IdentifierFolding.Fold(metric.Label);
                if (label.Length == 0)
                {
                    names[i] = kind + Number(metric.Value) + (metric.MaxValue is { } max ? "To" + Number(max) : string.Empty) + IdentifierFolding.Fold(metric.Unit);
                }
                else
                {
                    names[i] = char.IsDigit(label[0]) ? kind + label : label;
                }
            }

            return MakeUnique(names, "Metrics", renames);
        }

        /// <summary>Member names of the quotes, in order, unique inside the <c>Quotes</c> class.</summary>
        public static string[] QuoteNames(IReadOnlyList<QuoteModel> quotes, List<Rename>? renames = null)
        {
            var names = new string[quotes.Count];
            var perSpeaker = new Dictionary<string, int>(StringComparer.Ordinal);
            int terms = 0;
            for (int i = 0; i < quotes.Count; i++)
            {
                QuoteModel quote = quotes[i];
                if (quote.Kind == QuoteKindModel.Term)
                {
                    terms++;
                    string folded = TextWords(quote.Text) <= MaxTermWords ? IdentifierFolding.Fold(quote.Text) : string.Empty;
                    names[i] = folded.Length == 0 ? "Term" + terms.ToString(CultureInfo.InvariantCulture)
                        : char.IsDigit(folded[0]) ? "Term" + folded
                        : folded;
                    continue;
                }

                string speaker = quote.Speaker is null ? string.Empty : IdentifierFolding.Fold(quote.Speaker);
                if (speaker.Length == 0 || char.IsDigit(speaker[0]))
                {
                    names[i] = "Quote" + (i + 1).ToString(CultureInfo.InvariantCulture);
                    continue;
                }

                string key = TextRules.Key(quote.Speaker!);
                perSpeaker.TryGetValue(key, out int count);
                perSpeaker[key] = ++count;
                names[i] = speaker + count.ToString(CultureInfo.InvariantCulture);
            }

            return MakeUnique(names, "Quotes", renames);
        }

        private static int TextWords(string text)
        {
            int words = 0;
            bool inWord = false;
            foreach (char c in text)
            {
                bool wordChar = !char.IsWhiteSpace(c);
                if (wordChar && !inWord)
                {
                    words++;
                }

                inWord = wordChar;
            }

            return words;
        }

        private static string Number(decimal value)
        {
            string text = value.ToString(CultureInfo.InvariantCulture);
            return (value < 0 ? "Minus" + text.Substring(1) : text).Replace('.', '_');
        }
    }
}
