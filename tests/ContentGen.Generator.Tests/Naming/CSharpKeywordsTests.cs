using System.Linq;
using ContentGen.Core.Naming;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ContentGen.Generator.Tests.Naming
{
    public class CSharpKeywordsTests
    {
        [Fact]
        public void Every_keyword_and_contextual_keyword_the_compiler_knows_is_listed()
        {
            string[] compiler = SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds())
                .Select(SyntaxFacts.GetText)
                .Where(text => text.Length > 0 && char.IsLetter(text.TrimStart('_')[0]))
                .Distinct()
                .ToArray();

            Assert.All(compiler, word => Assert.True(CSharpKeywords.Contains(word), word + " is a keyword the list lacks"));
        }

        [Fact]
        public void Every_listed_word_is_a_lower_case_word()
        {
            Assert.All(CSharpKeywords.All, word => Assert.Matches("^_{0,2}[a-z]+$", word));
        }
    }
}
