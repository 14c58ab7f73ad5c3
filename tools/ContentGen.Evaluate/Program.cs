using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ContentGen.Core.Documents;
using ContentGen.Core.Model;
using ContentGen.Core.Parsing;

namespace ContentGen.Evaluate
{
    /// <summary>
    /// Measures <see cref="ArticleParser"/> against a folder of labelled articles (<c>X.txt</c> or <c>X.md</c> with its
    /// <c>X.json</c>) and prints precision and recall per article and in total. It measures, it does not gate:
    /// the exit code is 0 whatever the scores, 2 only for bad arguments.
    /// </summary>
    internal static class Program
    {
        private const int ExitSuccess = 0;
        private const int ExitBadArguments = 2;

        private const string Usage =
            "usage: dotnet run --project tools/ContentGen.Evaluate -c Release -- <folder> [--stats] [--verbose]\n" +
            "  <folder>   holds X.txt or X.md articles, each labelled by an X.json (labels are not needed with --stats)\n" +
            "  --stats    no scoring: share of speech with a speaker, of metrics with a label, and implausible ones\n" +
            "  --verbose  also list, per article, every missed label, false positive and wrong speaker, kind or label\n" +
            "             (with --stats: every implausible speaker and label, unattributed speech, unlabelled metric)";

        private static int Main(string[] args)
        {
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

            string? folder = null;
            bool verbose = false;
            bool stats = false;
            foreach (string argument in args)
            {
                switch (argument)
                {
                    case "--verbose":
                        verbose = true;
                        break;
                    case "--stats":
                        stats = true;
                        break;
                    case "-h" or "--help":
                        Console.Out.WriteLine(Usage);
                        return ExitSuccess;
                    case var _ when argument.StartsWith('-') || folder is not null:
                        return BadArguments($"unexpected argument '{argument}'");
                    default:
                        folder = argument;
                        break;
                }
            }

            if (folder is null)
            {
                return BadArguments("missing <folder>");
            }

            if (!Directory.Exists(folder))
            {
                return BadArguments($"folder not found: {folder}");
            }

            if (stats)
            {
                StatsOfFolder(folder, verbose, Console.Out);
            }
            else
            {
                EvaluateFolder(folder, verbose, Console.Out);
            }

            return ExitSuccess;
        }

        private static int BadArguments(string message)
        {
            Console.Error.WriteLine($"error: {message}");
            Console.Error.WriteLine(Usage);
            return ExitBadArguments;
        }

        /// <summary>Reads every article of <paramref name="folder"/> without labels and writes <see cref="FolderStats"/>.</summary>
        private static void StatsOfFolder(string folder, bool verbose, TextWriter output)
        {
            var stats = new FolderStats();
            foreach (string articlePath in ArticlePaths(folder))
            {
                string text;
                try
                {
                    text = ContentGen.Core.Text.ContentDecoder.ReadFile(articlePath);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    output.WriteLine($"{Path.GetFileName(articlePath)}: skipped: {exception.Message}");
                    continue;
                }

                (ParsedArticle? article, string? error) = ParseSafely(text, articlePath);
                stats.Add(Path.GetFileName(articlePath), article, error);
            }

            stats.Write(output, verbose);
        }

        private static string[] ArticlePaths(string folder) =>
            Directory.GetFiles(folder)
                .Where(ContentFormats.IsArticleByDefault)
                .OrderBy(path => Path.GetFileName(path), StringComparer.Ordinal)
                .ToArray();

        /// <summary>The parser's reading, or the exception it threw: a crash is a result worth measuring.</summary>
        private static (ParsedArticle? Article, string? Error) ParseSafely(string text, string path)
        {
            try
            {
                return (ArticleParser.Read(text, ContentFormats.OfPath(path)).Article, null);
            }
            catch (Exception exception)
            {
                return (null, $"{exception.GetType().Name}: {exception.Message}");
            }
        }

        /// <summary>Scores every labelled article of <paramref name="folder"/>, in ordinal order of file name.</summary>
        private static void EvaluateFolder(string folder, bool verbose, TextWriter output)
        {
            string[] articlePaths = ArticlePaths(folder);

            Score total = default;
            int skipped = 0;
            foreach (string articlePath in articlePaths)
            {
                ArticleEvaluation? evaluation = Evaluate(articlePath, output);
                if (evaluation is null)
                {
                    skipped++;
                }
                else
                {
                    Report.WriteArticle(output, evaluation, verbose);
                    total += evaluation.Score;
                }

                output.WriteLine();
            }

            Report.WriteTotal(output, total, skipped);
        }

        /// <summary>Parses one article and scores it against its labels; null (and a note) when it cannot be scored.</summary>
        private static ArticleEvaluation? Evaluate(string articlePath, TextWriter output)
        {
            string name = Path.GetFileName(articlePath);
            string labelPath = Path.ChangeExtension(articlePath, ".json");
            if (!File.Exists(labelPath))
            {
                output.WriteLine($"{name}\n  skipped: no {Path.GetFileName(labelPath)}");
                return null;
            }

            ArticleLabels labels;
            string text;
            try
            {
                labels = ArticleLabels.Load(labelPath);
                text = ContentGen.Core.Text.ContentDecoder.ReadFile(articlePath);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
            {
                output.WriteLine($"{name}\n  skipped: {exception.Message}");
                return null;
            }

            // A crash is a result worth measuring, not a reason to stop: the article scores as nothing extracted.
            (ParsedArticle? prediction, string? parserError) = ParseSafely(text, articlePath);
            return ArticleEvaluation.Create(name, labels, prediction, parserError);
        }
    }
}
