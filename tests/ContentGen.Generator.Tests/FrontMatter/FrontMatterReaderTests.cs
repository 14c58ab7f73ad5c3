using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using ContentGen.Core;
using ContentGen.Core.Diagnostics;
using ContentGen.Core.FrontMatter;
using ContentGen.Core.Model;
using Xunit;

namespace ContentGen.Generator.Tests.FrontMatter
{
    /// <summary>
    /// The front matter of Markdown articles: what each key gives, where each problem is reported, and that hostile
    /// YAML (alias bombs, deep nesting, type tags, huge scalars) is read safely and quickly.
    /// </summary>
    public class FrontMatterReaderTests
    {
        private const string Example =
            "---\n" +
            "title: Giá xăng giảm mạnh          # overrides the title from the body\n" +
            "slug: gia-xang-giam-manh\n" +
            "date: 2025-07-14T08:30:00+07:00\n" +
            "author: [Văn Khải, Thu Hà]\n" +
            "outlet: TTO\n" +
            "tags: [giá xăng, kinh tế]\n" +
            "category: Kinh tế\n" +
            "summary: Giá xăng giảm 5% từ chiều nay.\n" +
            "source_url: https://example.vn/a   # any other scalar key\n" +
            "---\n" +
            "# Giá xăng giảm mạnh\n" +
            "\n" +
            "TTO - Sáng nay (14-7), giá xăng giảm **5%**.\n";

        // Generous: these are sanity bounds that catch a blow-up, not benchmarks.
        private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(5);

        [Fact]
        public void The_full_example_gives_every_known_key()
        {
            FrontMatterModel model = Read(Example).FrontMatter!;

            Assert.Equal("Giá xăng giảm mạnh", model.Title);
            Assert.Equal("gia-xang-giam-manh", model.Slug);
            Assert.Equal(new DateTimeOffset(2025, 7, 14, 8, 30, 0, TimeSpan.FromHours(7)), model.PublishedAt);
            Assert.Equal(TimeSpan.FromHours(7), model.PublishedAt!.Value.Offset);
            Assert.Equal(new[] { "Văn Khải", "Thu Hà" }, model.Authors!.Value.ToArray());
            Assert.Equal("TTO", model.Outlet);
            Assert.Equal(new[] { "giá xăng", "kinh tế" }, model.Tags.ToArray());
            Assert.Equal("Kinh tế", model.Category);
            Assert.Equal("Giá xăng giảm 5% từ chiều nay.", model.Summary);
        }

        [Fact]
        public void The_full_example_has_every_scalar_key_in_its_metadata_in_file_order()
        {
            FrontMatterModel model = Read(Example).FrontMatter!;

            Assert.Equal(
                new[]
                {
                    new MetadataEntry("title", "Giá xăng giảm mạnh"),
                    new MetadataEntry("slug", "gia-xang-giam-manh"),
                    new MetadataEntry("date", "2025-07-14T08:30:00+07:00"),
                    new MetadataEntry("outlet", "TTO"),
                    new MetadataEntry("category", "Kinh tế"),
                    new MetadataEntry("summary", "Giá xăng giảm 5% từ chiều nay."),
                    new MetadataEntry("source_url", "https://example.vn/a"),
                },
                model.Metadata.ToArray());
        }

        [Fact]
        public void The_full_example_has_no_issue_and_its_body_starts_after_the_closing_line()
        {
            FrontMatterReading reading = Read(Example);

            Assert.Empty(reading.Issues);
            Assert.Equal(Example.IndexOf("# Giá xăng", StringComparison.Ordinal), reading.BodyStart);
            Assert.Equal(11, reading.BodyLine);
        }

        [Fact]
        public void Crlf_line_ends_give_the_same_front_matter_and_a_body_after_the_crlf()
        {
            string crlf = Example.Replace("\n", "\r\n");

            FrontMatterReading reading = Read(crlf);

            Assert.Equal(Read(Example).FrontMatter, reading.FrontMatter);
            Assert.Empty(reading.Issues);
            Assert.Equal(crlf.IndexOf("# Giá xăng", StringComparison.Ordinal), reading.BodyStart);
            Assert.Equal(11, reading.BodyLine);
        }

