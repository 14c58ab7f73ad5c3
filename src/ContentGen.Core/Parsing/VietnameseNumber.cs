using System.Globalization;

namespace ContentGen.Core.Parsing
{
    /// <summary>Reads numbers written the Vietnamese way: '.' groups thousands, ',' is the decimal mark.</summary>
    internal static class VietnameseNumber
    {
        /// <summary>
        /// Parses "790.800" (790800), "3,5" (3.5), "12.195,4" (12195.4). A dot followed by something other than
        /// exact three-digit groups is a decimal point ("7.0"); a comma is always a decimal mark ("3,857" is 3.857).
        /// </summary>
        public static bool TryParse(string text, out decimal value) => TryParse(text, out value, out _);

        /// <summary>As <see cref="TryParse(string, out decimal)"/>; <paramref name="tooLarge"/> tells a well-formed number beyond <c>decimal</c>.</summary>
        public static bool TryParse(string text, out decimal value, out bool tooLarge)
        {
            value = 0;
            tooLarge = false;
            if (text.Length == 0)
            {
                return false;
            }

            int dots = 0;
            int commas = 0;
            foreach (char c in text)
            {
                if (c == '.')
                {
                    dots++;
                }
                else if (c == ',')
                {
                    commas++;
                }
                else if (c is < '0' or > '9')
                {
                    return false;
                }
            }

            if (!char.IsDigit(text[0]) || !char.IsDigit(text[text.Length - 1]) || commas > 1)
            {
                return false;
            }

            string invariant;
            if (dots == 0)
            {
                invariant = text.Replace(',', '.');
            }
            else if (HasThousandGroups(text, commas == 1 ? text.IndexOf(',') : text.Length))
            {
                invariant = text.Replace(".", string.Empty).Replace(',', '.');
            }
            else if (dots == 1 && commas == 0)
            {
                invariant = text;
            }
            else
            {
                return false;
            }

            if (decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            {
                return true;
            }

            // Well-formed but beyond decimal's 28-29 digits.
            tooLarge = true;
            return false;
        }

        // "1.234.567" up to end: every dot followed by exactly three digits, and at most three before the first.
        private static bool HasThousandGroups(string text, int end)
        {
            int first = text.IndexOf('.');
            if (first < 1 || first > 3 || first >= end)
            {
                return false;
            }

            int run = 0;
            for (int i = first + 1; i < end; i++)
            {
                if (text[i] == '.')
                {
                    if (run != 3)
                    {
                        return false;
                    }

                    run = 0;
                }
                else
                {
                    run++;
                }
            }

            return run == 3;
        }
    }
}
