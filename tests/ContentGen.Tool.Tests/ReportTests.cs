using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ContentGen.Core;
using ContentGen.Core.Diagnostics;
using ContentGen.Core.Hosting;
using ContentGen.Core.Model;
using ContentGen.Core.Naming;
using ContentGen.Tests.Shared;
using Xunit;

namespace ContentGen.Tool.Tests
{
    /// <summary>
    /// <c>contentgen report</c>: the page marks every quote and metric as the contract gives them (API.md), keeps every
    /// section's text exactly, lists diagnostics and counts, never lets content become markup or load anything, and is
    /// the same bytes for the same input whatever the culture. The page is read as a browser reads it (AngleSharp).
    /// </summary>
    public class ReportTests
    {
        private const string SeedPath = "content/no-luc-hoan-thanh-cac-nhiem-vu-trong-tam.txt";
        private const string SeedAnchor = "article-NoLucHoanThanhCacNhiemVuTrongTam";

        // The seed's members as API.md lists them, in document order.
        private static readonly string[] SeedQuoteMembers = { "NamTratTuVanMinhDoThi", "NamGiaiPhongMatBang", "PhamQuangNghi1", "PhamQuangNghi2" };
        private static readonly string[] SeedMetricMembers = { "TocDoTangTruongCacNganhKinhTe", "ThuNganSach", "CongTacPhatTrienToChucDang" };

        // A speech quote with a metric inside it, and a term quote and a metric in the title.
        private const string Nested = "Phát động “Năm trật tự văn minh đô thị” đạt 20%\n\nÔng Trần Văn Khải nói: “Doanh thu đạt 5% kế hoạch năm nay” trong cuộc họp. Tăng trưởng đạt 3,5% và lãi suất 0,2-0,7%.\n";

        // One speech quote without a speaker and one metric without a label, nothing else.
        private const string Unattributed = "Tiêu đề\n\n“Chúng tôi sẽ cố gắng hết sức trong năm nay”. Đạt 5%.\n";

        private const string Script = "<script>alert(1)</script>";
        private const string ImgBreakout = "\"><img src=x onerror=alert(1)>";

        // Hostile text where content goes: the title, a quote, a metric's label, a speaker's place, front matter metadata,
        // a Markdown image URL.
        private static readonly Dictionary<string, string> OwnHostile = new()
        {
            ["content/hostile-script.txt"] = Script + " tiêu đề\n\nÔng An nói: “" + Script + " là gì”. " + Script + " đạt 5%.\n\n“Chúng tôi sẽ làm”, ông Nguyễn Văn An" + ImgBreakout + " nói.\n",
            ["content/hostile-front-matter.md"] = "---\ntitle: Tiêu đề\nnote: '" + ImgBreakout + "'\n---\n# Tiêu đề\n\nĐoạn mở đầu.\n\n![a](javascript:alert(1))\n",
        };

        private static readonly Lazy<Page> Hostile = new(() =>
        {
            using var run = new ToolRun().Files(HostileCorpus.Files()).Files(OwnHostile);
            return Page.Of(run);
        });

        private static readonly string[] OwnElements =
        {
            "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "span", "nav", "table", "thead",
            "tbody", "tfoot", "tr", "th", "td", "a", "main", "article", "section", "div", "dl", "dt", "dd", "code", "figure",
            "figcaption", "ul", "li", "q", "data",
        };

        [Fact]
        public void The_seed_has_exactly_four_quote_marks_and_three_metric_marks()
        {
            IHtmlDocument page = SeedPage();

            Assert.Equal(4, page.QuerySelectorAll("q").Length);
            Assert.Equal(3, page.QuerySelectorAll("data").Length);
        }

        [Fact]
        public void The_seed_quote_marks_carry_the_exported_quotes_and_their_members()
        {
            using var run = new ToolRun().File(SeedPath, ToolRun.SeedText);
            IHtmlDocument page = Page.Of(run).Document;
            JsonElement[] quotes = Exported(run).Single().GetProperty("quotes").EnumerateArray().ToArray();

            IElement[] marks = page.QuerySelectorAll("q").ToArray();

            Assert.Equal(quotes.Length, marks.Length);
            for (int i = 0; i < marks.Length; i++)
            {
                Assert.Equal(quotes[i].GetProperty("text").GetString(), marks[i].TextContent);
                Assert.Equal(quotes[i].GetProperty("kind").GetString()!.ToLowerInvariant(), marks[i].GetAttribute("data-kind"));
                Assert.Equal(quotes[i].GetProperty("speaker").GetString(), marks[i].GetAttribute("data-speaker"));
                Assert.Equal(SeedQuoteMembers[i], marks[i].GetAttribute("data-member"));
            }
        }