        [Fact]
        public void A_byte_order_mark_before_the_opening_line_is_ignored()
        {
            FrontMatterReading reading = Read("\uFEFF---\ntitle: Bão số 3\n---\nNội dung.");

            Assert.Equal("Bão số 3", reading.FrontMatter!.Title);
            Assert.Equal(25, reading.BodyStart);
            Assert.Equal(3, reading.BodyLine);
        }

        [Fact]
        public void Spaces_and_tabs_after_the_markers_are_ignored()
        {
            FrontMatterReading reading = Read("--- \t\ntitle: Bão số 3\n---  \nNội dung.");

            Assert.Equal("Bão số 3", reading.FrontMatter!.Title);
            Assert.Equal(3, reading.BodyLine);
        }

        [Theory]
        [InlineData("# Giá xăng giảm mạnh\n\nTTO - Sáng nay, giá xăng giảm.")]
        [InlineData("")]
        [InlineData("\n---\ntitle: Bão\n---\n")]
        [InlineData(" ---\ntitle: Bão\n---\n")]
        [InlineData("----\ntitle: Bão\n---\n")]
        [InlineData("--- title: Bão\n---\n")]
        public void A_file_whose_first_line_is_not_three_dashes_has_no_front_matter(string text)
        {
            Assert.Equal(new FrontMatterReading(null, 0, 0, EquatableArray<ParseIssue>.Empty), Read(text));
        }

        [Theory]
        [InlineData("---\ntitle: Bão số 3\n\nNội dung không có dòng đóng.\n")]
        [InlineData("---")]
        [InlineData("---\n")]
        public void An_opening_line_never_closed_is_reported_on_line_0_and_the_file_is_read_whole(string text)
        {
            FrontMatterReading reading = Read(text);

            Assert.Null(reading.FrontMatter);
            Assert.Equal(0, reading.BodyStart);
            Assert.Equal(0, reading.BodyLine);
            ParseIssue issue = Assert.Single(reading.Issues);
            Assert.Equal(ParseIssueKind.FrontMatterUnclosed, issue.Kind);
            Assert.Equal(new SourceSpan(0, 3, 0, 0, 0, 3), issue.Span);
        }

        [Fact]
        public void An_unclosed_opening_line_after_a_byte_order_mark_is_spanned_after_the_mark()
        {
            ParseIssue issue = Assert.Single(Read("\uFEFF---\ntitle: Bão số 3\n").Issues);

            Assert.Equal(new SourceSpan(1, 4, 0, 1, 0, 4), issue.Span);
        }

        [Fact]
        public void Three_dots_close_the_front_matter_too()
        {
            FrontMatterReading reading = Read("---\ntitle: Bão số 3\n...\nNội dung.");

            Assert.Equal("Bão số 3", reading.FrontMatter!.Title);
            Assert.Equal(3, reading.BodyLine);
        }

        [Fact]
        public void Unreadable_yaml_is_reported_at_the_line_of_the_error_and_the_body_still_follows_the_block()
        {
            const string text = "---\ntitle: Giá xăng\nslug: gia-xang\n  outlet: TTO\n---\nNội dung.";

            FrontMatterReading reading = Read(text);

            Assert.Null(reading.FrontMatter);
            ParseIssue issue = Assert.Single(reading.Issues);
            Assert.Equal(ParseIssueKind.FrontMatterUnreadable, issue.Kind);
            Assert.Equal(3, issue.Span.StartLine);
            Assert.NotEqual(string.Empty, issue.Detail);
            Assert.Equal(text.IndexOf("Nội", StringComparison.Ordinal), reading.BodyStart);
            Assert.Equal(5, reading.BodyLine);
        }

        [Fact]
        public void An_unreadable_line_is_counted_in_the_file_after_a_byte_order_mark_and_crlf_line_ends()
        {
            FrontMatterReading reading = Read("\uFEFF---\r\ntitle: Giá xăng\r\nslug: gia-xang\r\n  outlet: TTO\r\n---\r\nNội dung.");

            ParseIssue issue = Assert.Single(reading.Issues);
            Assert.Equal(ParseIssueKind.FrontMatterUnreadable, issue.Kind);
            Assert.Equal(3, issue.Span.StartLine);
        }

