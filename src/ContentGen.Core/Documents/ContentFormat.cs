namespace ContentGen.Core.Documents
{
    /// <summary>The formats an article file can be written in, told apart by the file's extension.</summary>
    internal enum ContentFormat
    {
        /// <summary>Plain text (<c>.txt</c>): the first non-empty line is the title, blank lines separate paragraphs.</summary>
        PlainText,

        /// <summary>Markdown (<c>.md</c>), optionally opened by YAML front matter.</summary>
        Markdown,
    }
}
