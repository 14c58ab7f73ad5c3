using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ContentGen.Core;
using ContentGen.Core.Documents;
using ContentGen.Core.Model;
using ContentGen.Core.Parsing;
using ContentGen.Generator.Tests.Driver;
using ContentGen.Testing;
using ContentGen.Tests.Shared;
using Xunit;

namespace ContentGen.Generator.Tests.Markdown
{
    /// <summary>The records the core maps a parse to are the records the generated code reads back, field for field.</summary>
    public class ArticleMapperTests
    {
        public static TheoryData<string> Paths => new() { "content/seed.txt", "content/seed.md", "content/hostile" };

        [Theory]
        [MemberData(nameof(Paths))]
        public void The_mapped_record_equals_the_generated_one(string which)
        {
            Dictionary<string, string> files = which switch
            {
                "content/seed.txt" => new() { [which] = SeedTests.SeedText() },
                "content/seed.md" => new() { [which] = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Markdown", "seed-as-markdown.md")) },
                _ => HostileCorpus.Files().Where(f => f.Value.Length < 100_000).ToDictionary(f => f.Key, f => f.Value),
            };
            ContentGenRunResult result = ContentGenRunner.Run(files);
            ContentGen.Runtime.ArticleTable table = GeneratedCode.Table(result.Sources[ContentGen.Generator.Emitting.TableEmitter.HintName]);

            Assert.NotEmpty(table);
            foreach (Article generated in table)
            {
                ParsedArticle parsed = ArticleParser.Read(files[generated.Path], ContentFormats.OfPath(generated.Path)).Article!;
                Article mapped = ArticleMapper.ToArticle(parsed, generated.Id, generated.Slug, generated.Path);

                Assert.Equal(generated, mapped);
            }
        }

        [Fact]
        public void Front_matter_values_are_mapped_and_compared()
        {
            ParsedArticle parsed = ArticleParser.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Markdown", "seed-as-markdown.md")), ContentFormat.Markdown).Article!;
            Article mapped = ArticleMapper.ToArticle(parsed, "Seed", "seed", "content/seed.md");

            Assert.Equal(("Thời sự", 2), (mapped.Category, mapped.Authors.Count));
            Assert.NotEqual(mapped, mapped with { Tags = new[] { "khác" } });
            Assert.NotEqual(mapped, mapped with { Metadata = new Dictionary<string, string>() });
        }
    }
}
