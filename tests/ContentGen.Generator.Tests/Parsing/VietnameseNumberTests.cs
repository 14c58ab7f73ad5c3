using ContentGen.Core.Parsing;
using Xunit;

namespace ContentGen.Generator.Tests.Parsing
{
    public class VietnameseNumberTests
    {
        [Theory]
        [InlineData("16", "16")]
        [InlineData("790.800", "790800")]
        [InlineData("1.234.567", "1234567")]
        [InlineData("3,5", "3.5")]
        [InlineData("12.195,4", "12195.4")]
        [InlineData("3,857", "3.857")]
        [InlineData("7.0", "7.0")]
        [InlineData("2.5", "2.5")]
        public void Reads_the_number_as_written(string text, string expected)
        {
            Assert.True(VietnameseNumber.TryParse(text, out decimal value));
            Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        }

        [Theory]
        [InlineData("")]
        [InlineData("1,2,3")]
        [InlineData("1.23.4")]
        [InlineData("abc")]
        [InlineData(".5")]
        public void Rejects_what_is_not_a_number(string text)
        {
            Assert.False(VietnameseNumber.TryParse(text, out _));
        }

        [Fact]
        public void Reads_the_same_under_any_culture()
        {
            System.Globalization.CultureInfo previous = System.Globalization.CultureInfo.CurrentCulture;
            try
            {
                foreach (string culture in new[] { "vi-VN", "tr-TR", "de-DE" })
                {
                    System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(culture);
                    Assert.True(VietnameseNumber.TryParse("12.195,4", out decimal value));
                    Assert.Equal(12195.4m, value);
                }
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentCulture = previous;
            }
        }
    }
}
