using System.Globalization;

namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// The character classes the parser asks about on every character, read from one table for the characters
    /// Vietnamese text is written in (up to U+1FFF: Latin, its extensions, combining marks, Vietnamese letters); the
    /// framework's Unicode tables answer for the rest. Same answers as <see cref="char"/>'s methods, several lookups fewer.
    /// </summary>
    internal static class CharClass
    {
        private const int TableSize = 0x2000;

        private const byte Word = 1;
        private const byte Upper = 2;
        private const byte Lower = 4;
        private const byte Space = 8;

        private static readonly byte[] Flags = Build();

        /// <summary>A letter, a digit or a combining mark (text may be NFD).</summary>
        public static bool IsWordChar(char c) =>
            c < TableSize ? (Flags[c] & Word) != 0 : char.IsLetterOrDigit(c) || IsMark(c);

        /// <summary>As <see cref="char.IsUpper(char)"/>.</summary>
        public static bool IsUpper(char c) => c < TableSize ? (Flags[c] & Upper) != 0 : char.IsUpper(c);

        /// <summary>As <see cref="char.IsLower(char)"/>.</summary>
        public static bool IsLower(char c) => c < TableSize ? (Flags[c] & Lower) != 0 : char.IsLower(c);

        /// <summary>As <see cref="char.IsWhiteSpace(char)"/>, plus the zero-width space and the byte order mark.</summary>
        public static bool IsSpace(char c) => c < TableSize ? (Flags[c] & Space) != 0 : char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';

        private static bool IsMark(char c) =>
            CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

        private static byte[] Build()
        {
            var flags = new byte[TableSize];
            for (int i = 0; i < TableSize; i++)
            {
                char c = (char)i;
                flags[i] = (byte)(((char.IsLetterOrDigit(c) || IsMark(c)) ? Word : 0)
                    | (char.IsUpper(c) ? Upper : 0)
                    | (char.IsLower(c) ? Lower : 0)
                    | (char.IsWhiteSpace(c) ? Space : 0));
            }

            return flags;
        }
    }
}
