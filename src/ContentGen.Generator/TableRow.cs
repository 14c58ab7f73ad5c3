namespace ContentGen.Core.Parsing
{
    /// <summary>What the table needs of an article: its path and its entry's body.</summary>
    internal sealed record TableRow(string Path, string Body);
}
