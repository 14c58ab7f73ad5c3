using System.Collections.Generic;

namespace ContentGen.Core.Parsing
{
    /// <summary>Everything the attribution rules read of one article: its blocks in order and its people.</summary>
    internal sealed class ArticleReading
    {
        public ArticleReading(IReadOnlyList<BlockReading> blocks, SpeakerResolver speakers)
        {
            Blocks = blocks;
            Speakers = speakers;
        }

        /// <summary>The title (block 0), then the sections.</summary>
        public IReadOnlyList<BlockReading> Blocks { get; }

        /// <summary>Resolves subjects and phrases to the article's people.</summary>
        public SpeakerResolver Speakers { get; }

        /// <summary>The nearest running-text block before <paramref name="block"/>, over headings and captions, or null.</summary>
        public BlockReading? PreviousBody(int block)
        {
            for (int b = block - 1; b >= 1 && block - b <= 3; b--)
            {
                if (Blocks[b].IsBody)
                {
                    return Blocks[b];
                }
            }

            return null;
        }

        /// <summary>The block right after <paramref name="block"/> when it is running text, or null.</summary>
        public BlockReading? NextBody(int block) =>
            block + 1 < Blocks.Count && Blocks[block + 1].IsBody ? Blocks[block + 1] : null;
    }
}