        [Fact]
        public void The_seed_metric_marks_carry_the_exported_metrics_and_their_members()
        {
            using var run = new ToolRun().File(SeedPath, ToolRun.SeedText);
            IHtmlDocument page = Page.Of(run).Document;
            JsonElement[] metrics = Exported(run).Single().GetProperty("metrics").EnumerateArray().ToArray();

            IElement[] marks = page.QuerySelectorAll("data").ToArray();

            Assert.Equal(metrics.Length, marks.Length);
            for (int i = 0; i < marks.Length; i++)
            {
                Assert.Equal(metrics[i].GetProperty("text").GetString(), marks[i].TextContent);
                Assert.Equal(metrics[i].GetProperty("value").GetRawText(), marks[i].GetAttribute("value"));
                Assert.Equal(metrics[i].GetProperty("kind").GetString(), marks[i].GetAttribute("data-kind"));
                Assert.Equal(metrics[i].GetProperty("unit").GetString(), marks[i].GetAttribute("data-unit"));
                Assert.Equal(metrics[i].GetProperty("label").GetString(), marks[i].GetAttribute("data-label"));
                Assert.Null(marks[i].GetAttribute("data-max"));
                Assert.Equal(SeedMetricMembers[i], marks[i].GetAttribute("data-member"));
            }
        }

