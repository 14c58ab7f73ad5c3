namespace ContentGen.Core.Model
{
    /// <summary>A dateline: the text as written and the numbers it gives.</summary>
    internal sealed record DatelineModel(string Text, int? Day, int? Month, int? Year);
}
