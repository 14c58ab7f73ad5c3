namespace ContentGen.Core.Model
{
    /// <summary>One paragraph.</summary>
    internal sealed record SectionModel(int Index, SectionKindModel Kind, string Text, int Line);
}
