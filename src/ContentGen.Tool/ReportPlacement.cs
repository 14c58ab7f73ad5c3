using System.Collections.Generic;

namespace ContentGen.Tool
{
    /// <summary>The marks of one article, per text they go in, and what could not be marked.</summary>
    /// <param name="Marks">
    /// Section index (-1 for the title) to its marks, ordered by start (longer first) and properly nested: each mark is
    /// either inside the one before it or after it, never across it.
    /// </param>
    /// <param name="Unmarked">The quotes and metrics that have no mark, quotes first, each in document order.</param>
    internal sealed record ReportPlacement(IReadOnlyDictionary<int, IReadOnlyList<ReportMark>> Marks, IReadOnlyList<ReportUnmarked> Unmarked)
    {
        /// <summary>The marks of the text of <paramref name="sectionIndex"/>; none when it has none.</summary>
        public IReadOnlyList<ReportMark> Of(int sectionIndex) =>
            Marks.TryGetValue(sectionIndex, out IReadOnlyList<ReportMark>? marks) ? marks : System.Array.Empty<ReportMark>();
    }
}
