using System.Collections.Generic;

namespace ContentGen.Core.FrontMatter
{
    /// <summary>
    /// One key of the front matter's top-level mapping and the shape of its value, with offsets into the YAML block
    /// (not the file). Nothing deeper than a list's direct items is kept: no key the reader knows needs more.
    /// </summary>
    internal sealed class TopLevelEntry
    {
        /// <summary>Creates an entry.</summary>
        public TopLevelEntry(string? key, int keyStart, int keyEnd, NodeShape shape, int valueStart, int valueEnd)
        {
            Key = key;
            KeyStart = keyStart;
            KeyEnd = keyEnd;
            Shape = shape;
            ValueStart = valueStart;
            ValueEnd = valueEnd;
        }

        /// <summary>The key as written; null when the key is not a scalar (a list, a mapping or an alias as key).</summary>
        public string? Key { get; }

        /// <summary>Offset in the block where the key starts (its tag or quote included).</summary>
        public int KeyStart { get; }

        /// <summary>Offset in the block just after the key.</summary>
        public int KeyEnd { get; }

        /// <summary>What the value is.</summary>
        public NodeShape Shape { get; }

        /// <summary>Offset in the block where the value starts.</summary>
        public int ValueStart { get; }

        /// <summary>Offset in the block just after the value (for a scalar; the start of a collection otherwise).</summary>
        public int ValueEnd { get; }

        /// <summary>The value as YAML reads it (<c>Scalar.Value</c>), when <see cref="Shape"/> is <see cref="NodeShape.Scalar"/>.</summary>
        public string? Value { get; set; }

        /// <summary>The scalar items of a list value, in order, when the walker was asked to keep them.</summary>
        public List<string> Items { get; } = new();

        /// <summary>The shape of the first item of a list value that is not a scalar, if any.</summary>
        public NodeShape? OddItem { get; set; }
    }
}
