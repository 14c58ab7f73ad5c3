using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ContentGen.Core.Parsing
{
    /// <summary>Character and word helpers shared by the parsing rules. Culture-independent throughout.</summary>
    internal static class TextRules
    {
        /// <summary>White space as news text uses it: Unicode spaces (NBSP included), plus zero-width space and BOM.</summary>
        public static bool IsSpace(char c) => CharClass.IsSpace(c);

        /// <summary>Trims <see cref="IsSpace"/> characters from both ends.</summary>
        public static string TrimSpace(string text)
        {
            int start = 0;
            int end = text.Length;
            while (start < end && IsSpace(text[start]))
            {
                start++;
            }

            while (end > start && IsSpace(text[end - 1]))
            {
                end--;
            }

            return start == 0 && end == text.Length ? text : text.Substring(start, end - start);
        }

        /// <summary>Whether a string holds nothing but white space.</summary>
        public static bool IsBlank(string text)
        {
            foreach (char c in text)
            {
                if (!IsSpace(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A dash as Vietnamese news writes it: hyphen, en dash, em dash, minus sign.</summary>
        public static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014' or '\u2212';

        /// <summary>A letter or a combining mark (text may be NFD).</summary>
        public static bool IsWordChar(char c) => CharClass.IsWordChar(c);

        /// <summary>NFC form of a string; the input unchanged when it is already NFC or not normalisable.</summary>
        public static string Nfc(string text)
        {
            if (IsNfcByQuickCheck(text))
            {
                return text;
            }

            try
            {
                return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
            }
            catch (ArgumentException)
            {
                // Unpaired surrogates cannot be normalised; compare them as written.
                return text;
            }
        }

        /// <summary>
        /// Whether every character of <paramref name="text"/> is one that NFC keeps whatever stands next to it (Unicode
        /// NFC_Quick_Check=Yes, combining class 0): Latin below the combining marks (U+0300), the precomposed letters of
        /// U+1E00-U+1EFF, and punctuation and currency signs from U+2002 to U+20CF. Such a text is NFC, which saves
        /// asking the normaliser about nearly every Vietnamese word and name; anything else is left to it.
        /// </summary>
        internal static bool IsNfcByQuickCheck(string text)
        {
            foreach (char c in text)
            {
                if (c >= '\u0300' && !(c >= '\u1E00' && c <= '\u1EFF') && !(c >= '\u2002' && c <= '\u20CF'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Lower-case NFC form, for comparing words and names regardless of case slips.</summary>
        public static string Key(string text) => ToLowerFast(Nfc(text));

        // Lower case of every letter up to the Vietnamese block (U+1EFF), read once from the invariant culture: names are
        // lower-cased often, and the culture's lower-casing of these letters goes through ICU on every call.
        private static readonly char[] LowerTable = BuildLowerTable();

        /// <summary>The invariant lower case of one character, by table for Latin and Vietnamese letters.</summary>
        public static char ToLowerFast(char c) => c < LowerTable.Length ? LowerTable[c] : char.ToLowerInvariant(c);

        /// <summary>The invariant lower case of <paramref name="text"/>, by table for Latin and Vietnamese letters.</summary>
        public static string ToLowerFast(string text)
        {
            int first = -1;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c >= LowerTable.Length)
                {
                    return text.ToLowerInvariant();
                }

                if (first < 0 && LowerTable[c] != c)
                {
                    first = i;
                }
            }

            if (first < 0)
            {
                return text;
            }

            char[] lower = text.ToCharArray();
            for (int i = first; i < lower.Length; i++)
            {
                lower[i] = LowerTable[lower[i]];
            }

            return new string(lower);
        }

        private static char[] BuildLowerTable()
        {
            var table = new char[0x1F00];
            for (int c = 0; c < table.Length; c++)
            {
                table[c] = c >= 0xD800 && c <= 0xDFFF ? (char)c : char.ToLowerInvariant((char)c);
            }

            return table;
        }

        /// <summary>Whether a word starts with an upper-case letter.</summary>
        public static bool StartsUpper(string word) => word.Length > 0 && char.IsUpper(word[0]);

        /// <summary>Counts the words of a text (runs of non-space characters holding a letter or digit).</summary>
        public static int CountWords(string text)
        {
            int count = 0;
            bool inWord = false;
            bool hasLetter = false;
            foreach (char c in text)
            {
                if (IsSpace(c))
                {
                    if (inWord && hasLetter)
                    {
                        count++;
                    }

                    inWord = false;
                    hasLetter = false;
                }
                else
                {
                    inWord = true;
                    hasLetter |= char.IsLetterOrDigit(c);
                }
            }

            return inWord && hasLetter ? count + 1 : count;
        }

        // Abbreviations whose dot does not end a sentence: "TS. Trần Văn Khải", "TP. Huế" (case as written).
        private static readonly string[] Abbreviations = Concat(Lexicon.Default[LexiconLists.DegreeAbbreviations], Lexicon.Default[LexiconLists.Abbreviations]);

        private static string[] Concat(IReadOnlyList<string> first, IReadOnlyList<string> second)
        {
            var all = new string[first.Count + second.Count];
            for (int i = 0; i < first.Count; i++)
            {
                all[i] = first[i];
            }

            for (int i = 0; i < second.Count; i++)
            {
                all[first.Count + i] = second[i];
            }

            return all;
        }

        /// <summary>
        /// Whether the character at <paramref name="index"/> ends a sentence: '.', '!', '?' or '…' followed by white
        /// space, the end, or a capitalised word glued to it, where a dot is not that of an abbreviation ("TS.") or a
        /// lone initial.
        /// </summary>
        public static bool IsSentenceEnd(string text, int index)
        {
            char c = text[index];
            if (c is not ('.' or '!' or '?' or '\u2026') || (index + 1 < text.Length && !IsSpace(text[index + 1]) && !IsGluedSentenceStart(text, index + 1)))
            {
                return false;
            }

            if (c != '.')
            {
                return true;
            }

            int start = index;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            int length = index - start;
            if (length == 0 || (length == 1 && char.IsUpper(text[start])))
            {
                return length == 0 && !(start > 0 && text[start - 1] == '.');
            }

            foreach (string abbreviation in Abbreviations)
            {
                if (abbreviation.Length == length && string.CompareOrdinal(text, start, abbreviation, 0, length) == 0)
                {
                    return false;
                }
            }

            return true;
        }

        // Crawled text often drops the space after a full stop where a link or a run-in headline was: "…thay thế WHO.Bộ
        // trưởng …". A capitalised word (not an acronym: "VOV.VN", "TP.HCM") right after the mark starts a sentence.
        private static bool IsGluedSentenceStart(string text, int index) =>
            index + 1 < text.Length && char.IsUpper(text[index]) && char.IsLower(text[index + 1]);

        /// <summary>
        /// The word that ends at <paramref name="end"/> once the spaces before <paramref name="end"/> are passed over:
        /// its start and end (Start == End when no word stands there).
        /// </summary>
        public static (int Start, int End) WordBefore(string text, int end)
        {
            while (end > 0 && IsSpace(text[end - 1]))
            {
                end--;
            }

            int start = end;
            while (start > 0 && IsWordChar(text[start - 1]))
            {
                start--;
            }

            return (start, end);
        }

        /// <summary>Whether the text at <paramref name="index"/> starts with <paramref name="word"/> as a whole word (ordinal, case-insensitive).</summary>
        public static bool WordAt(string text, int index, string word)
        {
            if (index < 0 || index + word.Length > text.Length)
            {
                return false;
            }

            if (string.Compare(text, index, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                return false;
            }

            bool startOk = index == 0 || !IsWordChar(text[index - 1]);
            int end = index + word.Length;
            bool endOk = end == text.Length || !IsWordChar(text[end]);
            return startOk && endOk;
        }
    }
}
