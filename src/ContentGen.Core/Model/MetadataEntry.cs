namespace ContentGen.Core.Model
{
    /// <summary>One scalar key of the front matter and its value as written.</summary>
    internal sealed record MetadataEntry(string Key, string Value);
}
