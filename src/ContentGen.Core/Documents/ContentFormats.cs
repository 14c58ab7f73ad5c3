using System;

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
    }
}
