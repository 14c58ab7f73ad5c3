using System.Globalization;
using System.Text;

namespace ContentGen.Core.Naming
{
    /// <summary>
    /// Turns Vietnamese text into ASCII PascalCase: NFC, then diacritics stripped and đ/Đ made d/D, then each word
    /// capitalised and the words joined ("Doanh thu du lịch" → "DoanhThuDuLich"). Anything that is not an ASCII letter or
    /// digit separates words and is dropped.
    /// </summary>
    internal static class IdentifierFolding
    {
        /// <summary>Longest name the generator makes; longer folds are cut at a word boundary.</summary>
        public const int MaxLength = 96;

        /// <summary>The folded form of <paramref name="text"/>; empty when it holds no ASCII letter or digit.</summary>
        public static string Fold(string text)
        {
            string decomposed;
            try
            {
                decomposed = text.Normalize(NormalizationForm.FormC).Normalize(NormalizationForm.FormD);
            }
            catch (System.ArgumentException)
            {
                decomposed = text; // unpaired surrogates: fold what can be folded
            }

            var result = new StringBuilder(decomposed.Length);
            bool startOfWord = true;
            int lastWordEnd = 0;
            foreach (char raw in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(raw) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                {
                    continue;
                }

                char c = raw switch
                {
                    'đ' => 'd',
                    'Đ' => 'D',
                    _ => raw,
                };

                bool ascii = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';
                if (!ascii)
                {
                    // Letters of other scripts and every symbol end the word; combining marks were skipped above.
                    startOfWord = true;
                    continue;
                }

                if (startOfWord)
                {
                    if (result.Length >= MaxLength)
                    {
                        break;
                    }

                    lastWordEnd = result.Length;
                    c = c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
                    startOfWord = false;
                }

                result.Append(c);
            }

            if (result.Length > MaxLength)
            {
                result.Length = lastWordEnd > 0 ? lastWordEnd : MaxLength;
            }

            return result.ToString();
        }
    }
}
