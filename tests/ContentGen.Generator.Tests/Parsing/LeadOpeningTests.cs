using ContentGen.Core.Model;
using ContentGen.Core.Parsing;
using Xunit;

namespace ContentGen.Generator.Tests.Parsing
{
    public class LeadOpeningTests
    {
        [Theory]
        [InlineData("TTO - Hôm qua, thành phố họp bàn.", "TTO")]
        [InlineData("TTO-Hôm qua, thành phố họp bàn.", "TTO")]
        [InlineData("(Dân trí) - Hôm qua, thành phố họp bàn.", "Dân trí")]
        [InlineData("(NLĐO) - Hôm qua, thành phố họp bàn.", "NLĐO")]
        [InlineData("(PLO)- Hôm qua, thành phố họp bàn.", "PLO")]
        [InlineData("VOV.VN - Hôm qua, thành phố họp bàn.", "VOV.VN")]
        [InlineData("(TNO) Hôm qua, thành phố họp bàn.", "TNO")]
        [InlineData("(HNMO) – Hôm qua, thành phố họp bàn.", "HNMO")]
        [InlineData("TPO – Hôm qua, thành phố họp bàn.", "TPO")]
        [InlineData("(Chinhphu.vn) – Hôm qua, thành phố họp bàn.", "Chinhphu.vn")]
        [InlineData("(VTC News) – Hôm qua, thành phố họp bàn.", "VTC News")]
        public void Source_tag_that_opens_the_lead_is_the_outlet(string lead, string outlet)
        {
            Assert.Equal(outlet, Articles.Parse("Tiêu đề", lead).Outlet);
        }

        [Theory]
        [InlineData("Hôm qua, thành phố họp bàn.")]
        [InlineData("COVID-19 vẫn diễn biến phức tạp.")]
        [InlineData("UBND tỉnh vừa ban hành quyết định.")]
        public void Lead_without_a_source_tag_has_no_outlet(string lead)
        {
            Assert.Null(Articles.Parse("Tiêu đề", lead).Outlet);
        }

        [Fact]
        public void Outlet_is_read_from_the_first_paragraph_only()
        {
            Assert.Null(Articles.Parse("Tiêu đề", "Mở đầu bài viết.", "TTO - Đoạn sau.").Outlet);
        }

        [Fact]
        public void The_opening_words_are_those_of_the_lead_when_a_heading_stands_before_it()
        {
            ParsedArticle article = Articles.Parse("Tiêu đề", "Kết quả phiên xử", "Ngày 17/5, tòa tuyên án bị cáo 12 năm tù.");

            Assert.Equal(SectionKindModel.Heading, article.Sections[0].Kind);
            Assert.Equal(new DatelineModel("Ngày 17/5", 17, 5, null), article.Dateline);
        }

        [Theory]
        [InlineData("TTO - Chiều nay (14-7), hội nghị khai mạc.", "Chiều nay (14-7)", 14, 7, null)]
        [InlineData("Sáng nay 29-10, hội nghị khai mạc.", "Sáng nay 29-10", 29, 10, null)]
        [InlineData("(Dân trí) - Ngày 21/5, hội nghị khai mạc.", "Ngày 21/5", 21, 5, null)]
        [InlineData("Tối 3/9/2024, hội nghị khai mạc.", "Tối 3/9/2024", 3, 9, 2024)]
        [InlineData("TTO - Trong phiên họp sáng nay (5-6), đại biểu thảo luận.", "sáng nay (5-6)", 5, 6, null)]
        [InlineData("(VTC News) – Sáng sớm nay (12-6), một đám cháy bùng phát.", "Sáng sớm nay (12-6)", 12, 6, null)]
        [InlineData("ANTĐ - Chiều tối qua (7-4), đoàn kiểm tra làm việc.", "Chiều tối qua (7-4)", 7, 4, null)]
        public void Time_of_day_with_a_date_in_the_opening_words_is_the_dateline(string lead, string text, int day, int month, int? year)
        {
            DatelineModel? dateline = Articles.Parse("Tiêu đề", lead).Dateline;

            Assert.Equal(new DatelineModel(text, day, month, year), dateline);
        }

        [Theory]
        [InlineData("Hội nghị khai mạc hôm qua.")]
        [InlineData("Năm 2024, tỉnh đạt nhiều kết quả.")]
        [InlineData("Sáng nay (40-13), số không phải ngày.")]
        public void Lead_without_a_dated_time_of_day_has_no_dateline(string lead)
        {
            Assert.Null(Articles.Parse("Tiêu đề", lead).Dateline);
        }
    }
}
