using System;
using System.Collections.Generic;
using System.Globalization;
using ContentGen.Core.Diagnostics;
using ContentGen.Core.Model;

namespace ContentGen.Core.Naming
{
    /// <summary>
    /// The named members of one article (<c>Metrics.ThuNganSach</c>, <c>Quotes.PhamQuangNghi1</c>) and what is reported
    /// about them: the generator declares exactly these, and every other host shows exactly these.
    /// </summary>
    internal static class ArticleMembers
    {
        /// <summary>Most named members of one kind in one article; the rest are reached through the lists.</summary>
        public const int MaxNamedMembers = 1000;

        /// <summary>
        /// The names of the article's first <see cref="MaxNamedMembers"/> metrics and quotes, in document order. A name C#
        /// or the generated code does not allow (changed with a trailing <c>_</c>) and members past the cap are reported to
        /// <paramref name="diagnostics"/>; a name taken by an earlier member gets <c>2</c>, <c>3</c>, … (the naming
        /// rule, not news: a news archive repeats labels in most articles, and a compiler given hundreds of thousands
        /// of diagnostics spends minutes printing them).
        /// </summary>
        public static (string[] Metrics, string[] Quotes) Of(ArticleIdentity identity, ParsedArticle article, List<DiagnosticInfo> diagnostics)
        {
            var metricRenames = new List<Rename>();
            string[] metrics = MemberNamer.MetricNames(article.Metrics, metricRenames);
            var quoteRenames = new List<Rename>();
            string[] quotes = MemberNamer.QuoteNames(article.Quotes, quoteRenames);
            return (
                Named(identity, "Metric", article.Metrics, metrics, metricRenames, static m => m.Span, diagnostics),
                Named(identity, "Quote", article.Quotes, quotes, quoteRenames, static q => q.Span, diagnostics));
        }

        private static string[] Named<T>(
            ArticleIdentity identity,
            string type,
            EquatableArray<T> items,
            string[] names,
            List<Rename> renames,
            Func<T, SourceSpan> span,
            List<DiagnosticInfo> diagnostics)
            where T : IEquatable<T>
        {
            string list = type + "s";
            int named = items.Count;
            if (named > MaxNamedMembers)
            {
                named = MaxNamedMembers;
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticKinds.TooManyMembers, identity.FilePath, span(items[MaxNamedMembers]), identity.Path, Int(items.Count), list, Int(MaxNamedMembers)));
            }

            foreach (Rename rename in renames)
            {
                if (rename.Index < named && rename.Reason != RenameReason.Collision)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticKinds.MemberRenamed, identity.FilePath, span(items[rename.Index]), type.ToLowerInvariant(), rename.Wanted, rename.Given, Reasons.Of(rename.Reason)));
                }
            }

            if (named == names.Length)
            {
                return names;
            }

            var first = new string[named];
            Array.Copy(names, first, named);
            return first;
        }

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
