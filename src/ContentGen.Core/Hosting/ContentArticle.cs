using ContentGen.Core.Model;
using ContentGen.Core.Naming;

namespace ContentGen.Core.Hosting
{
    /// <summary>One article of a <see cref="ContentSet"/>: its identity, its parse and the names of its members.</summary>
    /// <param name="Identity">Id, slug and path, unique in the set as the generator makes them.</param>
    /// <param name="Article">The parsed article, sections included.</param>
    /// <param name="MetricNames">The named members of the first metrics (<c>Metrics.ThuNganSach</c>).</param>
    /// <param name="QuoteNames">The named members of the first quotes (<c>Quotes.PhamQuangNghi1</c>).</param>
    internal sealed record ContentArticle(ArticleIdentity Identity, ParsedArticle Article, string[] MetricNames, string[] QuoteNames);
}
