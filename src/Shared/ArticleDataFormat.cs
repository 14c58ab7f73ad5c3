namespace ContentGen
{
    /// <summary>
    /// The compact form in which generated code carries an article: written by the generator, read by
    /// <c>ContentGen.Runtime.ArticleData</c>. Compiled into both assemblies, which ship in one package, so the two
    /// always agree on it.
    /// </summary>
    /// <remarks>
    /// <para>An article is two strings. The <em>text</em> holds every string of the article (the sections joined by line
    /// feeds, then the strings that are not slices of a section: title, speakers, units, …); a string is a reference into
    /// it. The <em>data</em> is a sequence of unsigned numbers in an ASCII digit code, so it is valid in any literal and
    /// its size grows with the number of items, not with the text:</para>
    /// <para>each number is written in 5-bit groups, least significant first; a group is the character
    /// <c>'0' + group</c> when it is the last and <c>'P' + group</c> when more follow (the characters 0x30 to 0x6F).</para>
    /// <para>Fields, in order: version; id, slug, path, title (references); outlet (nullable reference); dateline flag,
    /// then its text, day, month and year (nullable numbers); sections (count, then kind, text, line each); quotes (count,
    /// then text, kind, speaker, section index, line each); metrics (count, then text, value, maximum, kind, unit, label,
    /// section index, line each).</para>
    /// <para>A reference is <c>length + 1</c> and, when not zero, the offset; zero is null. A nullable number is zero for
    /// null, else its zigzag form plus one. Signed numbers are zigzag-coded. A decimal is <c>scale * 2 + sign</c>
    /// followed by its low, middle and high 32 bits; a nullable decimal is preceded by 0 (null) or 1.</para>
    /// </remarks>
    internal static class ArticleDataFormat
    {
        /// <summary>The version written first; the reader refuses any other.</summary>
        public const uint Version = 1;

        /// <summary>The character of a final 5-bit group of value 0.</summary>
        public const char LastGroup = '0';

        /// <summary>The character of a non-final 5-bit group of value 0.</summary>
        public const char MoreGroup = 'P';

        /// <summary>Bits in a group.</summary>
        public const int GroupBits = 5;

        /// <summary>The mask of a group's bits.</summary>
        public const uint GroupMask = (1u << GroupBits) - 1;
    }
}
