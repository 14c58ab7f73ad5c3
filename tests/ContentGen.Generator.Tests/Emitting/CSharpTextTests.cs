using ContentGen.Generator.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ContentGen.Generator.Tests.Emitting
{
    public class CSharpTextTests
    {
        [Theory]
        [InlineData("plain")]
        [InlineData("\"quoted\" \\ backslash")]
        [InlineData("line\nbreak\r\nand\ttab")]
        [InlineData("separators \u2028 \u2029 \u0085")]
        [InlineData("bidi \u202E override \u2066 isolate")]
        [InlineData("tiếng Việt và emoji 🎉")]
        [InlineData("\"; System.Environment.Exit(1); //")]
        public void Literal_round_trips_through_the_compiler(string value)
        {
            string literal = CSharpText.Literal(value);
            var expression = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal);

            Assert.Empty(expression.GetDiagnostics());
            Assert.Equal(value, expression.Token.ValueText);
        }

        [Fact]
        public void Literal_escapes_a_lone_surrogate()
        {
            string literal = CSharpText.Literal("lone \uD800 surrogate");
            var expression = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal);

            Assert.Contains("\\uD800", literal);
            Assert.Equal("lone \uD800 surrogate", expression.Token.ValueText);
        }

        [Fact]
        public void Literal_never_contains_a_character_that_ends_a_line()
        {
            string literal = CSharpText.Literal("a\u2028b\u2029c\u0085d\re\nf");

            Assert.DoesNotContain('\u2028', literal);
            Assert.DoesNotContain('\u2029', literal);
            Assert.DoesNotContain('\u0085', literal);
            Assert.DoesNotContain('\n', literal);
            Assert.DoesNotContain('\r', literal);
        }

        [Fact]
        public void Doc_text_escapes_markup_and_flattens_lines()
        {
            Assert.Equal("a &lt;b&gt; &amp; c d e", CSharpText.Doc("a <b> & c\nd\u2028e"));
        }

        [Fact]
        public void Doc_text_is_cut_when_long()
        {
            string doc = CSharpText.Doc(new string('x', 1000));

            Assert.True(doc.Length < 300);
            Assert.EndsWith("…", doc);
        }

        [Fact]
        public void Decimals_are_written_invariantly()
        {
            System.Globalization.CultureInfo previous = System.Globalization.CultureInfo.CurrentCulture;
            try
            {
                System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("vi-VN");
                Assert.Equal("-3.1m", CSharpText.Decimal(-3.1m));
                Assert.Equal("null", CSharpText.Decimal((decimal?)null));
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentCulture = previous;
            }
        }
    }
}
