using System;
using System.Globalization;
using System.Text;
using ContentGen;
using NewsDigest.Content;

// Prints a digest of every article compiled from the repository's content/ folder.
Console.OutputEncoding = Encoding.UTF8;

foreach (Article article in Articles.All)
{
    Console.WriteLine(article.Title);
    Console.WriteLine(new string('=', article.Title.Length));
    Console.WriteLine($"Outlet:   {article.Outlet ?? "-"}");
    Console.WriteLine($"Dateline: {Describe(article.Dateline)}");
    Console.WriteLine($"File:     {article.Path}");
    Console.WriteLine();
    Console.WriteLine("Lead:");
    Console.WriteLine($"  {article.Lead.Text}");
    Console.WriteLine();

    Console.WriteLine($"Quotes ({article.Quotes.Count}):");
    foreach (Quote quote in article.Quotes)
    {
        string who = quote.Speaker ?? (quote.Kind == QuoteKind.Term ? "term" : "unattributed");
        Console.WriteLine($"  [{who}] \u201C{quote.Text}\u201D (section {quote.SectionIndex}, line {quote.Line})");
    }

    Console.WriteLine();
    Console.WriteLine($"Metrics ({article.Metrics.Count}):");
    foreach (Metric metric in article.Metrics)
    {
        string value = metric.MaxValue is { } max
            ? $"{metric.Value.ToString(CultureInfo.InvariantCulture)}..{max.ToString(CultureInfo.InvariantCulture)}"
            : metric.Value.ToString(CultureInfo.InvariantCulture);
        Console.WriteLine($"  {metric.Label ?? "(no label)"}: {value} {metric.Unit} ({metric.Kind}, \"{metric.Text}\")");
    }

    Console.WriteLine();
}

// Named members: renaming or removing the metric or the quote in the article breaks this build, not production.
Metric revenue = Articles.NoLucHoanThanhCacNhiemVuTrongTam.Metrics.ThuNganSach;
Quote secretary = Articles.NoLucHoanThanhCacNhiemVuTrongTam.Quotes.PhamQuangNghi1;
Console.WriteLine("Highlights");
Console.WriteLine("----------");
Console.WriteLine($"{revenue.Label}: {revenue.Text}");
Console.WriteLine($"{secretary.Speaker}: \u201C{secretary.Text}\u201D");

static string Describe(Dateline? dateline) => dateline is null
    ? "-"
    : $"{dateline.Text} (day {dateline.Day?.ToString(CultureInfo.InvariantCulture) ?? "?"}, month {dateline.Month?.ToString(CultureInfo.InvariantCulture) ?? "?"}, year {dateline.Year?.ToString(CultureInfo.InvariantCulture) ?? "not given"})";
