using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace ContentGen.Testing.Tests
{
    public sealed class ArticleFilesTests
    {
        [Fact]
        public void Content_folder_txt_and_md_files_are_read_recursively_under_its_parent_but_markdown_notes_and_drafts()
        {
            using var temp = new TempDirectory();
            temp.Write(Path.Combine("content", "b.txt"), "B");
            temp.Write(Path.Combine("content", "news", "a.txt"), "A");
            temp.Write(Path.Combine("content", "news", "c.md"), "C");
            temp.Write(Path.Combine("content", "README.md"), "not an article");
            temp.Write(Path.Combine("content", "news", "_draft.md"), "a draft");
            temp.Write(Path.Combine("content", "notes.json"), "{}");

            var (projectDirectory, articles) = ArticleFiles.Read(Path.Combine(temp.Path, "content") + Path.DirectorySeparatorChar);

            Assert.Equal(temp.Path, projectDirectory);
            Assert.Equal(
                new (string?, string)[] { ("content/b.txt", "B"), ("content/news/a.txt", "A"), ("content/news/c.md", "C") },
                articles.Select(article => (ArticleFiles.RelativePath(projectDirectory, article.Key), article.Value)));
        }

        [Fact]
        public void In_memory_paths_are_placed_under_the_project_folder()
        {
            var project = ArticleFiles.VirtualProjectDirectory;

            var articles = ArticleFiles.InProject(project, new[] { new KeyValuePair<string, string>("content/news/a.txt", "A") });

            Assert.Equal(Path.Combine(project, "content", "news", "a.txt"), Assert.Single(articles).Key);
        }
    }
}
