namespace ContentGen.Generator.Emitting
{
    /// <summary>One generated source: its hint name and text. Value-equatable, so unchanged output stays cached.</summary>
    internal sealed record GeneratedFile(string HintName, string Text);
}
