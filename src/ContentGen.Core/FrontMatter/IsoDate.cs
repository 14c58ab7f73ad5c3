using System;
using System.Globalization;

namespace ContentGen.Core.FrontMatter
{
    /// <summary>
    /// The ISO 8601 dates front matter accepts, and nothing else: <c>yyyy-MM-dd</c>, or
    /// <c>yyyy-MM-ddTHH:mm[:ss[.fffffff]]</c> with an optional <c>Z</c> or <c>±hh:mm</c>. Read with the invariant
    /// culture and exact formats, so the machine's culture never changes what a date means; no offset means UTC.
    /// </summary>
    internal static class IsoDate
    {
        // The longest accepted form, 2025-07-14T08:30:00.1234567+07:00; anything longer is refused before parsing.
        private const int MaxLength = 33;

        private static readonly string[] Formats = BuildFormats();

        /// <summary>Reads <paramref name="text"/> (already trimmed) as an ISO 8601 date or date-time.</summary>
        public static bool TryParse(string text, out DateTimeOffset value)
        {
            value = default;

            // The formats alone are lenient ("zzz" also takes +0700 and +7:00), so the shape is checked here first,
            // ASCII digits only; the framework then checks the values (month 13, day 45, hour 24 are refused).
            return text.Length <= MaxLength
                && HasIsoShape(text)
                && DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
        }

        private static bool HasIsoShape(string text)
        {
            // yyyy-MM-dd
            if (!Digits(text, 0, 4) || !At(text, 4, '-') || !Digits(text, 5, 2) || !At(text, 7, '-') || !Digits(text, 8, 2))
            {
                return false;
            }

            if (text.Length == 10)
            {
                return true;
            }

            // THH:mm
            if (!At(text, 10, 'T') || !Digits(text, 11, 2) || !At(text, 13, ':') || !Digits(text, 14, 2))
            {
                return false;
            }

            int i = 16;
            if (At(text, i, ':'))
            {
                if (!Digits(text, i + 1, 2))
                {
                    return false;
                }

                i += 3;
                if (At(text, i, '.'))
                {
                    int digits = 0;
                    while (Digits(text, i + 1 + digits, 1))
                    {
                        digits++;
                    }

                    if (digits is < 1 or > 7)
                    {
                        return false;
                    }

                    i += 1 + digits;
                }
            }

            if (i == text.Length)
            {
                return true;
            }

            if (At(text, i, 'Z'))
            {
                return i + 1 == text.Length;
            }

            // ±hh:mm
            return (At(text, i, '+') || At(text, i, '-'))
                && Digits(text, i + 1, 2) && At(text, i + 3, ':') && Digits(text, i + 4, 2)
                && i + 6 == text.Length;
        }

        private static bool At(string text, int index, char c) => index < text.Length && text[index] == c;

        private static bool Digits(string text, int index, int count)
        {
            if (index + count > text.Length)
            {
                return false;
            }

            for (int k = index; k < index + count; k++)
            {
                if (text[k] is < '0' or > '9')
                {
                    return false;
                }
            }

            return true;
        }

        private static string[] BuildFormats()
        {
            var times = new System.Collections.Generic.List<string> { "HH':'mm", "HH':'mm':'ss" };
            for (int digits = 1; digits <= 7; digits++)
            {
                times.Add("HH':'mm':'ss'.'" + new string('f', digits));
            }

            var formats = new System.Collections.Generic.List<string> { "yyyy'-'MM'-'dd" };
            foreach (string time in times)
            {
                string dateTime = "yyyy'-'MM'-'dd'T'" + time;
                formats.Add(dateTime);
                formats.Add(dateTime + "'Z'");
                formats.Add(dateTime + "zzz");
            }

            return formats.ToArray();
        }
    }
}
