using System;

namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// What a capitalised word looks like, from the structure of Vietnamese syllables rather than from lists of names:
    /// a Vietnamese syllable is an optional onset (<c>b</c>, <c>ch</c>, <c>ngh</c>, <c>qu</c>, …), one to three vowels
    /// and an optional coda (<c>c</c>, <c>ch</c>, <c>m</c>, <c>n</c>, <c>ng</c>, <c>nh</c>, <c>p</c>, <c>t</c>), and
    /// carries Vietnamese letters and tone marks. A word that cannot be one (<c>Mark</c>, <c>Rutte</c>, <c>Shin</c>,
    /// <c>Seung-ki</c>, <c>Zakharova</c>) is a foreign name's word.
    /// </summary>
    internal static class NameShape
    {
        private static readonly string[] Onsets =
        {
            "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
            "b", "c", "d", "g", "h", "k", "l", "m", "n", "r", "s", "t", "v", "x",
        };

        private static readonly string[] Codas = { "ng", "nh", "ch", "c", "m", "n", "p", "t" };

        /// <summary>Whether the word is written in the Vietnamese way: it has a letter only Vietnamese uses (đ, ơ, ư, …) or a tone mark.</summary>
        public static bool HasVietnameseLetter(string word)
        {
            foreach (char c in word)
            {
                if (c > '\u007F' && IsVietnameseLetter(c))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a capitalised word is a foreign name's word: not written with Vietnamese letters, and either holds a
        /// hyphen or a letter Vietnamese does not use (f, j, w, z) or cannot be read as one Vietnamese syllable.
        /// </summary>
        public static bool IsForeignWord(string word)
        {
            if (word.Length == 0 || !char.IsUpper(word[0]) || HasVietnameseLetter(word))
            {
                return false;
            }

            bool hyphen = false;
            foreach (char c in word)
            {
                if (c == '-')
                {
                    hyphen = true;
                }
                else if (!char.IsLetter(c) && c is not ('\'' or '\u2019' or '.'))
                {
                    return false;
                }
            }

            if (hyphen)
            {
                return true;
            }

            string lower = word.TrimEnd('.').ToLowerInvariant();
            foreach (char c in lower)
            {
                if (c is 'f' or 'j' or 'w' or 'z' || c > '\u007F')
                {
                    return true;
                }
            }

            return !IsVietnameseSyllable(lower);
        }

        /// <summary>Whether an unaccented lower-case ASCII word has the shape of one Vietnamese syllable.</summary>
        public static bool IsVietnameseSyllable(string lower)
        {
            int i = 0;
            foreach (string onset in Onsets)
            {
                if (string.CompareOrdinal(lower, 0, onset, 0, onset.Length) == 0 && lower.Length > onset.Length)
                {
                    i = onset.Length;
                    break;
                }
            }

            int vowels = 0;
            while (i < lower.Length && lower[i] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
            {
                i++;
                vowels++;
            }

            if (vowels is 0 or > 3)
            {
                return false;
            }

            if (i == lower.Length)
            {
                return true;
            }

            foreach (string coda in Codas)
            {
                if (lower.Length - i == coda.Length && string.CompareOrdinal(lower, i, coda, 0, coda.Length) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        // Letters with a breve, circumflex or horn, đ, and every letter with a tone mark (Latin-1 and the Vietnamese
        // block U+1EA0–U+1EF9), in NFC.
        internal static bool IsVietnameseLetter(char c) =>
            c is 'đ' or 'Đ' or 'ă' or 'Ă' or 'â' or 'Â' or 'ê' or 'Ê' or 'ô' or 'Ô' or 'ơ' or 'Ơ' or 'ư' or 'Ư'
                or 'à' or 'á' or 'ả' or 'ã' or 'ạ' or 'è' or 'é' or 'ẻ' or 'ẽ' or 'ẹ' or 'ì' or 'í' or 'ỉ' or 'ĩ' or 'ị'
                or 'ò' or 'ó' or 'ỏ' or 'õ' or 'ọ' or 'ù' or 'ú' or 'ủ' or 'ũ' or 'ụ' or 'ỳ' or 'ý' or 'ỷ' or 'ỹ' or 'ỵ'
                or 'À' or 'Á' or 'Ả' or 'Ã' or 'Ạ' or 'È' or 'É' or 'Ẻ' or 'Ẽ' or 'Ẹ' or 'Ì' or 'Í' or 'Ỉ' or 'Ĩ' or 'Ị'
                or 'Ò' or 'Ó' or 'Ỏ' or 'Õ' or 'Ọ' or 'Ù' or 'Ú' or 'Ủ' or 'Ũ' or 'Ụ' or 'Ỳ' or 'Ý' or 'Ỷ' or 'Ỹ' or 'Ỵ'
                || (c >= '\u1EA0' && c <= '\u1EF9');
    }
}
