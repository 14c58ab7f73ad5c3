using ContentGen.Core;
using ContentGen.Core.Model;
using ContentGen.Core.Naming;
using ContentGen.Core.Parsing;
using ContentGen.Generator;
using ContentGen.Generator.Emitting;
using Xunit;

namespace ContentGen.Generator.Tests.Naming
{
    public class NamingTests
    {
        [Theory]
        [InlineData("Doanh thu du lịch", "DoanhThuDuLich")]
        [InlineData("Đường dây điện", "DuongDayDien")]
        [InlineData("tỷ lệ (NSNN) năm 2024", "TyLeNSNNNam2024")]
        [InlineData("  --  ", "")]
        [InlineData("東京 tháp", "Thap")]
        public void Folding_strips_diacritics_and_joins_capitalised_words(string text, string expected)
        {
            Assert.Equal(expected, IdentifierFolding.Fold(text));
        }

        [Fact]
        public void Folding_treats_decomposed_text_like_composed_text()
        {
            string nfd = "Doanh thu du lịch".Normalize(System.Text.NormalizationForm.FormD);

            Assert.Equal("DoanhThuDuLich", IdentifierFolding.Fold(nfd));
        }

        [Theory]
        [InlineData("gia-xang-giam-manh", "GiaXangGiamManh")]
        [InlineData("2015-bao-cao", "Article2015BaoCao")]
        [InlineData("---", "Untitled")]
        public void Article_id_comes_from_the_file_name(string slug, string id)
        {
            Assert.Equal(id, MemberNamer.ArticleId(slug));
        }

        [Fact]
        public void Collisions_get_numbers_in_document_order()
        {
            Assert.Equal(new[] { "ThuPhi", "ThuPhi2", "ThuPhi3" }, MemberNamer.MakeUnique(new[] { "ThuPhi", "ThuPhi", "ThuPhi" }, "Metrics"));
        }

        [Theory]
        [InlineData("Article", "Article_")]
        [InlineData("Metrics", "Metrics_")]
        [InlineData("Quotes", "Quotes_")]
        [InlineData("All", "All_")]
        [InlineData("Find", "Find_")]
        [InlineData("ToString", "ToString_")]
        [InlineData("Equals", "Equals_")]
        [InlineData("Container", "Container_")]
        public void Reserved_names_and_the_containing_class_get_a_trailing_underscore(string name, string expected)
        {
            Assert.Equal(expected, MemberNamer.MakeUnique(new[] { name }, "Container")[0]);
        }

        [Fact]
        public void Metric_is_named_by_its_label_or_by_kind_and_value()
        {
            var metrics = new[]
            {
                Metric("145%", 145m, null, MetricKindModel.Percent, "%", "Doanh thu du lịch"),
                Metric("16%", 16m, null, MetricKindModel.Percent, "%", null),
                Metric("752.370 tỷ đồng", 752370m, null, MetricKindModel.Money, "tỷ đồng", null),
                Metric("0,2-0,7%", 0.2m, 0.7m, MetricKindModel.Percent, "%", null),
                Metric("-3,1%", -3.1m, null, MetricKindModel.Percent, "%", null),
                Metric("10 ha", 10m, null, MetricKindModel.Measure, "ha", "2024 diện tích"),
            };

            Assert.Equal(
                new[] { "DoanhThuDuLich", "Percent16", "Money752370TyDong", "Percent0_2To0_7", "PercentMinus3_1", "Measure2024DienTich" },
                MemberNamer.MetricNames(metrics));
        }

        [Fact]
        public void Speech_is_named_by_speaker_and_count_and_terms_by_their_words()
        {
            var quotes = new[]
            {
                Quote("Năm giao thông an toàn", QuoteKindModel.Term, null),
                Quote("Lời thứ nhất của ông", QuoteKindModel.Speech, "Trần Văn Khải"),
                Quote("Lời không rõ người nói", QuoteKindModel.Speech, null),
                Quote("Lời thứ hai của ông", QuoteKindModel.Speech, "Trần Văn khải"),
                Quote("một cụm từ được trích dẫn dài hơn tám chữ ở đây nhé", QuoteKindModel.Term, null),
            };

            Assert.Equal(
                new[] { "NamGiaoThongAnToan", "TranVanKhai1", "Quote3", "TranVanKhai2", "Term2" },
                MemberNamer.QuoteNames(quotes));
        }

        [Fact]
        public void Ids_are_unique_and_ordered_by_path()
        {
            var keys = System.Collections.Immutable.ImmutableArray.Create(
                new ArticleKey("news/b/tin.txt", "tin", "/p/news/b/tin.txt", true),
                new ArticleKey("news/a/tin.txt", "tin", "/p/news/a/tin.txt", true),
                new ArticleKey("news/a/tin.txt", "tin", "/p/news/a/tin.txt", true),
                new ArticleKey("news/bad.txt", "bad", "/p/news/bad.txt", false));

            var ids = IdAssigner.Assign(keys).Identities;

            Assert.Equal(new[] { "news/a/tin.txt", "news/b/tin.txt" }, System.Linq.Enumerable.Select(ids, i => i.Path));
            Assert.Equal(new[] { "Tin", "Tin2" }, System.Linq.Enumerable.Select(ids, i => i.Id));
        }

        [Theory]
        [InlineData("My-App.Content", "My_App.Content")]
        [InlineData("1st.Content", "_1st.Content")]
        [InlineData("class.Content", "@class.Content")]
        [InlineData("..", "Content")]
        public void Configured_namespace_is_made_valid(string configured, string expected)
        {
            Assert.Equal(expected, NamespaceName.Sanitize(configured));
        }

        [Theory]
        [InlineData("/repo/app/content/a.txt", "/repo/app", "content/a.txt")]
        [InlineData("/repo/content/a.txt", "/repo/app/", "../content/a.txt")]
        [InlineData(@"C:\repo\app\content\sub\a.txt", @"C:\repo\app", "content/sub/a.txt")]
        [InlineData("/repo/app/content/a.txt", null, "a.txt")]
        public void Article_path_is_relative_to_the_project_with_forward_slashes(string file, string? project, string expected)
        {
            Assert.Equal(expected, ProjectPath.Relative(file, project));
        }

        private static MetricModel Metric(string text, decimal value, decimal? max, MetricKindModel kind, string unit, string? label) =>
            new(text, value, max, kind, unit, label, 0, 1);

        private static QuoteModel Quote(string text, QuoteKindModel kind, string? speaker) => new(text, kind, speaker, 0, 1);
    }
}
