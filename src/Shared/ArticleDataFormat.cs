namespace ContentGen
{
    /// <summary>
    /// The compact form in which generated code carries a project's articles: written by the generator, read by
    /// <c>ContentGen.Runtime.ArticleTable</c>. Compiled into both assemblies, which ship in one package, so the two
    /// always agree on it.
    /// </summary>
    /// <remarks>
    /// <para>The table is a few strings (chunks), each a sequence of articles in path order. Everything in it is either an
    /// unsigned number in an ASCII digit code or a raw string preceded by its length, so a chunk is valid in any literal
    /// and its size grows with the content, not with the C# it would take:</para>
    /// <para>each number is written in 5-bit groups, least significant first; a group is the character
    /// <c>'0' + group</c> when it is the last and <c>'P' + group</c> when more follow (the characters 0x30 to 0x6F). A
    /// raw string is its length in UTF-16 code units (a number) followed by its characters.</para>
    /// <para>A chunk: version, then entries. An entry: id, slug, body (raw strings), so an article can be found without
    /// reading its body. A body: the text source (0: the pool is the text; 1: the text is the article's file, embedded
    /// as a resource, followed by the pool), for source 1 the resource name (raw string), the file's length and
    /// <see cref="Hash"/>; the pool (raw string); then the data.</para>
    /// <para>The data, in order: path, title (references); outlet (nullable reference); dateline flag, then its text,
    /// day, month and year (nullable numbers); sections (count, then kind, text, line, image URL (nullable reference)
    /// each); quotes (count, then text, kind, speaker, section index, line each); metrics (count, then text, value,
    /// maximum, kind, unit, label, section index, line each); the publication time (0 for none, else 1, the high and low
    /// 32 bits of its UTC ticks and its offset in minutes); authors and tags (count, then references); category and
    /// summary (nullable references); metadata (count, then key and value references).</para>
    /// <para>A reference is <c>length + 1</c> and, when not zero, the offset in the text; zero is null. A nullable number
    /// is zero for null, else its zigzag form plus one. Signed numbers are zigzag-coded. A decimal is
    /// <c>scale * 2 + sign</c> followed by its low, middle and high 32 bits; a nullable decimal is preceded by 0 (null)
    /// or 1.</para>
    /// </remarks>
    internal static class ArticleDataFormat
    {
        /// <summary>The version written first in every chunk; the reader refuses any other.</summary>
        public const uint Version = 3;

        /// <summary>The body's text is its pool.</summary>
        public const uint InlineText = 0;

        /// <summary>The body's text is the article's file, read from an embedded resource, followed by its pool.</summary>
        public const uint ResourceText = 1;

        /// <summary>The character of a final 5-bit group of value 0.</summary>
        public const char LastGroup = '0';

        /// <summary>The character of a non-final 5-bit group of value 0.</summary>
        public const char MoreGroup = 'P';

        /// <summary>Bits in a group.</summary>
        public const int GroupBits = 5;

        /// <summary>The mask of a group's bits.</summary>
        public const uint GroupMask = (1u << GroupBits) - 1;

        /// <summary>
        /// The check of an embedded file's text: 32-bit FNV-1a over its UTF-16 code units. Not a defence against
        /// tampering, a guard against reading a file that is not the one the generator read. The generator also uses it
        /// to spread article classes over parts.
        /// </summary>
        public static uint Hash(string text)
        {
            uint hash = 2166136261;
            for (int i = 0; i < text.Length; i++)
            {
                hash = (hash ^ text[i]) * 16777619;
            }

            return hash;
        }
    }
}
