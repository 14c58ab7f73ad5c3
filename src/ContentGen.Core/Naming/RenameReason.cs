namespace ContentGen.Core.Naming
{
    /// <summary>Why a name changed.</summary>
    internal enum RenameReason
    {
        /// <summary>A C# keyword, the containing class's name, or a name the generated code uses.</summary>
        Reserved,

        /// <summary>An earlier member already has the name.</summary>
        Collision,
    }
}
