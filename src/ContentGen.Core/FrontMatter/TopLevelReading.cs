using System.Collections.Generic;

namespace ContentGen.Core.FrontMatter
{
    /// <summary>
    /// What <see cref="TopLevelWalker"/> read from a YAML block: its top-level entries, or why it could not be read and
    /// where (offsets into the block). Entries read before a failure are dropped: half a front matter is not given.
    /// </summary>
    internal sealed class TopLevelReading
    {
        private TopLevelReading(IReadOnlyList<TopLevelEntry> entries, string? failure, int failureStart, int failureEnd)
        {
            Entries = entries;
            Failure = failure;
            FailureStart = failureStart;
            FailureEnd = failureEnd;
        }

        /// <summary>The top-level entries in file order (empty on failure).</summary>
        public IReadOnlyList<TopLevelEntry> Entries { get; }

        /// <summary>Why the block is unreadable (the reason text of the diagnostic), or null when it was read.</summary>
        public string? Failure { get; }

        /// <summary>Offset in the block where the failure was found.</summary>
        public int FailureStart { get; }

        /// <summary>Offset in the block where the failure's span ends.</summary>
        public int FailureEnd { get; }

        /// <summary>A block read to its end.</summary>
        public static TopLevelReading Read(IReadOnlyList<TopLevelEntry> entries) => new(entries, null, 0, 0);

        /// <summary>A block that could not be read.</summary>
        public static TopLevelReading Failed(string reason, int start, int end) =>
            new(System.Array.Empty<TopLevelEntry>(), reason, start, end < start ? start : end);
    }
}
