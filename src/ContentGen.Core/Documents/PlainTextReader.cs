using System;
using System.Collections.Generic;
using ContentGen.Core.Parsing;

namespace ContentGen.Core.Documents
{
    /// <summary>Reads a plain-text article: the first non-empty line is the title, paragraphs are separated by blank lines.</summary>
    internal static class PlainTextReader
    {
        /// <summary>The document of <paramref name="text"/>.</summary>
        public static ArticleDocument Read(string text)
        {
            (Paragraph? title, List<Paragraph> body) = ContentLayout.Split(text);
            var blocks = new DocumentBlock[body.Count];
            for (int i = 0; i < blocks.Length; i++)
            {
                blocks[i] = new DocumentBlock(body[i]);
            }

            return new ArticleDocument(text, title, blocks, null, Array.Empty<Model.ParseIssue>());
        }
    }
}
