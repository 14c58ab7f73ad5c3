using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ContentGen.Core.Diagnostics;
using ContentGen.Core.Documents;
using ContentGen.Core.Model;
using ContentGen.Core.Naming;
using ContentGen.Core.Parsing;

namespace ContentGen.Core.Hosting
{
    /// <summary>
    /// Reads a set of article files as the generator reads a project's: each file parsed in its format, ids made
    /// unique in path order, members named, and every diagnostic the build reports. For hosts without a compiler (the
    /// command-line tool); the generator runs the same steps incrementally.
    /// </summary>
    internal static class ContentSet
    {
        /// <summary>Reads <paramref name="files"/>.</summary>
        public static ContentSetResult Read(IEnumerable<ContentFile> files, CancellationToken cancellationToken = default)
        {
            ContentFile[] ordered = files.OrderBy(static f => f.Path, StringComparer.Ordinal).ToArray();

            // Files parse independently (the parser's shared state is read-only), so they are read on every core; the
            // results are gathered in path order, so the output does not depend on the schedule.
            var articles = new ParsedArticle?[ordered.Length];
            var found = new List<DiagnosticInfo>[ordered.Length];
            System.Threading.Tasks.Parallel.For(
                0,
                ordered.Length,
                new System.Threading.Tasks.ParallelOptions { CancellationToken = cancellationToken },
                i =>
                {
                    found[i] = new List<DiagnosticInfo>();
                    articles[i] = Parse(ordered[i], found[i], cancellationToken);
                });

            var diagnostics = new List<DiagnosticInfo>();
            var parsed = new Dictionary<string, ParsedArticle>(StringComparer.Ordinal);
            var keys = new List<ArticleKey>();
            for (int i = 0; i < ordered.Length; i++)
            {
                ContentFile file = ordered[i];
                ParsedArticle? article = articles[i];
                diagnostics.AddRange(found[i]);
                string slug = SlugOf(article, ProjectPath.Slug(file.Path));
                if (article is not null && !parsed.ContainsKey(file.Path))
                {
                    parsed.Add(file.Path, article);
                }

                keys.Add(new ArticleKey(file.Path, slug, file.FilePath, article is not null));
            }

            IdAssignment assignment = IdAssigner.Assign(keys);
            diagnostics.AddRange(assignment.Diagnostics);
            var result = new List<ContentArticle>(assignment.Identities.Count);
            foreach (ArticleIdentity identity in assignment.Identities)
            {
                ParsedArticle article = parsed[identity.Path];
                (string[] metrics, string[] quotes) = ArticleMembers.Of(identity, article, diagnostics);
                result.Add(new ContentArticle(identity, article, metrics, quotes));
            }

            DiagnosticInfo[] sorted = diagnostics
                .OrderBy(static d => d.FilePath, StringComparer.Ordinal)
                .ThenBy(static d => d.Span.Start)
                .ThenBy(static d => d.Id, StringComparer.Ordinal)
                .ToArray();
            return new ContentSetResult(result, sorted);
        }

        /// <summary>The slug an article goes by: its front matter's, else its file name's.</summary>
        public static string SlugOf(ParsedArticle? article, string fileSlug) => article?.Slug is { Length: > 0 } given ? given : fileSlug;

        /// <summary>The diagnostic of a file the host could not read, or the parser could not process.</summary>
        public static DiagnosticInfo Failure(string filePath, string path, string type, string message) =>
            DiagnosticInfo.Create(DiagnosticKinds.UnexpectedError, filePath, SourceSpan.FileStart, path, type, message);

        private static ParsedArticle? Parse(ContentFile file, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            if (file.ReadError is { } error || file.Text is null)
            {
                (string type, string message) = file.ReadError ?? ("IOException", "the file could not be read");
                diagnostics.Add(Failure(file.FilePath, file.Path, type, message));
                return null;
            }

            try
            {
                ParseOutcome outcome = ArticleParser.Read(file.Text, ContentFormats.OfPath(file.Path), cancellationToken);
                foreach (ParseIssue issue in outcome.Issues)
                {
                    diagnostics.Add(IssueDiagnostics.Of(issue, file.FilePath, file.Path));
                }

                return outcome.Article;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                diagnostics.Add(Failure(file.FilePath, file.Path, exception.GetType().Name, exception.Message));
                return null;
            }
        }
    }
}
