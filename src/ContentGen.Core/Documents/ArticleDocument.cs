using System.Collections.Generic;
using ContentGen.Core.Model;
using ContentGen.Core.Parsing;

namespace ContentGen.Core.Documents
{
    /// <summary>
    /// An article file as its format reader understood it: the title, the body's blocks in document order, the front
    /// matter and what the reader had to recover from. Extraction (<see cref="ArticleParser"/>) runs on this, whatever
    /// the file's format, so a rule written once reads every format.
    /// </summary>
    internal sealed class ArticleDocument
    {
        /// <summary>Makes a document.</summary>
        public ArticleDocument(string text, Paragraph? title, IReadOnlyList<DocumentBlock> blocks, FrontMatterModel? frontMatter, IReadOnlyList<ParseIssue> issues)
        {
            Text = text;
            Title = title;
            Blocks = blocks;
            FrontMatter = frontMatter;
            Issues = issues;
        }

        /// <summary>The whole file's text.</summary>
        public string Text { get; }

        /// <summary>The title, or null when the file has none.</summary>
        public Paragraph? Title { get; }

        /// <summary>The body's blocks in document order.</summary>
        public IReadOnlyList<DocumentBlock> Blocks { get; }

        /// <summary>The front matter (Markdown only), or null.</summary>
        public FrontMatterModel? FrontMatter { get; }

        /// <summary>What the reader recovered from (bad front matter), each at its place in the file.</summary>
        public IReadOnlyList<ParseIssue> Issues { get; }
    }
}
