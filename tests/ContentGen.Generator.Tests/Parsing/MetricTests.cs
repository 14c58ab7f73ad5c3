using System.Linq;
using ContentGen.Core.Model;
using ContentGen.Core.Parsing;
using Xunit;

namespace ContentGen.Generator.Tests.Parsing
{
    public class MetricTests
    {
        [Theory]
        [InlineData("Tỷ lệ hộ nghèo còn 16%.", "16%", "16")]
        [InlineData("Lạm phát ở mức 3,8 %.", "3,8 %", "3.8")]
        [InlineData("Chỉ số giảm (-3,1%) so với quý trước.", "-3,1%", "-3.1")]
        [InlineData("Lãi suất cho vay là 7%/năm.", "7%", "7")]
        public void Number_with_percent_sign_is_a_percent(string paragraph, string text, string value)
        {
            MetricModel metric = Articles.OnlyMetric(paragraph);

            Assert.Equal(MetricKindModel.Percent, metric.Kind);
            Assert.Equal(text, metric.Text);
            Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), metric.Value);
            Assert.Equal("%", metric.Unit);
        }

        [Theory]
        [InlineData("Lợi nhuận đạt 0,2-0,7% mỗi năm.", "0,2-0,7%", "0.2", "0.7")]
        [InlineData("Giá bán từ 65–100 triệu đồng mỗi m2.", "65–100 triệu đồng", "65", "100")]
        [InlineData("Lãi suất phổ biến ở mức 9%-10%/năm.", "9%-10%", "9", "10")]
        [InlineData("Mỗi ngày cần 60-70 gam thịt, cá.", "60-70 gam", "60", "70")]
        public void A_range_is_one_metric_with_low_and_high_values(string paragraph, string text, string low, string high)
        {
            MetricModel metric = Articles.OnlyMetric(paragraph);

            Assert.Equal(text, metric.Text);
            Assert.Equal(decimal.Parse(low, System.Globalization.CultureInfo.InvariantCulture), metric.Value);
            Assert.Equal(decimal.Parse(high, System.Globalization.CultureInfo.InvariantCulture), metric.MaxValue);
        }

        [Theory]
        [InlineData("Tổng vốn là 790.800 tỷ đồng.", "790.800 tỷ đồng", "790800", "tỷ đồng")]
        [InlineData("Tổng vốn là 12 tỉ đồng.", "12 tỉ đồng", "12", "tỉ đồng")]
        [InlineData("Dự án cần 2 nghìn tỷ đồng.", "2 nghìn tỷ đồng", "2", "nghìn tỷ đồng")]
        [InlineData("Lương tối thiểu là 4.960.000 đồng/tháng.", "4.960.000 đồng", "4960000", "đồng")]
        [InlineData("Kim ngạch đạt 452,4 triệu USD.", "452,4 triệu USD", "452.4", "triệu USD")]
        [InlineData("Giá đất là 17.051 USD mỗi m2.", "17.051 USD", "17051", "USD")]
        [InlineData("Khoản vay 3 tỷ USD đã được duyệt.", "3 tỷ USD", "3", "tỷ USD")]
        [InlineData("Vé có giá 20 euro.", "20 euro", "20", "euro")]
        [InlineData("Tổng vốn ước tính 466.000 tỷ rupiah.", "466.000 tỷ rupiah", "466000", "tỷ rupiah")]
        [InlineData("Giá thuê là 3.000 nhân dân tệ.", "3.000 nhân dân tệ", "3000", "nhân dân tệ")]
        [InlineData("Giá căn hộ khoảng 430 triệu đồng.", "430 triệu đồng", "430", "triệu đồng")]
        [InlineData("Mỗi hộ được hỗ trợ gần 2,5 triệu đồng.", "2,5 triệu đồng", "2.5", "triệu đồng")]
        [InlineData("Dự án cần hơn 1.200 tỉ đồng.", "1.200 tỉ đồng", "1200", "tỉ đồng")]
        public void Number_with_a_currency_is_money(string paragraph, string text, string value, string unit)
        {
            MetricModel metric = Articles.OnlyMetric(paragraph);

            Assert.Equal(MetricKindModel.Money, metric.Kind);
            Assert.Equal(text, metric.Text);
            Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), metric.Value);
            Assert.Equal(unit, metric.Unit);
        }

        [Theory]
        [InlineData("Căn nhà rộng 27 m2.", "27 m2", "m2")]
        [InlineData("Đường dài 3 km.", "3 km", "km")]
        [InlineData("Xe chạy 80km/h trên cao tốc.", "80km/h", "km/h")]
        [InlineData("Mặt đường rộng 19m.", "19m", "m")]
        [InlineData("Dự án rộng 300 ha.", "300 ha", "ha")]
        [InlineData("Mỗi con nặng 2,5 kg.", "2,5 kg", "kg")]
        [InlineData("Tỉnh thu hoạch 1.200 tấn lúa.", "1.200 tấn", "tấn")]
        [InlineData("Bể chứa 500 lít nước.", "500 lít", "lít")]
        [InlineData("Sản lượng đạt 1,5 triệu tấn.", "1,5 triệu tấn", "triệu tấn")]
        [InlineData("Phòng trọ rộng 20 mét vuông.", "20 mét vuông", "mét vuông")]
        [InlineData("Hồ xả với lưu lượng 800 m3/s.", "800 m3/s", "m3/s")]
        [InlineData("Năng suất lúa đạt 62 tạ/ha.", "62 tạ/ha", "tạ/ha")]
        public void Number_with_a_physical_unit_is_a_measure(string paragraph, string text, string unit)
        {
            MetricModel metric = Articles.OnlyMetric(paragraph);

            Assert.Equal(MetricKindModel.Measure, metric.Kind);
            Assert.Equal(text, metric.Text);
            Assert.Equal(unit, metric.Unit);
        }

        [Theory]
        [InlineData("Năm 2015, ông 70 tuổi, có 3 con và 45 ngôi nhà.")]
        [InlineData("Ngày 30-7-2015, nhiệm kỳ 2015-2020 bắt đầu lúc 8 giờ.")]
        [InlineData("Dưới 10 tỷ là mức nhiều người chọn, gấp 2,5 lần.")]
        [InlineData("Bị cáo cùng 4 đồng phạm và 3 đồng bọn đã bị bắt.")]
        [InlineData("Thành phố có 5 đô thị loại một.")]
        [InlineData("Có 3 đồng chí được khen thưởng.")]
        [InlineData("Mã COVID-19 và xe TX21 không phải số liệu.")]
        [InlineData("Đây là lần thứ nhất, ba mươi phần trăm bằng chữ.")]
        public void Years_dates_ages_counts_and_numbers_in_words_are_not_metrics(string paragraph)
        {
            Assert.Empty(Articles.Parse("Tiêu đề", paragraph).Metrics);
        }

        [Fact]
        public void Metrics_keep_document_order_section_and_line()
        {
            ParsedArticle article = Articles.ParseText("Tiêu đề\n\nMở đầu tăng 5%.\n\nDoanh thu đạt 10 tỷ đồng,\nlợi nhuận 2 tỷ đồng.\n");

            Assert.Equal(new[] { "5%", "10 tỷ đồng", "2 tỷ đồng" }, article.Metrics.Select(m => m.Text));
            Assert.Equal(new[] { 0, 1, 1 }, article.Metrics.Select(m => m.SectionIndex));
            Assert.Equal(new[] { 3, 5, 6 }, article.Metrics.Select(m => m.Line));
        }
    }
}
