using System;
using System.IO;
using System.Linq;
using System.Text;
using ContentGen.Core.Text;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ContentGen.Generator.Tests.Text
{
    public class ContentDecoderTests
    {
        private const string Vietnamese = "Thu ngân sách đạt 145% kế hoạch “Đảng”";

        [Theory]
        [InlineData("utf-8")]
        [InlineData("utf-8-bom")]
        [InlineData("utf-16le-bom")]
        [InlineData("utf-16be-bom")]
        public void Text_with_or_without_a_byte_order_mark_decodes_to_the_same_string(string encoding)
        {
            byte[] bytes = encoding switch
            {
                "utf-8" => Encoding.UTF8.GetBytes(Vietnamese),
                "utf-8-bom" => new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(Vietnamese)).ToArray(),
                "utf-16le-bom" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Vietnamese)).ToArray(),
                _ => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Vietnamese)).ToArray(),
            };

            Assert.Equal(Vietnamese, ContentDecoder.Decode(bytes));
        }

        [Theory]
        [InlineData(new byte[] { 0x54, 0xE2, 0x80, 0x9C, 0x41 })]
        [InlineData(new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x80, 0x35 })]
        [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0x28 })]
        [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8 })]
        [InlineData(new byte[] { 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xFF })]
        [InlineData(new byte[0])]
        public void Bytes_decode_as_the_compiler_reads_the_file(byte[] bytes)
        {
            using var stream = new MemoryStream(bytes);
            string compiler = Roslyn(stream);

            Assert.Equal(compiler, ContentDecoder.Decode(bytes));
        }

        // How the compiler reads a file given without a code page (EncodedStringText, through the public API that uses it).
        private static string Roslyn(Stream stream)
        {
            try
            {
                return SourceText.From(stream, new UTF8Encoding(false, true), throwIfBinaryDetected: false).ToString();
            }
            catch (Exception exception) when (exception is InvalidDataException or DecoderFallbackException)
            {
                stream.Position = 0;
                return SourceText.From(stream, CodePagesEncodingProvider.Instance.GetEncoding(1252)!, throwIfBinaryDetected: false).ToString();
            }
        }
    }
}
