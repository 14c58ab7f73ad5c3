using System.Collections.Generic;

namespace ContentGen.Core.Parsing
{
    /// <summary>Entries two lists of the lexicon are declared to share.</summary>
    /// <param name="First">One list.</param>
    /// <param name="Second">The other list.</param>
    /// <param name="Entries">The shared entries, as written in the first list.</param>
    internal sealed record LexiconOverlap(string First, string Second, IReadOnlyList<string> Entries);
}
