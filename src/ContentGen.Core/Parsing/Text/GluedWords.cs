namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// Finds where two words were glued together, as crawled news often has them where a link was removed: a lower-case
    /// letter followed by a capital (<c>cáoMan</c>, <c>thốngNgaVladimir</c>), or a Vietnamese word that holds two
    /// syllables (<c>Chínhđề</c>, <c>hộiphân</c>): a Vietnamese syllable has one group of vowels, so a word written
    /// with Vietnamese letters that has two is two words.
    /// </summary>
    internal static class GluedWords
    {
        private const string Vowels = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";

        private static readonly string[] Codas = { string.Empty, "c", "ch", "m", "n", "ng", "nh", "p", "t", "o", "u", "i", "y" };

        private static readonly string[] Onsets =
        {
            string.Empty, "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph",
            "qu", "r", "s", "t", "th", "tr", "v", "x",
        };

        /// <summary>The end of the first word in the letters text[start, end) (<paramref name="end"/> when it is one word).</summary>
        public static int FirstWordEnd(string text, int start, int end)
        {
            // One pass: a capital after a lower-case letter, and how many groups of vowels the word has.
            bool vietnamese = false;
            int groups = 0;
            bool inVowels = false;
            for (int k = start; k < end; k++)
            {
                char c = text[k];
                if (k > start && CharClass.IsUpper(c) && CharClass.IsLower(text[k - 1]))
                {
                    return k;
                }

                bool vowel = IsVowel(c);
                groups += vowel && !inVowels ? 1 : 0;
                inVowels = vowel;
                vietnamese |= c > '\u007F' && NameShape.IsVietnameseLetter(c);
            }

            return vietnamese && groups > 1 ? SecondSyllable(text, start, end) : end;
        }

        // Where a second syllable starts in a Vietnamese word, or `end`: after the first group of vowels, the consonants
        // before the next vowel are the first syllable's final and the second's initial, the longest initial first.
        private static int SecondSyllable(string text, int start, int end)
        {
            int k = start;
            while (k < end && !IsVowel(text[k]))
            {
                k++;
            }

            while (k < end && IsVowel(text[k]))
            {
                k++;
            }

            int consonants = k;
            while (k < end && !IsVowel(text[k]))
            {
                k++;
            }

            if (k >= end || k == consonants)
            {
                return end;
            }

            string between = text.Substring(consonants, k - consonants).ToLowerInvariant();
            for (int coda = 0; coda <= between.Length; coda++)
            {
                if (System.Array.IndexOf(Codas, between.Substring(0, coda)) >= 0 && System.Array.IndexOf(Onsets, between.Substring(coda)) >= 0)
                {
                    return consonants + coda;
                }
            }

            return end;
        }

        // Vowels of both cases by code point, looked up without lower-casing (which goes to ICU for these letters).
        private static readonly bool[] VowelTable = BuildVowelTable();

        private static bool IsVowel(char c) => c < VowelTable.Length && VowelTable[c];

        private static bool[] BuildVowelTable()
        {
            var table = new bool[0x1F00];
            foreach (char c in Vowels)
            {
                table[c] = true;
                table[char.ToUpperInvariant(c)] = true;
            }

            return table;
        }
    }
}