        [Fact]
        public void A_yaml_reader_failure_that_is_not_a_yaml_error_is_reported_as_unreadable()
        {
            // YamlDotNet 18.1.0 throws InvalidOperationException here (an open flow list, then a plain scalar running
            // onto the next line); whatever it throws, the article gets an issue, not an exception.
            FrontMatterReading reading = Read("---\ntitle: Giá xăng\ntags: [a, b\nslug: gia-xang\n---\nNội dung.");

            Assert.Null(reading.FrontMatter);
            Assert.Equal(ParseIssueKind.FrontMatterUnreadable, Assert.Single(reading.Issues).Kind);
            Assert.Equal(5, reading.BodyLine);
        }

        [Theory]
        [InlineData("---\n- Văn Khải\n- Thu Hà\n---\n", "a list")]
        [InlineData("---\nGiá xăng giảm mạnh\n---\n", "a single value")]
        [InlineData("---\n[a, b]\n---\n", "a list")]
        public void A_top_level_that_is_not_a_mapping_is_unreadable(string text, string shape)
        {
            FrontMatterReading reading = Read(text);

            Assert.Null(reading.FrontMatter);
            ParseIssue issue = Assert.Single(reading.Issues);
            Assert.Equal(ParseIssueKind.FrontMatterUnreadable, issue.Kind);
            Assert.Contains(shape, issue.Detail, StringComparison.Ordinal);
            Assert.Equal(1, issue.Span.StartLine);
        }

        [Fact]
        public void A_second_yaml_document_inside_the_block_is_unreadable()
        {
            FrontMatterReading reading = Read("---\ntitle: Bão\n--- slug: bao\n---\n");

            Assert.Null(reading.FrontMatter);
            Assert.Equal(ParseIssueKind.FrontMatterUnreadable, Assert.Single(reading.Issues).Kind);
        }

        [Theory]
        [InlineData("14/07/2025")]
        [InlineData("2025-13-45")]
        [InlineData("ngày 14 tháng 7")]
        [InlineData("2025-07-14 08:30")]
        [InlineData("2025-07-14T08:30:00+0700")]
        [InlineData("2025-7-14")]
        public void A_date_that_is_not_iso_8601_is_a_bad_date_at_its_value_with_the_text_as_written(string date)
        {
            FrontMatterReading reading = Read("---\ntitle: Bão\ndate: " + date + "\n---\n");

            Assert.NotNull(reading.FrontMatter);
            Assert.Null(reading.FrontMatter!.PublishedAt);
            ParseIssue issue = Assert.Single(reading.Issues);
            Assert.Equal(ParseIssueKind.FrontMatterBadDate, issue.Kind);
            Assert.Equal(date, issue.Detail);
            Assert.Equal(2, issue.Span.StartLine);
            Assert.Equal(6, issue.Span.StartColumn);
        }

