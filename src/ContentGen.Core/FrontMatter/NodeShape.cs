namespace ContentGen.Core.FrontMatter
{
    /// <summary>What a YAML node of the front matter is, as the event parser reports it (tags are never consulted).</summary>
    internal enum NodeShape
    {
        /// <summary>A scalar: plain, quoted or block text, always read as a string.</summary>
        Scalar,

        /// <summary>A sequence, block (<c>- a</c>) or flow (<c>[a, b]</c>).</summary>
        List,

        /// <summary>A mapping, block or flow (<c>{a: b}</c>).</summary>
        Mapping,

        /// <summary>An alias (<c>*a</c>): never expanded, so it stands for no value at all.</summary>
        Alias,
    }
}
