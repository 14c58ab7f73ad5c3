using System;

namespace ContentGen.Testing
{
    /// <summary>Thrown when generated output does not match its verified snapshots.</summary>
    public sealed class ContentGenSnapshotException : Exception
    {
        /// <summary>Creates the exception with a message that lists every mismatch.</summary>
        /// <param name="message">What did not match, with a unified diff for each file.</param>
        public ContentGenSnapshotException(string message)
            : base(message)
        {
        }
    }
}