        [Theory]
        [InlineData("2025-07-14", "2025-07-14T00:00:00.0000000+00:00")]
        [InlineData("2025-07-14T08:30", "2025-07-14T08:30:00.0000000+00:00")]
        [InlineData("2025-07-14T08:30:15Z", "2025-07-14T08:30:15.0000000+00:00")]
        [InlineData("2025-07-14T08:30:15.25-05:30", "2025-07-14T08:30:15.2500000-05:30")]
        [InlineData("'2025-07-14T08:30:00+07:00'", "2025-07-14T08:30:00.0000000+07:00")]
        public void An_iso_8601_date_is_read_exactly_and_without_an_offset_is_utc(string date, string expected)
        {
            FrontMatterReading reading = Read("---\ndate: " + date + "\n---\n");

            Assert.Empty(reading.Issues);
            Assert.Equal(expected, reading.FrontMatter!.PublishedAt!.Value.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_date_only_is_midnight_utc()
        {
            DateTimeOffset? date = Read("---\ndate: 2025-07-14\n---\n").FrontMatter!.PublishedAt;

            Assert.Equal(new DateTimeOffset(2025, 7, 14, 0, 0, 0, TimeSpan.Zero), date);
            Assert.Equal(TimeSpan.Zero, date!.Value.Offset);
        }

        [Fact]
        public void Dates_do_not_depend_on_the_current_culture()
        {
            System.Globalization.CultureInfo before = System.Globalization.CultureInfo.CurrentCulture;
            try
            {
                System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("th-TH");
                Assert.Equal(new DateTimeOffset(2025, 7, 14, 0, 0, 0, TimeSpan.Zero), Read("---\ndate: 2025-07-14\n---\n").FrontMatter!.PublishedAt);
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentCulture = before;
            }
        }

        [Fact]
        public void A_list_where_a_string_belongs_is_a_wrong_shape_at_the_keys_line()
        {
            FrontMatterReading reading = Read("---\nslug: bao-so-3\ntitle: [Bão số 3, Siêu bão]\n---\n");

            Assert.Null(reading.FrontMatter!.Title);
            ParseIssue issue = Assert.Single(reading.Issues);
            Assert.Equal(ParseIssueKind.FrontMatterWrongShape, issue.Kind);
            Assert.Equal(IssueDiagnostics.WrongShape("title", "a list", "a string"), issue.Detail);
            Assert.Equal(new SourceSpan(19, 24, 2, 0, 2, 5), issue.Span);
        }

        [Fact]
        public void A_mapping_where_a_list_belongs_is_a_wrong_shape_and_gives_no_tags()
        {
            FrontMatterReading reading = Read("---\ntags:\n  chính: kinh tế\n---\n");

            Assert.Empty(reading.FrontMatter!.Tags);
            ParseIssue issue = Assert.Single(reading.Issues);
            Assert.Equal(ParseIssueKind.FrontMatterWrongShape, issue.Kind);
            Assert.Equal(IssueDiagnostics.WrongShape("tags", "a mapping", "a string or a list of strings"), issue.Detail);
            Assert.Equal(1, issue.Span.StartLine);
        }

        [Fact]
        public void An_author_list_holding_a_list_is_a_wrong_shape_and_gives_no_authors()
        {
            FrontMatterReading reading = Read("---\nauthors:\n  - Văn Khải\n  - [Thu Hà, Hải Nam]\n---\n");

            Assert.Null(reading.FrontMatter!.Authors);
            Assert.Equal(IssueDiagnostics.WrongShape("authors", "a list holding a list", "a string or a list of strings"), Assert.Single(reading.Issues).Detail);
        }

        [Fact]
        public void A_wrong_shape_is_reported_on_the_line_the_compiler_counts_after_a_unicode_line_separator()
        {
            FrontMatterReading reading = Read("---\ntitle: Bão\u2028summary: [a]\n---\n");

            ParseIssue issue = Assert.Single(reading.Issues);
            Assert.Equal(ParseIssueKind.FrontMatterWrongShape, issue.Kind);
            Assert.Equal(2, issue.Span.StartLine);
            Assert.Equal(0, issue.Span.StartColumn);
        }

        [Fact]
        public void A_string_author_is_one_author_and_list_items_are_trimmed_with_empties_dropped()
        {
            Assert.Equal(new[] { "Văn Khải" }, Read("---\nauthor: '  Văn Khải '\n---\n").FrontMatter!.Authors!.Value.ToArray());
            Assert.Equal(new[] { "Văn Khải", "Thu Hà" }, Read("---\nauthors: [' Văn Khải', '', Thu Hà]\n---\n").FrontMatter!.Authors!.Value.ToArray());
        }

        [Fact]
        public void No_author_key_gives_null_authors_and_no_tags_key_gives_empty_tags()
        {
            FrontMatterModel model = Read("---\ntitle: Bão\n---\n").FrontMatter!;

            Assert.Null(model.Authors);
            Assert.Empty(model.Tags);
        }

        [Fact]
        public void Author_and_authors_both_given_keep_the_first_and_report_the_second()
        {
            FrontMatterReading reading = Read("---\nauthor: Văn Khải\nauthors: [Thu Hà]\n---\n");

            Assert.Equal(new[] { "Văn Khải" }, reading.FrontMatter!.Authors!.Value.ToArray());
            ParseIssue issue = Assert.Single(reading.Issues);
            Assert.Equal(IssueDiagnostics.WrongShape("authors", "a second author list", "one author list"), issue.Detail);
            Assert.Equal(2, issue.Span.StartLine);
        }

        [Fact]
        public void A_duplicate_key_keeps_the_first_value_and_reports_the_second_at_its_line()
        {
            FrontMatterReading reading = Read("---\ntitle: Bão số 3\nslug: bao\ntitle: Siêu bão\n---\n");

            Assert.Equal("Bão số 3", reading.FrontMatter!.Title);
            Assert.Single(reading.FrontMatter.Metadata, entry => entry.Key == "title");
            ParseIssue issue = Assert.Single(reading.Issues);
            Assert.Equal(IssueDiagnostics.WrongShape("title", "a second value", "one value"), issue.Detail);
            Assert.Equal(3, issue.Span.StartLine);
        }

        [Fact]
        public void Known_keys_match_ignoring_case_and_keep_their_spelling_in_the_metadata()
        {
            FrontMatterModel model = Read("---\nTitle: Bão số 3\nDATE: 2025-07-14\nTags: bão\n---\n").FrontMatter!;

            Assert.Equal("Bão số 3", model.Title);
            Assert.Equal(new DateTimeOffset(2025, 7, 14, 0, 0, 0, TimeSpan.Zero), model.PublishedAt);
            Assert.Equal(new[] { "bão" }, model.Tags.ToArray());
            Assert.Equal(new[] { "Title", "DATE", "Tags" }, model.Metadata.Select(entry => entry.Key).ToArray());
        }

        [Fact]
        public void Keys_differing_only_in_case_are_duplicates()
        {
            FrontMatterReading reading = Read("---\nnguon: a\nNguon: b\n---\n");

            Assert.Equal(new[] { new MetadataEntry("nguon", "a") }, reading.FrontMatter!.Metadata.ToArray());
            Assert.Equal(ParseIssueKind.FrontMatterWrongShape, Assert.Single(reading.Issues).Kind);
        }

        [Theory]
        [InlineData("---\n---")]
        [InlineData("---\n---\n")]
        [InlineData("---\n# chỉ có chú thích\n\n---\n")]
        public void An_empty_front_matter_gives_nothing_and_no_issue(string text)
        {
            FrontMatterReading reading = Read(text);

            Assert.Equal(FrontMatterModel.None, reading.FrontMatter);
            Assert.Empty(reading.Issues);
        }

        [Fact]
        public void An_empty_front_matter_closed_at_the_end_of_the_file_has_its_body_at_the_end()
        {
            FrontMatterReading reading = Read("---\n---");

            Assert.Equal(7, reading.BodyStart);
            Assert.Equal(1, reading.BodyLine);
        }

        [Fact]
        public void Metadata_keeps_the_value_as_written_while_known_keys_are_trimmed_and_empty_is_null()
        {
            FrontMatterModel model = Read("---\ntitle: '  Bão số 3  '\nsummary: ''\nghi_chu: '  giữ nguyên  '\n---\n").FrontMatter!;

            Assert.Equal("Bão số 3", model.Title);
            Assert.Null(model.Summary);
            Assert.Equal(
                new[] { new MetadataEntry("title", "  Bão số 3  "), new MetadataEntry("summary", ""), new MetadataEntry("ghi_chu", "  giữ nguyên  ") },
                model.Metadata.ToArray());
        }

        [Fact]
        public void Lists_and_mappings_under_unknown_keys_and_non_scalar_keys_are_left_out_silently()
        {
            FrontMatterReading reading = Read("---\nanh: [a.jpg, b.jpg]\nvi_tri: {lat: 21, lon: 105}\n[x, y]: z\nnguon: TTO\n---\n");

            Assert.Empty(reading.Issues);
            Assert.Equal(new[] { new MetadataEntry("nguon", "TTO") }, reading.FrontMatter!.Metadata.ToArray());
        }

        [Fact]
        public void An_alias_where_a_string_belongs_is_a_wrong_shape_and_is_not_expanded()
        {
            FrontMatterReading reading = Read("---\nslug: &ten bao-so-3\ntitle: *ten\n---\n");

            Assert.Null(reading.FrontMatter!.Title);
            Assert.Equal(new[] { new MetadataEntry("slug", "bao-so-3") }, reading.FrontMatter.Metadata.ToArray());
            ParseIssue issue = Assert.Single(reading.Issues);
            Assert.Equal(IssueDiagnostics.WrongShape("title", "an alias", "a string"), issue.Detail);
            Assert.Equal(2, issue.Span.StartLine);
        }

        [Fact]
        public void Scalars_are_strings_as_written_whatever_yaml_would_resolve_them_to()
        {
            FrontMatterModel model = Read("---\ntitle: null\nnoi_bat: yes\nso: 0x1F\n---\n").FrontMatter!;

            Assert.Equal("null", model.Title);
            Assert.Equal(new[] { "null", "yes", "0x1F" }, model.Metadata.Select(entry => entry.Value).ToArray());
        }

        [Fact]
        public void A_cancelled_read_throws_operation_cancelled()
        {
            using var cancellation = new CancellationTokenSource();
            cancellation.Cancel();

            Assert.ThrowsAny<OperationCanceledException>(() => FrontMatterReader.Read(Example, cancellation.Token));
        }

        [Fact]
        public void Read_never_throws_on_random_yaml_like_text()
        {
            string[] pieces =
            {
                "---", "...", "\n", "\r\n", "\r", "\u2028", " ", "  ", "\t", ":", ": ", "- ", "[", "]", "{", "}", ",", "&a ", "*a",
                "!!str ", "!<x> ", "? ", "|", ">", "'", "\"", "#", "%YAML 1.2", "%TAG ! x", "\\", "\0", "\uFEFF", "\uD800",
                "title", "date", "tags", "author", "2025-07-14", "Bão số 3", "Giá xăng", "<<", "~", "@", "`",
            };
            var random = new Random(20250714);
            for (int n = 0; n < 3000; n++)
            {
                var builder = new StringBuilder("---\n");
                int length = random.Next(0, 60);
                for (int i = 0; i < length; i++)
                {
                    builder.Append(pieces[random.Next(pieces.Length)]);
                }

                string text = builder.Append("\n---\nNội dung.").ToString();
                Exception? error = Record.Exception(() => Read(text));
                Assert.True(error is null, $"input {n}: {text}\n{error}");
            }
        }

        // ---- Hostile front matter ----

        [Fact]
        public void An_alias_bomb_is_never_expanded_and_the_rest_of_the_front_matter_is_read()
        {
            var bomb = new StringBuilder("---\ntitle: Bão số 3\n");
            bomb.Append("a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
            for (char level = 'b'; level <= 'i'; level++)
            {
                string previous = "*" + (char)(level - 1);
                bomb.Append(level).Append(": &").Append(level).Append(" [")
                    .Append(string.Join(", ", Enumerable.Repeat(previous, 9))).Append("]\n");
            }

            bomb.Append("tags: [*i, *i]\nsummary: *i\n---\nNội dung.");

            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            FrontMatterReading reading = Read(bomb.ToString());
            clock.Stop();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

            Assert.NotNull(reading.FrontMatter);
            Assert.Equal("Bão số 3", reading.FrontMatter!.Title);
            Assert.Empty(reading.FrontMatter.Tags);
            Assert.Null(reading.FrontMatter.Summary);
            Assert.Equal(new[] { "title" }, reading.FrontMatter.Metadata.Select(entry => entry.Key).ToArray());
            Assert.Equal(
                new[]
                {
                    IssueDiagnostics.WrongShape("tags", "a list holding an alias", "a string or a list of strings"),
                    IssueDiagnostics.WrongShape("summary", "an alias", "a string"),
                },
                reading.Issues.Select(issue => issue.Detail).ToArray());
            Assert.True(allocated < 50L * 1024 * 1024, $"allocated {allocated:N0} bytes");
            Assert.True(clock.Elapsed < Quickly, $"took {clock.Elapsed}");
        }

        [Theory]
        [InlineData('[')]
        [InlineData('{')]
        public void Twenty_thousand_nested_brackets_are_refused_as_too_deep_without_overflowing_a_small_stack(char bracket)
        {
            string text = "---\ntitle: Bão\ntags: " + new string(bracket, 20_000) + "\n---\nNội dung.";

            (FrontMatterReading reading, TimeSpan elapsed) = OnSmallStack(() => Read(text));

            Assert.Null(reading.FrontMatter);
            ParseIssue issue = Assert.Single(reading.Issues);
            Assert.Equal(ParseIssueKind.FrontMatterUnreadable, issue.Kind);
            Assert.Equal("it nests deeper than 64 levels", issue.Detail);
            Assert.Equal(2, issue.Span.StartLine);
            Assert.Equal(text.IndexOf("Nội", StringComparison.Ordinal), reading.BodyStart);
            Assert.True(elapsed < Quickly, $"took {elapsed}");
        }

        [Fact]
        public void Deep_block_indentation_is_refused_as_too_deep()
        {
            var text = new StringBuilder("---\n");
            for (int level = 0; level < 200; level++)
            {
                text.Append(' ', level).Append("k").Append(level).Append(":\n");
            }

            FrontMatterReading reading = Read(text.Append("---\n").ToString());

            Assert.Null(reading.FrontMatter);
            Assert.Equal("it nests deeper than 64 levels", Assert.Single(reading.Issues).Detail);
        }

        [Fact]
        public void Nesting_64_levels_deep_is_read_and_65_is_refused()
        {
            // The top-level mapping is level 1, so a value 63 brackets deep reaches level 64.
            FrontMatterReading deepest = Read("---\nx: " + new string('[', 63) + new string(']', 63) + "\ntitle: Bão\n---\n");
            FrontMatterReading tooDeep = Read("---\nx: " + new string('[', 64) + new string(']', 64) + "\ntitle: Bão\n---\n");

            Assert.Equal("Bão", deepest.FrontMatter!.Title);
            Assert.Empty(deepest.Issues);
            Assert.Null(tooDeep.FrontMatter);
            Assert.Equal(ParseIssueKind.FrontMatterUnreadable, Assert.Single(tooDeep.Issues).Kind);
        }

        [Fact]
        public void Type_tags_are_ignored_and_tagged_scalars_are_read_as_plain_strings()
        {
            FrontMatterReading reading = Read(
                "---\n" +
                "tep: !<tag:yaml.org,2002:System.IO.FileInfo> /etc/passwd\n" +
                "du_lieu: !!binary aGVsbG8=\n" +
                "lenh: !!python/object/apply:os.system \"rm -rf /\"\n" +
                "summary: !!python/object/new:subprocess.Popen Giá xăng giảm.\n" +
                "---\n");

            Assert.Empty(reading.Issues);
            Assert.Equal("Giá xăng giảm.", reading.FrontMatter!.Summary);
            Assert.Equal(
                new[]
                {
                    new MetadataEntry("tep", "/etc/passwd"),
                    new MetadataEntry("du_lieu", "aGVsbG8="),
                    new MetadataEntry("lenh", "rm -rf /"),
                    new MetadataEntry("summary", "Giá xăng giảm."),
                },
                reading.FrontMatter.Metadata.ToArray());
        }

        [Fact]
        public void A_tagged_list_where_a_string_belongs_is_a_wrong_shape_and_never_run()
        {
            FrontMatterReading reading = Read("---\ntitle: !!python/object/apply:os.system [\"rm -rf /\"]\nnguon: TTO\n---\n");

            Assert.Null(reading.FrontMatter!.Title);
            Assert.Equal(IssueDiagnostics.WrongShape("title", "a list", "a string"), Assert.Single(reading.Issues).Detail);
            Assert.Equal(new[] { new MetadataEntry("nguon", "TTO") }, reading.FrontMatter.Metadata.ToArray());
        }

        [Fact]
        public void A_three_megabyte_scalar_is_kept_in_the_metadata_and_read_quickly()
        {
            string big = string.Concat(Enumerable.Repeat("Giá xăng giảm mạnh. ", 150_001)).TrimEnd();
            string text = "---\ntitle: Bão\nnoi_dung: " + big + "\n---\nNội dung.";

            var clock = Stopwatch.StartNew();
            FrontMatterReading reading = Read(text);
            clock.Stop();

            Assert.Empty(reading.Issues);
            MetadataEntry entry = Assert.Single(reading.FrontMatter!.Metadata, e => e.Key == "noi_dung");
            Assert.Equal(big, entry.Value);
            Assert.True(big.Length >= 3_000_000, $"{big.Length} characters");
            Assert.True(clock.Elapsed < Quickly, $"took {clock.Elapsed}");
        }

        private static FrontMatterReading Read(string text) => FrontMatterReader.Read(text);

        // Runs on a 256 KiB stack, so a reader that recursed per level would overflow here rather than pass.
        private static (T Result, TimeSpan Elapsed) OnSmallStack<T>(Func<T> action)
        {
            T result = default!;
            Exception? error = null;
            var clock = new Stopwatch();
            var thread = new Thread(
                () =>
                {
                    try
                    {
                        clock.Start();
                        result = action();
                        clock.Stop();
                    }
                    catch (Exception exception)
                    {
                        error = exception;
                    }
                },
                256 * 1024);
            thread.Start();
            thread.Join();
            if (error is not null)
            {
                throw new InvalidOperationException("The read failed on the small stack.", error);
            }

            return (result, clock.Elapsed);
        }
    }
}
