using System;
using System.Linq;

namespace ContentGen.Core.Documents
{
    /// <summary>Which <see cref="ContentFormat"/> a file is in.</summary>
    internal static class ContentFormats
    {

        /// <summary>Markdown for a <c>.md</c> or <c>.markdown</c> file (any case), plain text for anything else.</summary>
        public static ContentFormat OfPath(string path) =>
            path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)
                ? ContentFormat.Markdown
                : ContentFormat.PlainText;

        /// <summary>
        /// Whether the package's default glob takes the file as an article: <c>*.txt</c>, and <c>*.md</c> but notes and
        /// drafts (<c>README.md</c>, names starting with <c>_</c>). Hosts that read a folder use the same rule.
        /// </summary>
        public static bool IsArticleByDefault(string path)
        {
            string name = System.IO.Path.GetFileName(path);

            // The build hands item metadata to the compiler in a config file of one line per entry, which a path holding
            // a line break cannot be written into: such a file never reaches the generator as an article, so no host
            // reads it as one by default either (it can still be named on a tool's command line).
            if (name.Any(Text.LineMap.IsBreak))
            {
                return false;
            }

            if (name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            return name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                && !name.StartsWith("_", StringComparison.Ordinal)
                && name != "README.md" && name != "readme.md";
        }
    }
}