        [Fact]
        public void The_speech_quote_mark_is_written_exactly_as_the_contract_gives_it()
        {
            string html = Report(SeedPath, ToolRun.SeedText).Html;

            Assert.Contains("<q data-kind=\"speech\" data-speaker=\"Phạm Quang Nghị\" data-member=\"PhamQuangNghi1\"", html, StringComparison.Ordinal);
            Assert.Contains("<data value=\"145\" data-kind=\"Percent\" data-unit=\"%\" data-label=\"Thu ngân sách\" data-member=\"ThuNganSach\"", html, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("content/seed.txt", "txt")]
        [InlineData("content/seed.md", "md")]
        public void Every_section_element_holds_its_section_text_exactly(string path, string format)
        {
            using var run = new ToolRun().File(path, format == "md" ? ToolRun.SeedMarkdown : ToolRun.SeedText);
            IHtmlDocument page = Page.Of(run).Document;
            JsonElement article = Exported(run).Single();
            JsonElement[] sections = article.GetProperty("sections").EnumerateArray().ToArray();

            Assert.Equal(article.GetProperty("title").GetString(), page.QuerySelector("[data-section=\"-1\"]")!.TextContent);
            Assert.Equal(sections.Length, page.QuerySelectorAll(".text [data-section]").Length);
            foreach (JsonElement section in sections)
            {
                int index = section.GetProperty("index").GetInt32();
                Assert.Equal(section.GetProperty("text").GetString(), page.QuerySelector($"[data-section=\"{index}\"]")!.TextContent);
            }
        }

        [Fact]
        public void Every_section_element_of_the_hostile_files_holds_its_section_text()
        {
            Page page = Hostile.Value;

            Assert.NotEmpty(page.Set.Articles);
            Assert.All(page.Set.Articles, article =>
            {
                IElement element = page.Document.GetElementById(ReportHtml.Anchor(article.Identity.Id, 0))!;
                Assert.Equal(Displayable(article.Article.Title), element.QuerySelector("[data-section=\"-1\"]")!.TextContent);
                IElement[] shown = element.QuerySelectorAll(".text [data-section]").ToArray();
                Assert.Equal(article.Article.Sections.Count, shown.Length);
                for (int i = 0; i < shown.Length; i++)
                {
                    Assert.True(Displayable(article.Article.Sections[i].Text) == shown[i].TextContent, $"{article.Identity.Path}, section {i}");
                }
            });
        }

        [Fact]
        public void The_quotation_marks_stay_in_the_text_outside_the_q()
        {
            IHtmlDocument page = SeedPage();

            IElement term = page.QuerySelector("q[data-member=\"NamTratTuVanMinhDoThi\"]")!;

            Assert.EndsWith("“", term.PreviousSibling!.TextContent, StringComparison.Ordinal);
            Assert.StartsWith("”", term.NextSibling!.TextContent, StringComparison.Ordinal);
        }

        [Fact]
        public void A_metric_inside_a_quote_is_nested_inside_the_q()
        {
            IHtmlDocument page = Report("content/b.txt", Nested).Document;

            IElement quote = page.QuerySelector("q[data-member=\"TranVanKhai1\"]")!;
            IElement metric = page.QuerySelector("data[data-member=\"DoanhThu\"]")!;

            Assert.Same(quote, metric.ParentElement);
            Assert.Equal("Doanh thu đạt 5% kế hoạch năm nay", quote.TextContent);
        }

        [Fact]
        public void Quotes_and_metrics_of_the_title_are_marked_in_the_title_heading()
        {
            IHtmlDocument page = Report("content/b.txt", Nested).Document;

            IElement title = page.QuerySelector("h2[data-section=\"-1\"]")!;

            Assert.Equal("NamTratTuVanMinhDoThi", title.QuerySelector("q")!.GetAttribute("data-member"));
            Assert.Equal("Percent20", title.QuerySelector("data")!.GetAttribute("data-member"));
        }

        [Fact]
        public void A_range_metric_has_its_invariant_low_and_high_values()
        {
            IHtmlDocument page = Report("content/b.txt", Nested).Document;

            IElement range = page.QuerySelector("data[data-member=\"LaiSuat\"]")!;
            IElement single = page.QuerySelector("data[data-member=\"TangTruong\"]")!;

            Assert.Equal("0.2", range.GetAttribute("value"));
            Assert.Equal("0.7", range.GetAttribute("data-max"));
            Assert.Equal("3.5", single.GetAttribute("value"));
            Assert.False(single.HasAttribute("data-max"));
        }

        [Fact]
        public void A_speech_quote_without_speaker_and_a_metric_without_label_have_no_such_attribute()
        {
            IHtmlDocument page = Report("content/a.txt", Unattributed).Document;

            IElement quote = page.QuerySelector("q")!;
            IElement metric = page.QuerySelector("data")!;

            Assert.Equal("speech", quote.GetAttribute("data-kind"));
            Assert.False(quote.HasAttribute("data-speaker"));
            Assert.Equal("Quote1", quote.GetAttribute("data-member"));
            Assert.False(metric.HasAttribute("data-label"));
            Assert.Equal("Percent5", metric.GetAttribute("data-member"));
        }

        [Fact]
        public void A_mark_that_overlaps_another_without_being_inside_it_is_left_unmarked_and_listed()
        {
            // The parser gives no such pair today; the page must still never cross two elements or lose text.
            IHtmlDocument page = Made("Giá xăng tăng 5% hôm nay", quote: "xăng tăng 5", metric: "5% hôm");

            IElement paragraph = page.QuerySelector("[data-section=\"0\"]")!;

            Assert.Equal("xăng tăng 5", paragraph.QuerySelector("q")!.TextContent);
            Assert.Null(paragraph.QuerySelector("data"));
            Assert.Equal("Giá xăng tăng 5% hôm nay", paragraph.TextContent);
            Assert.Contains("overlaps another mark", page.QuerySelector("ul.unmarked")!.TextContent, StringComparison.Ordinal);
        }

        [Fact]
        public void A_quote_whose_text_is_not_in_its_section_is_listed_as_not_marked()
        {
            IHtmlDocument page = Made("Giá xăng tăng 5% hôm nay", quote: "không có", metric: "5%");

            Assert.Null(page.QuerySelector("q"));
            Assert.Equal("5%", page.QuerySelector("data")!.TextContent);
            Assert.Contains("“không có” — its text is not found", page.QuerySelector("ul.unmarked")!.TextContent, StringComparison.Ordinal);
        }

        [Fact]
        public void Quotes_past_the_named_members_are_marked_without_data_member()
        {
            string text = "Nhiều dấu ngoặc\n\n" + string.Concat(Enumerable.Repeat("“a” ", 1001)) + "\n";
            IHtmlDocument page = Report("content/many.txt", text).Document;

            IElement[] quotes = page.QuerySelectorAll("q").ToArray();

            Assert.Equal(1001, quotes.Length);
            Assert.Equal(1000, quotes.Count(static q => q.HasAttribute("data-member")));
            Assert.False(quotes[^1].HasAttribute("data-member"));
        }

        [Fact]
        public void The_summary_counts_a_speech_quote_without_speaker_and_a_metric_without_label()
        {
            IHtmlDocument page = Report("content/a.txt", Unattributed).Document;

            IElement row = page.QuerySelector("table.summary tbody tr")!;

            Assert.Equal(
                new[] { "1", "1", "1", "1", "0", "0" },
                new[] { "quotes", "speech-without-speaker", "metrics", "metrics-without-label", "warnings", "info" }.Select(c => row.QuerySelector("td." + c)!.TextContent));
        }

        [Fact]
        public void The_summary_counts_diagnostics_by_severity_and_totals_every_row()
        {
            using var run = new ToolRun()
                .File(SeedPath, ToolRun.SeedText)
                .File("content/a.txt", Unattributed)
                .File("content/empty.txt", string.Empty);
            IHtmlDocument page = Page.Of(run).Document;

            string[] Column(string name) => page.QuerySelectorAll("table.summary td." + name).Select(static c => c.TextContent).ToArray();

            // Rows: a.txt, the seed (one info: mismatched quote marks), the files with no article (empty.txt: a warning), total.
            Assert.Equal(new[] { "0", "0", "1", "1" }, Column("warnings"));
            Assert.Equal(new[] { "0", "1", "0", "1" }, Column("info"));
            Assert.Equal(new[] { "1", "4", "–", "5" }, Column("quotes"));
            Assert.Equal(new[] { "1", "3", "–", "4" }, Column("metrics"));
        }

        [Fact]
        public void Each_summary_row_links_to_its_article()
        {
            using var run = new ToolRun().File(SeedPath, ToolRun.SeedText).File("content/a.txt", Unattributed);
            IHtmlDocument page = Page.Of(run).Document;

            string?[] links = page.QuerySelectorAll("table.summary tbody th a").Select(static a => a.GetAttribute("href")).ToArray();

            Assert.Equal(new[] { "#article-A", "#" + SeedAnchor }, links);
            Assert.Equal("article", page.GetElementById(SeedAnchor)!.LocalName);
        }

        [Fact]
        public void Every_link_of_the_page_points_at_an_element_of_the_page()
        {
            IHtmlDocument page = Hostile.Value.Document;

            IElement[] links = page.QuerySelectorAll("a").ToArray();

            Assert.NotEmpty(links);
            Assert.All(links, a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")!.Substring(1))));
        }

        [Fact]
        public void An_article_lists_its_diagnostics_as_check_prints_them()
        {
            using var run = new ToolRun().File(SeedPath, ToolRun.SeedText);
            IHtmlDocument page = Page.Of(run).Document;
            string[] printed = Lines(run.Run("check").Output).Where(static l => l.StartsWith("content/", StringComparison.Ordinal)).ToArray();

            string[] listed = page.QuerySelectorAll("#" + SeedAnchor + " ul.diagnostics li code").Select(static c => c.TextContent).ToArray();

            Assert.Single(printed);
            Assert.Equal(printed, listed);
        }

        [Fact]
        public void Diagnostics_of_files_with_no_article_have_a_section_of_their_own()
        {
            using var run = new ToolRun().File(SeedPath, ToolRun.SeedText).File("content/empty.txt", string.Empty);
            IHtmlDocument page = Page.Of(run).Document;
            string[] printed = Lines(run.Run("check").Output).Where(static l => l.StartsWith("content/empty.txt", StringComparison.Ordinal)).ToArray();

            IElement section = page.GetElementById(ReportPage.NoArticleAnchor)!;

            Assert.Equal("content/empty.txt", section.QuerySelector("h3")!.TextContent);
            Assert.Equal(printed, section.QuerySelectorAll("li code").Select(static c => c.TextContent));
        }

        [Fact]
        public void The_markdown_front_matter_values_are_shown()
        {
            IHtmlDocument page = Report("content/seed.md", ToolRun.SeedMarkdown).Document;

            Dictionary<string, string> facts = page.QuerySelectorAll("dl.facts > dt").ToDictionary(static dt => dt.TextContent, static dt => dt.NextElementSibling!.TextContent);

            Assert.Equal("2015-03-20T08:30:00+07:00", facts["Published"]);
            Assert.Equal("Minh Anh, Thu Hà", facts["Authors"]);
            Assert.Equal("Nam Từ Liêm, đại hội Đảng", facts["Tags"]);
            Assert.Equal("Thời sự", facts["Category"]);
            Assert.Equal("Quận Nam Từ Liêm báo cáo kết quả năm 2014.", facts["Summary"]);
            Assert.Contains("source_urlhttps://example.vn/no-luc", facts["Metadata"], StringComparison.Ordinal);
        }

        [Fact]
        public void The_hostile_page_has_no_script_element()
        {
            Assert.Empty(Hostile.Value.Document.QuerySelectorAll("script"));
        }

        [Fact]
        public void The_hostile_page_has_no_event_handler_attribute()
        {
            Assert.DoesNotContain(Hostile.Value.Document.All, static e => e.Attributes.Any(static a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        }

        [Fact]
        public void The_hostile_page_has_no_img_element()
        {
            Assert.Empty(Hostile.Value.Document.QuerySelectorAll("img"));
        }

        [Fact]
        public void The_hostile_page_has_only_the_report_s_own_elements()
        {
            Assert.Empty(Hostile.Value.Document.All.Select(static e => e.LocalName).Distinct().Except(OwnElements));
        }

        [Fact]
        public void Hostile_title_quote_and_label_appear_as_text()
        {
            IElement article = Hostile.Value.Document.GetElementById("article-HostileScript")!;

            Assert.Equal(Script + " tiêu đề", article.QuerySelector("h2")!.TextContent);
            Assert.Equal(Script + " là gì", article.QuerySelector("q")!.TextContent);
            Assert.Equal(Script, article.QuerySelector("data")!.GetAttribute("data-label"));
        }

        [Fact]
        public void Hostile_text_in_a_speaker_s_place_and_in_front_matter_appears_as_text()
        {
            IHtmlDocument page = Hostile.Value.Document;

            Assert.Contains("ông Nguyễn Văn An" + ImgBreakout + " nói.", page.GetElementById("article-HostileScript")!.TextContent, StringComparison.Ordinal);
            IElement note = page.QuerySelectorAll("#article-HostileFrontMatter dl.metadata dt").Single(static dt => dt.TextContent == "note");
            Assert.Equal(ImgBreakout, note.NextElementSibling!.TextContent);
        }

        [Fact]
        public void An_image_url_is_shown_as_text_and_never_loaded_or_linked()
        {
            IElement caption = Hostile.Value.Document.QuerySelector("#article-HostileFrontMatter figure")!;

            Assert.Equal("a", caption.QuerySelector("figcaption")!.TextContent);
            Assert.Equal("javascript:alert(1)", caption.QuerySelector(".image-url code")!.TextContent);
            Assert.Empty(caption.QuerySelectorAll("[src], [href]"));
        }

        [Fact]
        public void The_page_refers_to_nothing_outside_itself()
        {
            IHtmlDocument page = Hostile.Value.Document;

            string[] sourcing = { "src", "srcset", "action", "formaction", "poster", "background", "cite", "manifest", "style" };
            Assert.DoesNotContain(page.All.SelectMany(static e => e.Attributes), a => sourcing.Contains(a.Name, StringComparer.OrdinalIgnoreCase));
            Assert.All(page.QuerySelectorAll("[href]"), a => Assert.StartsWith("#", a.GetAttribute("href"), StringComparison.Ordinal));
            Assert.Empty(page.QuerySelectorAll("link, base, iframe, object, embed, meta[http-equiv]"));
            string css = string.Concat(page.QuerySelectorAll("style").Select(static s => s.TextContent));
            Assert.DoesNotContain("url(", css, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@import", css, StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public void The_page_is_one_utf8_html5_document_in_vietnamese()
        {
            string html = Report(SeedPath, ToolRun.SeedText).Html;
            IHtmlDocument page = new HtmlParser().ParseDocument(html);

            Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
            Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
            Assert.Equal("utf-8", page.QuerySelector("meta[charset]")!.GetAttribute("charset"));
        }

        [Fact]
        public void The_same_input_gives_the_same_bytes()
        {
            byte[] first = Bytes(new ToolRun().File(SeedPath, ToolRun.SeedText).File("content/b.txt", Nested).File("content/empty.txt", string.Empty));
            byte[] second = Bytes(new ToolRun().File(SeedPath, ToolRun.SeedText).File("content/b.txt", Nested).File("content/empty.txt", string.Empty));

            Assert.Equal(first, second);
        }

        [Theory]
        [InlineData("vi-VN")]
        [InlineData("tr-TR")]
        public void The_page_is_the_same_bytes_whatever_the_culture(string culture)
        {
            byte[] invariant = InCulture(CultureInfo.InvariantCulture, () => Bytes(new ToolRun().File(SeedPath, ToolRun.SeedText).File("content/b.txt", Nested)));
            byte[] other = InCulture(new CultureInfo(culture), () => Bytes(new ToolRun().File(SeedPath, ToolRun.SeedText).File("content/b.txt", Nested)));

            Assert.Equal(invariant, other);
        }

        private static IHtmlDocument SeedPage() => Report(SeedPath, ToolRun.SeedText).Document;

        private static Page Report(string path, string text)
        {
            using var run = new ToolRun().File(path, text);
            return Page.Of(run);
        }

        // The page of one hand-made article: a section, a speech quote and a metric with the given texts.
        private static IHtmlDocument Made(string text, string quote, string metric)
        {
            var article = new ParsedArticle(
                "Tiêu đề",
                1,
                null,
                null,
                new EquatableArray<SectionModel>(new[] { new SectionModel(0, SectionKindModel.Lead, text, 3) }),
                new EquatableArray<QuoteModel>(new[] { new QuoteModel(quote, QuoteKindModel.Speech, "Trần Văn Khải", 0, 3) }),
                new EquatableArray<MetricModel>(new[] { new MetricModel(metric, 5m, null, MetricKindModel.Percent, "%", "Giá", 0, 3) }),
                EquatableArray<ParseIssue>.Empty);
            var content = new ContentArticle(new ArticleIdentity("content/a.txt", "a", "A", "content/a.txt"), article, new[] { "Gia" }, new[] { "TranVanKhai1" });
            var output = new StringWriter();
            ReportPage.Write(output, new ContentSetResult(new[] { content }, Array.Empty<DiagnosticInfo>()));
            return new HtmlParser().ParseDocument(output.ToString());
        }

        private static byte[] Bytes(ToolRun run)
        {
            using (run)
            {
                Assert.Equal(0, run.Run("report").ExitCode);
                return File.ReadAllBytes(Path.Combine(run.Directory, "contentgen-report.html"));
            }
        }

        private static T InCulture<T>(CultureInfo culture, Func<T> action)
        {
            CultureInfo culture0 = CultureInfo.CurrentCulture;
            CultureInfo ui0 = CultureInfo.CurrentUICulture;
            try
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = culture;
                return action();
            }
            finally
            {
                CultureInfo.CurrentCulture = culture0;
                CultureInfo.CurrentUICulture = ui0;
            }
        }

        private static JsonElement[] Exported(ToolRun run)
        {
            (int exit, string output, _) = run.Run("export");
            Assert.Equal(0, exit);
            using JsonDocument json = JsonDocument.Parse(output);
            return json.RootElement.Clone().EnumerateArray().ToArray();
        }

        private static string[] Lines(string text) => text.Split('\n').Select(static l => l.TrimEnd('\r')).ToArray();

        // What a page can hold of a text: HTML carries no NUL and UTF-8 no lone surrogate; both read as U+FFFD.
        private static string Displayable(string text)
        {
            var chars = text.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                bool paired = (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                    || (char.IsLowSurrogate(chars[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]));
                if (chars[i] == '\0' || (char.IsSurrogate(chars[i]) && !paired))
                {
                    chars[i] = '\uFFFD';
                }
            }

            return new string(chars);
        }

        /// <summary>A report run: the page as written, as a browser parses it, and the set it was made of.</summary>
        private sealed record Page(string Html, IHtmlDocument Document, ContentSetResult Set)
        {
            public static Page Of(ToolRun run)
            {
                (int exit, _, string error) = run.Run("report");
                Assert.True(exit == 0, error);
                string html = run.Read("contentgen-report.html");
                (IReadOnlyList<ContentFile> files, string? problem) = ContentInput.Read(Array.Empty<string>(), run.Directory);
                Assert.Null(problem);
                return new Page(html, new HtmlParser().ParseDocument(html), ContentSet.Read(files));
            }
        }
    }
}
