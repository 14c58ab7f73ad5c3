using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Core;

namespace ContentGen.Generator.Emitting
{
    /// <summary>
    /// Where the article classes go. A project of up to <see cref="OneFileEachUpTo"/> articles gets one source per
    /// article (<c>Articles.&lt;Id&gt;.g.cs</c>), which reads best in a snapshot; a larger project gets
    /// <see cref="PartCount"/> sources, each holding the articles whose id hashes to it.
    /// </summary>
    /// <remarks>
    /// Every source re-opens <c>partial class Articles</c>, and the compiler's cost per partial declaration grows with
    /// their number: measured on 10,000 articles, the same classes compiled in 93 s as 10,000 sources and in 50 s as
    /// 100 (docs/BENCHMARKS.md). A part is chosen by the id alone, so adding or removing an article changes its own
    /// part; an edit re-runs that article's class and re-joins its part.
    /// </remarks>
    internal static class PartEmitter
    {
        /// <summary>The largest project that gets one source per article.</summary>
        public const int OneFileEachUpTo = 100;

        /// <summary>The number of sources of a larger project.</summary>
        public const int PartCount = 64;

        /// <summary>Whether a project of <paramref name="articles"/> articles gets its classes in parts.</summary>
        public static bool InParts(int articles) => articles > OneFileEachUpTo;

        /// <summary>The hint name of part <paramref name="part"/>.</summary>
        public static string HintName(int part) => "Articles.Part" + part.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";

        /// <summary>The part of the article with this id: the table's hash of the id, modulo <see cref="PartCount"/>.</summary>
        public static int PartOf(string id) => (int)(ArticleDataFormat.Hash(id) % PartCount);

        /// <summary>The articles of each part, in id order; an id met twice (one file listed twice) counts once.</summary>
        public static IEnumerable<PartInput> Group(IEnumerable<ArticleClass> classes, EmitOptions options)
        {
            var byPart = new SortedDictionary<int, SortedDictionary<string, ArticleClass>>();
            foreach (ArticleClass article in classes)
            {
                int part = PartOf(article.Id);
                if (!byPart.TryGetValue(part, out SortedDictionary<string, ArticleClass>? members))
                {
                    members = new SortedDictionary<string, ArticleClass>(StringComparer.Ordinal);
                    byPart.Add(part, members);
                }

                if (!members.ContainsKey(article.Id))
                {
                    members.Add(article.Id, article);
                }
            }

            foreach (KeyValuePair<int, SortedDictionary<string, ArticleClass>> part in byPart)
            {
                yield return new PartInput(part.Key, part.Value.Values.ToEquatableArray(), options);
            }
        }

        /// <summary>The source of one part.</summary>
        public static GeneratedFile Emit(PartInput part) =>
            new(
                HintName(part.Part),
                ArticleEmitter.File(part.Options, "from the project's articles (part " + part.Part.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")", part.Classes.Select(static c => c.Text)));
    }
}
