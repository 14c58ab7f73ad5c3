using System.Linq;
using ContentGen.IntegrationTests.Content;
using Xunit;

namespace ContentGen.IntegrationTests
{
    /// <summary>API.md's seed expectations, through the generated code compiled into this project.</summary>
    public class SeedArticleTests
    {
        private static Article Seed => Articles.NoLucHoanThanhCacNhiemVuTrongTam.Article;

        [Fact]
        public void Id_and_title()
        {
            Assert.Equal("NoLucHoanThanhCacNhiemVuTrongTam", Seed.Id);
            Assert.Equal("Nỗ lực hoàn thành các nhiệm vụ trọng tâm", Seed.Title);
            Assert.Equal("../../content/no-luc-hoan-thanh-cac-nhiem-vu-trong-tam.txt", Seed.Path);
        }

        [Fact]
        public void Outlet_and_dateline()
        {
            Assert.Equal("ANTĐ", Seed.Outlet);
            Assert.NotNull(Seed.Dateline);
            Assert.Equal("Sáng nay (20-3)", Seed.Dateline!.Text);
            Assert.Equal(20, Seed.Dateline.Day);
            Assert.Equal(3, Seed.Dateline.Month);
            Assert.Null(Seed.Dateline.Year);
        }

        [Fact]
        public void Sections()
        {
            Assert.Equal(10, Seed.Sections.Count);
            Assert.Equal(SectionKind.Lead, Seed.Lead.Kind);
            Assert.Equal(3, Seed.Lead.Line);
            Assert.Equal(new[] { 3, 5, 7, 9, 11, 13, 15, 17, 19, 21 }, Seed.Sections.Select(s => s.Line));
            Assert.All(Seed.Sections.Skip(1), s => Assert.Equal(SectionKind.Paragraph, s.Kind));
            Assert.DoesNotContain(Seed.Sections, s => s.Text.EndsWith('\u00A0'));
        }

        [Fact]
        public void Metrics_by_name()
        {
            var growth = Articles.NoLucHoanThanhCacNhiemVuTrongTam.Metrics.TocDoTangTruongCacNganhKinhTe;
            var revenue = Articles.NoLucHoanThanhCacNhiemVuTrongTam.Metrics.ThuNganSach;
            var party = Articles.NoLucHoanThanhCacNhiemVuTrongTam.Metrics.CongTacPhatTrienToChucDang;

            Assert.Equal((16m, "%", "tốc độ tăng trưởng các ngành kinh tế"), (growth.Value, growth.Unit, growth.Label));
            Assert.Equal((145m, "%", "Thu ngân sách"), (revenue.Value, revenue.Unit, revenue.Label));
            Assert.Equal((160m, "%", "công tác phát triển tổ chức Đảng"), (party.Value, party.Unit, party.Label));
            Assert.All(new[] { growth, revenue, party }, m => Assert.Equal((MetricKind.Percent, 1, 5), (m.Kind, m.SectionIndex, m.Line)));
            Assert.Equal(3, Seed.Metrics.Count);
        }

        [Fact]
        public void Quotes_by_name()
        {
            var order = Articles.NoLucHoanThanhCacNhiemVuTrongTam.Quotes.NamTratTuVanMinhDoThi;
            var clearance = Articles.NoLucHoanThanhCacNhiemVuTrongTam.Quotes.NamGiaiPhongMatBang;
            var first = Articles.NoLucHoanThanhCacNhiemVuTrongTam.Quotes.PhamQuangNghi1;
            var second = Articles.NoLucHoanThanhCacNhiemVuTrongTam.Quotes.PhamQuangNghi2;

            Assert.Equal((QuoteKind.Term, 2), (order.Kind, order.SectionIndex));
            Assert.Equal((QuoteKind.Term, 5), (clearance.Kind, clearance.SectionIndex));
            Assert.Equal((QuoteKind.Speech, 6, "Phạm Quang Nghị"), (first.Kind, first.SectionIndex, first.Speaker));
            Assert.StartsWith("Quận Nam Từ Liêm đã tiến bộ nhanh", first.Text);
            Assert.Equal((QuoteKind.Speech, 7, "Phạm Quang Nghị"), (second.Kind, second.SectionIndex, second.Speaker));
            Assert.StartsWith("Cán bộ nào phong trào đó.", second.Text);
            Assert.EndsWith("là do cán bộ", second.Text);
            Assert.Equal(4, Seed.Quotes.Count);
        }

        [Fact]
        public void Only_content_articles_are_generated_and_found()
        {
            Assert.Same(Seed, Assert.Single(Articles.All));
            Assert.Same(Seed, Articles.Find("no-luc-hoan-thanh-cac-nhiem-vu-trong-tam"));
            Assert.Same(Seed, Articles.Find("NoLucHoanThanhCacNhiemVuTrongTam"));
            Assert.Null(Articles.Find("PublicAPI.Shipped"));
        }

        [Fact]
        public void Lists_cannot_be_changed_through_a_cast()
        {
            Assert.ThrowsAny<System.NotSupportedException>(() => ((System.Collections.Generic.IList<Article>)Articles.All).Add(Seed));
        }
    }
}
