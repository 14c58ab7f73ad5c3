// Writes N synthetic Vietnamese articles (about 5 KB each) into a folder, for scale builds.
// Usage: dotnet run generate.cs -- <folder> <count>
using System;
using System.Globalization;
using System.IO;
using System.Text;

string folder = args[0];
int count = int.Parse(args[1], CultureInfo.InvariantCulture);
Directory.CreateDirectory(folder);
string[] people = { "Trần Văn Khải", "Lê Thị Hoa", "Nguyễn Minh Đức", "Phạm Thu Hà", "Võ Thanh Hùng" };
for (int i = 0; i < count; i++)
{
    var text = new StringBuilder();
    text.Append("Bản tin số ").Append(i.ToString(CultureInfo.InvariantCulture)).Append(": kinh tế địa phương tăng trưởng\n\n");
    text.Append("TTO - Sáng nay (").Append(1 + (i % 28)).Append('-').Append(1 + (i % 12)).Append("), tỉnh tổ chức hội nghị tổng kết tình hình kinh tế - xã hội.\n\n");
    for (int p = 0; p < 12; p++)
    {
        string person = people[(i + p) % people.Length];
        text.Append("Doanh thu ngành ").Append(p.ToString(CultureInfo.InvariantCulture)).Append(" đạt ")
            .Append((100 + ((i * 7 + p) % 900)).ToString(CultureInfo.InvariantCulture)).Append(" tỷ đồng, tăng ")
            .Append(((i + p) % 20).ToString(CultureInfo.InvariantCulture)).Append(",5% so với cùng kỳ. ")
            .Append("Ông ").Append(person).Append(" cho biết: \"Chúng tôi sẽ tiếp tục đầu tư vào hạ tầng và nguồn nhân lực trong năm tới để giữ đà tăng trưởng bền vững\". ")
            .Append("Diện tích gieo trồng đạt ").Append((1000 + p).ToString(CultureInfo.InvariantCulture)).Append(" ha, sản lượng ước đạt 2,5 triệu tấn.\n\n");
    }

    text.Append("Hải Nam\n");
    File.WriteAllText(Path.Combine(folder, $"ban-tin-{i:D5}.txt"), text.ToString(), new UTF8Encoding(false));
}

Console.WriteLine($"{count} articles written to {folder}");
