namespace ContentGen.Core.Naming
{
    /// <summary>Why-texts for renamed members.</summary>
    internal static class Reasons
    {
        public static string Of(RenameReason reason) => reason == RenameReason.Reserved
            ? "the name is a C# keyword or one the generated code uses"
            : "an earlier member has the same name";
    }
}
