using System;
using System.IO;
using System.Text;

namespace ContentGen.Core.Text
{
    /// <summary>
    /// Turns a content file's bytes into text by the C# compiler's rules for the files it reads, so every host reads the
    /// text the build reads: a byte order mark decides (UTF-8, UTF-16 little or big endian); without one the bytes are
    /// UTF-8 if they are valid UTF-8, else Windows-1252 (the compiler's fallback when no code page is given).
    /// </summary>
    internal static class ContentDecoder
    {
        private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

        // Windows-1252 differs from Latin-1 only in 0x80–0x9F; the five bytes it leaves undefined map to the same code point.
        private static readonly char[] Windows1252High =
        {
            '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
            '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
        };

        /// <summary>Reads and decodes the file at <paramref name="path"/>.</summary>
        public static string ReadFile(string path) => Decode(File.ReadAllBytes(path));

        /// <summary>Decodes <paramref name="bytes"/> as the compiler does.</summary>
        public static string Decode(byte[] bytes)
        {
            if (bytes is null)
            {
                throw new ArgumentNullException(nameof(bytes));
            }

            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                return Utf8.GetString(bytes, 3, bytes.Length - 3);
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
            }

            try
            {
                return StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return Windows1252(bytes);
            }
        }

        private static string Windows1252(byte[] bytes)
        {
            var chars = new char[bytes.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                byte b = bytes[i];
                chars[i] = b is >= 0x80 and <= 0x9F ? Windows1252High[b - 0x80] : (char)b;
            }

            return new string(chars);
        }
    }
}
