namespace ContentGen.Core.Parsing
{
    /// <summary>A person mentioned in a text: a name (possibly short, "Khải"), or only an honorific ("ông").</summary>
    /// <param name="Start">Offset where the mention starts (honorific included).</param>
    /// <param name="End">Offset just after the name (or the honorific when there is no name).</param>
    /// <param name="Name">The name as written, or null when only an honorific is given.</param>
    /// <param name="Honorific">Lower-case honorific ("ông", "đồng chí"), or null.</param>
    /// <param name="Title">Lower-case office or profession the mention gives ("thủ tướng", "ca sĩ"), or null.</param>
    /// <param name="Loose">Whether it is only a foreign name with nothing around it that marks a person (a full name for
    /// a later short one, never a mention of its own).</param>
    internal readonly record struct PersonMention(int Start, int End, string? Name, string? Honorific, string? Title = null, bool Loose = false);
}
