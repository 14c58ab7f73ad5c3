using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ContentGen.Core.Parsing;

namespace ContentGen.Evaluate
{
    /// <summary>
    /// Whether a speaker or a label reads as a name or a noun phrase, judged without labels: it fails when it is a lone
    /// pronoun, honorific or determiner (<c>ông</c>, <c>các</c>), ends in a lower-case function word (<c>Giá vàng vừa</c>), holds a
    /// verb of saying (<c>Keane lý giải cho</c>) or is longer than <see cref="MaxSyllables"/> syllables. The word lists
    /// are the parser's lexicon; the checks are this tool's own, so the parser cannot pass them by construction.
    /// </summary>
    internal static class Plausibility
    {
        /// <summary>Longest plausible speaker or label, in syllables (Vietnamese writes one syllable a word).</summary>
        public const int MaxSyllables = 12;

        private static readonly Lexicon Words = Lexicon.Default;

        // A lone pronoun, honorific, degree or determiner names nobody. Title honorifics that also head a speaking
        // group ("nhà khoa học", declared as an overlap with the speaking nouns) are left out: a generic speaker.
        private static readonly HashSet<string> LoneWords = Fold(
            Words[LexiconLists.Pronouns]
                .Concat(Words[LexiconLists.PronounHonorifics])
                .Concat(Words[LexiconLists.TitleHonorifics].Except(Declared(LexiconLists.TitleHonorifics, LexiconLists.SpeakingNouns)))
                .Concat(Words[LexiconLists.DegreeAbbreviations])
                .Concat(Words[LexiconLists.Determiners]));

        private static readonly HashSet<string> FunctionWords = Fold(Words[LexiconLists.FunctionWords]);

        // Verbs of saying that are not also nouns (declared overlaps with the speaking nouns: "đánh giá của Chính phủ"
        // speaks), of two syllables or more, plus "nói": one-syllable verbs ("kể", "hỏi", "than") mostly start other
        // words ("kể từ", "đòi hỏi", "giá than").
        private static readonly PhraseSet SpeechVerbs = new(
            Words[LexiconLists.SpeechVerbs]
                .Except(Declared(LexiconLists.SpeechVerbs, LexiconLists.SpeakingNouns))
                .Where(verb => verb.Contains(' ', StringComparison.Ordinal) || verb == "nói"));

        /// <summary>Why the phrase is implausible as a speaker or a label, or null when it is plausible.</summary>
        public static string? Problem(string phrase)
        {
            string folded = Fold(phrase);
            string[] syllables = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (syllables.Length == 0)
            {
                return "empty";
            }

            if (LoneWords.Contains(folded))
            {
                return "a lone pronoun or honorific";
            }

            // A capitalised last word is a name ("Nguyễn Văn Được"), unless it is the whole phrase ("Rất").
            string[] written = phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            string last = written[^1].Trim(',', '.', ':', ';');
            if (FunctionWords.Contains(last.ToLowerInvariant()) && (written.Length == 1 || !char.IsUpper(last[0])))
            {
                return "ends in a function word";
            }

            if (SpeechVerbs.FindFirst(WithoutNounCompounds(folded), 0, folded.Length) >= 0)
            {
                return "holds a verb of saying";
            }

            return syllables.Length > MaxSyllables ? $"longer than {MaxSyllables} syllables" : null;
        }

        // Phrases that hold a verb of saying but are nouns ("người phát ngôn", "bài viết"), blanked out.
        private static readonly string[] NounCompounds = Words[LexiconLists.NotSpeech].Select(Fold).Where(c => c.Contains(' ', StringComparison.Ordinal)).ToArray();

        private static string WithoutNounCompounds(string folded)
        {
            foreach (string compound in NounCompounds)
            {
                folded = folded.Replace(compound, new string('_', compound.Length), StringComparison.Ordinal);
            }

            return folded;
        }

        private static IEnumerable<string> Declared(string first, string second) =>
            Words.Overlaps
                .Where(overlap => (overlap.First, overlap.Second) == (first, second) || (overlap.First, overlap.Second) == (second, first))
                .SelectMany(overlap => overlap.Entries);

        private static HashSet<string> Fold(IEnumerable<string> entries) => new(entries.Select(Fold), StringComparer.Ordinal);

        // NFC, lower case, single spaces.
        private static string Fold(string text) =>
            string.Join(' ', text.Normalize(NormalizationForm.FormC).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
