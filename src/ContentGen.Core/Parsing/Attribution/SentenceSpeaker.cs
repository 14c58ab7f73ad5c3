namespace ContentGen.Core.Parsing
{
    /// <summary>The speaker a sentence introduces.</summary>
    /// <param name="Speaker">Who.</param>
    /// <param name="VerbStart">Offset of the verb of saying that introduces them, or -1 (a <c>Theo X</c>).</param>
    /// <param name="Group">Whether the speaker is a group or an organisation rather than a person.</param>
    internal readonly record struct SentenceSpeaker(string Speaker, int VerbStart, bool Group);
}
