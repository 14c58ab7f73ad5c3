namespace ContentGen.Core.Naming
{
    /// <summary>A name that could not be used as wanted.</summary>
    /// <param name="Index">Position of the member in its list.</param>
    /// <param name="Wanted">The name the content gives.</param>
    /// <param name="Given">The name used.</param>
    /// <param name="Reason">Why.</param>
    internal readonly record struct Rename(int Index, string Wanted, string Given, RenameReason Reason);
}
