using System;

namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// The last check every speaker passes: a name or a noun phrase, never a lone pronoun, honorific or determiner
    /// (<c>ông</c>, <c>các</c>), never a fragment that ends in a function word (<c>Thủ tướng Ấn Độ Manmohan Singh
    /// cũng</c>), never one that holds a verb of saying (<c>Keane lý giải cho</c>), never longer than a name phrase is.
    /// A lower-case noun phrase must be headed by a word for someone who can speak (<c>các nhà khoa học</c>, <c>báo
    /// cáo thẩm tra</c>); a capitalised one must hold a proper name (<c>Bộ Quốc phòng Trung Quốc</c>, not <c>Kết quả
    /// khảo sát</c>).
    /// </summary>
    internal static class SpeakerValidator
    {
        /// <summary>Most words a speaker may have.</summary>
        public const int MaxWords = 10;

        private static readonly PhraseSet Lone = PhraseSet.Of(
            LexiconLists.Pronouns, LexiconLists.WriterPronouns, LexiconLists.GroupPronouns, LexiconLists.PronounHonorifics,
            LexiconLists.Determiners, LexiconLists.DegreeAbbreviations);

        private static readonly PhraseSet FunctionWords = PhraseSet.Of(LexiconLists.FunctionWords);
        private static readonly PhraseSet Openings = PhraseSet.Of(LexiconLists.Connectives, LexiconLists.FunctionWords, LexiconLists.AdverbialOpeners);
        private static readonly PhraseSet SpeechVerbs = PhraseSet.Of(LexiconLists.SpeechVerbs);
        private static readonly PhraseSet Determiners = PhraseSet.Of(LexiconLists.Determiners);
        private static readonly PhraseSet Heads = PhraseSet.Of(LexiconLists.SpeakingNouns, LexiconLists.OfficeTitles, LexiconLists.TitleHonorifics);
        private static readonly PhraseSet Honorifics = PhraseSet.Of(LexiconLists.PronounHonorifics);

        /// <summary>Whether <paramref name="speaker"/> can be a speaker; <paramref name="kind"/> says how it was read.</summary>
        public static bool IsValid(string? speaker, SubjectKind kind)
        {
            if (speaker is null)
            {
                return false;
            }

            string text = TextRules.TrimSpace(speaker);
            int words = TextRules.CountWords(text);
            if (words == 0 || words > MaxWords || !char.IsLetterOrDigit(text[0]) && text[0] != '$' || Lone.MatchAt(text, 0) == text.Length)
            {
                return false;
            }

            // A capitalised last word is a name ("Nguyễn Văn Được"), unless it is the whole speaker ("Theo", "Trong").
            int lastWord = LastWordStart(text);
            if ((words == 1 && Openings.MatchAt(text, 0) == text.Length)
                || (FunctionWords.MatchAt(text, lastWord) == text.Length - lastWord && (words == 1 || !char.IsUpper(text[lastWord]))))
            {
                return false;
            }

            if (kind == SubjectKind.Person)
            {
                return true;
            }

            if (!char.IsUpper(text[0]) && Openings.MatchAt(text, 0) > 0 && Heads.MatchAt(text, 0) == 0)
            {
                return false;
            }

            for (int k = 0; k < text.Length; k++)
            {
                // Two-syllable verbs only ("nói" alone is checked by its place, one-syllable words start others), and
                // not those that are also nouns of a speaking document ("đánh giá của Chính phủ") or end one ("người
                // phát ngôn").
                int verb = SpeechVerbs.MatchAt(text, k);
                if (verb > 0 && text.IndexOf(' ', k, verb) > 0 && Heads.MatchAt(text, k) != verb && !(Heads.MatchEndingAt(text, k + verb) is int head && head >= 0 && head < k))
                {
                    return false;
                }
            }

            return kind != SubjectKind.Phrase || IsNounPhrase(text, words);
        }

        // Headed by a word for someone who can speak (after "các", "một số"), or a proper name: an acronym, a foreign
        // word, a run of capitalised words, a capitalised word alone. Never headed by an honorific without a name
        // ("Bà V", "anh xóa sạch …").
        private static bool IsNounPhrase(string text, int words)
        {
            int head = 0;
            for (int determiner = Determiners.MatchAt(text, head); determiner > 0; determiner = Determiners.MatchAt(text, head))
            {
                head += determiner;
                while (head < text.Length && TextRules.IsSpace(text[head]))
                {
                    head++;
                }
            }

            if (Heads.MatchAt(text, head) > 0)
            {
                return true;
            }

            if (Honorifics.MatchAt(text, head) > 0)
            {
                return false;
            }

            string[] parts = text.Substring(head).Split(' ');
            if (parts[0].Length == 0 || !char.IsUpper(parts[0][0]))
            {
                return false;
            }

            return words == 1 || IsAcronym(parts[0]) || NameShape.IsForeignWord(parts[0])
                || (parts.Length > 1 && parts[1].Length > 0 && char.IsUpper(parts[1][0]));
        }

        private static bool IsAcronym(string word)
        {
            int upper = 0;
            foreach (char c in word)
            {
                upper += char.IsUpper(c) ? 1 : 0;
            }

            return upper >= 2;
        }

        private static int LastWordStart(string text)
        {
            int k = text.Length;
            while (k > 0 && !TextRules.IsSpace(text[k - 1]))
            {
                k--;
            }

            return k;
        }
    }
}
