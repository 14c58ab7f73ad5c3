using System.Collections.Generic;
using ContentGen.Testing;
using Xunit;

namespace ContentGen.Generator.Tests.Driver
{
    /// <summary>
    /// The generated code, byte for byte. After an intended change, review the diff and accept it with
    /// <c>CONTENTGEN_ACCEPT=1 dotnet test</c> (never accepted when <c>CI</c> is set).
    /// </summary>
    public class SnapshotTests
    {
        [Fact]
        public void Seed_output() =>
            ContentGenSnapshot.Verify("../../../content", new ContentGenOptions { RootNamespace = "NewsDigest" });

        [Fact]
        public void Names_collisions_reserved_words_and_unlabelled_metrics() =>
            ContentGenSnapshot.VerifyArticles(
                new Dictionary<string, string>
                {
                    ["content/2024-tong-ket.txt"] =
                        "Tổng kết \"Metrics\" năm\n\n" +
                        "TTO - Ngày 21/5/2024, tỉnh báo cáo: Thu phí đạt 110% kế hoạch; Thu phí đạt 120%; khoảng 30% chưa xong.\n\n" +
                        "Phong trào “Quotes” và “All” được phát động. “Chúng tôi sẽ làm tốt hơn trong năm tới, không để ai bị bỏ lại phía sau”, ông Trần Văn Khải nói.\n\n" +
                        "Ông Khải nói thêm: \"Đây là lời thứ hai của tôi\".\n",
                    ["content/tin/article.txt"] = "Tiêu đề có \\ và \"ngoặc\"\n\nĐoạn mở đầu với ký tự lạ \u2028 và \u202E đảo chiều.\n",
                },
                new ContentGenOptions { Namespace = "My-App.News" });
    }
}
