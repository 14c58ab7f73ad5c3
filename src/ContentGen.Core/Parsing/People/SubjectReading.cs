namespace ContentGen.Core.Parsing
{
    /// <summary>A subject read by <see cref="SpeakerNormaliser"/>.</summary>
    /// <param name="Kind">What it names.</param>
    /// <param name="Mention">The person mention (name, honorific, title) for <see cref="SubjectKind.Person"/>,
    /// <see cref="SubjectKind.Pronoun"/> and <see cref="SubjectKind.Title"/>.</param>
    /// <param name="Phrase">The subject as written, trimmed of what is not part of it.</param>
    internal readonly record struct SubjectReading(SubjectKind Kind, PersonMention Mention, string Phrase)
    {
        /// <summary>Nothing to resolve.</summary>
        public static readonly SubjectReading Nothing = new(SubjectKind.None, default, string.Empty);

        /// <summary>Whether the reading names someone with an honorific ("ông Khải"), the strongest sign of a speaker.</summary>
        public bool IsNamedWithHonorific => Kind == SubjectKind.Person && Mention.Honorific is not null;
    }
}
