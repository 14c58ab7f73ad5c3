using System;
using System.Collections.Generic;

namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// Finds people's names in Vietnamese text: an honorific followed by capitalised words ("ông Trần Văn Khải",
    /// "chị Thu Hà", "ông Khải"); capitalised words that start with a family name, behind any title ("Giám đốc Sở Y
    /// tế tỉnh Hải Dương Lê Minh Châu"); a foreign name (<see cref="NameShape"/>) after an office title ("Phát ngôn
    /// viên Nhà Trắng Jay Carney") or before an apposition or a verb of saying ("Hong Min, chuyên gia …"); and an
    /// office title that stands alone ("Thủ tướng").
    /// </summary>
    internal static class PersonFinder
    {
        private const int MaxNameWords = 4;

        // Words of a usual full name: "Võ Nguyên Giáp".
        private const int MinFullNameWords = 3;

        // How many words a title may take between an honorific and the name: "đồng chí Bí thư Tỉnh ủy X".
        private const int MaxTitleWords = 8;

        // Words a person is called by that also stand alone for them ("ông nói"), lower case.
        private static readonly HashSet<string> PronounHonorifics = LowerCaseSet(LexiconLists.PronounHonorifics);

        // Ranks, degrees and professions written before a name ("TS. Vũ Đình Ánh", "Đại tá X", "nhà kinh tế X"), lower case.
        private static readonly HashSet<string> TitleHonorifics = LowerCaseSet(LexiconLists.TitleHonorifics, LexiconLists.DegreeAbbreviations);

        // Family names (a closed list), as written.
        private static readonly HashSet<string> FamilyNames = new(Lexicon.Default[LexiconLists.Surnames], StringComparer.Ordinal);

        // Capitalised pairs that start with a family name but are places.
        private static readonly HashSet<string> Places = new(Lexicon.Default[LexiconLists.SurnamePlaces], StringComparer.Ordinal);

        private static readonly HashSet<string> TitleCountries = new(Lexicon.Default[LexiconLists.TitleCountries], StringComparer.Ordinal);

        // First words of titles and organisations that may follow an honorific: "đồng chí Bí thư Thành ủy".
        private static readonly HashSet<string> TitleWords = new(Lexicon.Default[LexiconLists.TitleOpeners], StringComparer.Ordinal);

        // Offices a person holds, written before the name or alone ("Bộ trưởng Bộ Công Thương X", "Thủ tướng").
        private static readonly PhraseSet OfficeTitles = PhraseSet.Of(LexiconLists.OfficeTitles);

        private static readonly PhraseSet TitlePrefixes = PhraseSet.Of(LexiconLists.TitlePrefixes);

        private static readonly PhraseSet SpeechVerbs = PhraseSet.Of(LexiconLists.SpeechVerbs);

        // Words that open a clause or an adverbial, lower case: "trong", "theo", "tại".
        private static readonly HashSet<string> ClauseOpeners = LowerCaseSet(LexiconLists.AdverbialOpeners, LexiconLists.Connectives, LexiconLists.SentenceAdverbials);

        // Words after which a capitalised word belongs to something else than the title before: "người phát ngôn của X".
        private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal) { "của", "với", "và", "cho", "về", "từ", "thay", "cùng" };

        // Words that open an apposition describing a person: "X, chuyên gia tại …", "X, người đứng đầu …".
        private static readonly PhraseSet PersonRoles = PhraseSet.Of(
            LexiconLists.OfficeTitles, LexiconLists.TitleHonorifics, LexiconLists.PronounHonorifics, LexiconLists.TitlePrefixes);

        // Every honorific looked up regardless of case, to its lower-case form: no word is lower-cased to look it up.
        private static readonly Dictionary<string, string> Honorifics = ByAnyCase(PronounHonorifics, TitleHonorifics);

        // First words of honorifics of several words ("đồng", "nhà", "phó"), to the most words such an honorific has:
        // only these words start a lookup of the words after them.
        private static readonly Dictionary<string, int> LongHonorificStarts = LongStarts(PronounHonorifics, TitleHonorifics);

        // The single words of the two tables above in their usual cases, for the look-up of every word.
        private static readonly Dictionary<string, string> HonorificWords = UsualCases(Honorifics);
        private static readonly Dictionary<string, int> LongHonorificStartWords = UsualCases(LongHonorificStarts);

        // First words of office titles and of their prefixes ("bộ", "phó", "cựu"): only these words start a look-up of a
        // title.
        private static readonly Dictionary<string, bool> TitleStarts = FirstWords(LexiconLists.OfficeTitles, LexiconLists.TitlePrefixes);
        private static readonly Dictionary<string, bool> TitleStartWords = UsualCases(TitleStarts);

        // The three tables above in one, for the words in their usual cases: one look-up a word instead of three.
        private static readonly Dictionary<string, WordEntry> UsualWords = Combine();

        /// <summary>Whether a lower-case NFC word sequence is an honorific, rank, degree or profession.</summary>
        public static bool IsHonorific(string lowerWords) => PronounHonorifics.Contains(lowerWords) || TitleHonorifics.Contains(lowerWords);

        /// <summary>Whether the honorific also stands alone for a person already named ("ông nói").</summary>
        public static bool IsPronoun(string? honorific) => honorific is not null && PronounHonorifics.Contains(honorific);

        /// <summary>Every person mentioned in [start, end) of <paramref name="text"/>, in order.</summary>
        /// <param name="text">NFC text.</param>
        /// <param name="start">Start of the range.</param>
        /// <param name="end">End of the range.</param>
        /// <param name="cache">The article's texts split into words.</param>
        /// <param name="known">Full names met so far (lower-case NFC), to read a case slip ("Trần Văn khải") as the same name.</param>
        public static List<PersonMention> Find(string text, int start, int end, WordCache cache, ISet<string>? known = null) =>
            Find(text, start, end, cache, known, anyForeignName: false);

        /// <summary>
        /// As <see cref="Find(string, int, int, WordCache, ISet{string})"/>, and with <paramref name="anyForeignName"/> also
        /// every capitalised run that ends in two or more foreign words, even with nothing around it that marks a person
        /// ("người đồng cấp Mỹ Donald Trump"): a full name for a later short one ("ông Trump") to resolve to.
        /// </summary>
        public static List<PersonMention> Find(string text, int start, int end, WordCache cache, ISet<string>? known, bool anyForeignName)
        {
            var result = new List<PersonMention>();
            WordSpan words = Words(text, start, end, cache);
            int i = 0;
            while (i < words.Count)
            {
                string? honorific = HonorificAt(words, i, text);
                if (honorific is not null)
                {
                    int first = i + WordCount(honorific);
                    string? professed = TitleHonorificOf(honorific);
                    int run = first < words.Count && Adjoins(text, words[first - 1], words[first]) ? RunLength(words, first, text) : 0;
                    if (run > 0 && !TitleWords.Contains(words[first].Text) && !(run == 1 && IsInitial(words[first].Text)))
                    {
                        int take = Math.Min(run, MaxNameWords);
                        int extended = ExtendCaseSlip(words, first, take, text, known);
                        result.Add(new PersonMention(words[i].Start, words[first + extended - 1].End, Slice(text, words, first, extended), honorific, professed));
                        i = first + extended;
                        continue;
                    }

                    // An honorific followed by a title: the name, if any, comes after the title ("ông Chủ tịch X").
                    // A name is looked for past the title only ("đồng chí Bí thư Thành ủy Lê Văn Tâm"); "của ông và
                    // chị gái – bà Y" does not make Y "ông".
                    (string? office, int afterOffice) = OfficeTitleAt(words, first, text);
                    bool byTitle = office is not null || (first < words.Count && TitleWords.Contains(words[first].Text));
                    PersonMention? titled = byTitle
                        ? NameAfterTitle(words, office is null ? first : afterOffice, text, known, directly: office is not null)
                        : null;
                    if (titled is { } t)
                    {
                        result.Add(t with { Start = words[i].Start, Honorific = honorific, Title = office ?? professed });
                        i = IndexAfter(words, t.End);
                        continue;
                    }

                    int mentionEnd = office is null ? first : afterOffice;
                    result.Add(new PersonMention(words[i].Start, words[mentionEnd - 1].End, null, honorific, office ?? professed));
                    i = mentionEnd;
                    continue;
                }

                (string? title, int afterTitle) = OfficeTitleAt(words, i, text);
                if (title is not null)
                {
                    PersonMention? titled = NameAfterTitle(words, afterTitle, text, known, directly: true);
                    if (titled is { } t)
                    {
                        result.Add(t with { Start = words[i].Start, Title = title });
                        i = IndexAfter(words, t.End);
                        continue;
                    }

                    result.Add(new PersonMention(words[i].Start, words[afterTitle - 1].End, null, null, title));
                    i = afterTitle;
                    continue;
                }

                if (StartsRun(words, i, text))
                {
                    PersonMention? named = FamilyNameRun(words, i, words.Count, text, known, onlyThisRun: true)
                        ?? ForeignNameBeforeEvidence(words, i, text)
                        ?? (anyForeignName ? LooseForeignName(words, i, text) : null);
                    int run = RunLength(words, i, text);
                    if (named is { } n)
                    {
                        result.Add(n);
                        i = IndexAfter(words, n.End);
                        continue;
                    }

                    i += Math.Max(run, 1);
                    continue;
                }

                i++;
            }

            return result;
        }

        /// <summary>Whether a lower-case word sequence is an office title ("bộ trưởng", "người phát ngôn").</summary>
        public static bool IsOfficeTitle(string lowerWords) => OfficeTitles.Contains(lowerWords);

        // Index of the first word that starts at or after `offset`.
        private static int IndexAfter(WordSpan words, int offset)
        {
            int low = 0;
            int high = words.Count;
            while (low < high)
            {
                int middle = low + ((high - low) / 2);
                if (words[middle].Start < offset)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }

        // The office title at words[i], after an optional prefix ("cựu bí thư", "nguyên Bộ trưởng"): its lower-case form
        // and the index of the word after it; (null, i) when none starts there.
        private static (string? Title, int After) OfficeTitleAt(WordSpan words, int i, string text)
        {
            if (i >= words.Count || !words[i].MayOpenTitle)
            {
                return (null, i);
            }

            int at = i;
            if (TitlePrefixes.MatchAt(text, words[at].Start) is > 0 and int prefix)
            {
                int next = IndexAfter(words, words[at].Start + prefix);
                if (next < words.Count && OfficeTitles.MatchAt(text, words[next].Start) > 0)
                {
                    at = next;
                }
            }

            // The lexicon writes titles in lower case: its entry is the title's key, with no lower-casing of the text.
            string? title = OfficeTitles.EntryAt(text, words[at].Start);
            return title is null ? (null, i) : (title, IndexAfter(words, words[at].Start + title.Length));
        }

        // The lower-case profession of an honorific chain ("ca sĩ", "luật sư"), or null for a pronoun honorific ("ông").
        private static string? TitleHonorificOf(string honorific) =>
            PronounHonorifics.Contains(honorific) ? null : honorific;

        // The name after an office title, within a few words: a lone capitalised word right after it ("Bộ trưởng
        // Thắng", "Tổng thống Putin"), a run that starts with a family name ("Chủ tịch UBND tỉnh Bình Định Phạm Anh
        // Tuấn"), or the foreign words that end a capitalised run ("Tổng thống Mỹ Donald Trump").
        private static PersonMention? NameAfterTitle(WordSpan words, int from, string text, ISet<string>? known, bool directly)
        {
            if (from >= words.Count)
            {
                return null;
            }

            int to = Math.Min(words.Count, from + MaxTitleWords);
            int run = RunLength(words, from, text);
            if (directly && run == 1 && words[from].Text.Length > 1 && !TitleWords.Contains(words[from].Text)
                && !IsInitial(words[from].Text) && (from + 1 >= words.Count || !words[from + 1].IsName))
            {
                return new PersonMention(words[from].Start, words[from].End, words[from].Text, null);
            }

            for (int i = from; i < to; i++)
            {
                // "người phát ngôn của Lively", "Bộ trưởng, ông X": a name after "của" or a comma is not the holder's.
                if (Qualifiers.Contains(words[i].Text) || (i > from && !OnlySpacesBetween(text, words[i - 1].End, words[i].Start) && !InRun(text, words, from, i)))
                {
                    return null;
                }

                int length = RunLength(words, i, text);
                if (length == 0)
                {
                    continue;
                }

                if (FamilyNameRun(words, i, words.Count, text, known, onlyThisRun: true) is { } family)
                {
                    return family;
                }

                if (TrailingForeignName(words, i, length, text) is { } foreign)
                {
                    return foreign;
                }

                i += length - 1;
            }

            return null;
        }

        // The foreign words that end the capitalised run words[first, first + length): "Mỹ Donald Trump" gives "Donald
        // Trump", "NATO Mark Rutte" gives "Mark Rutte". At least one word must be foreign in shape; initials inside
        // ("Robert F. Kennedy Jr.") belong to the name.
        private static PersonMention? TrailingForeignName(WordSpan words, int first, int length, string text)
        {
            int end = first + length;
            int start = end;
            bool foreign = false;
            while (start > first && IsLatinNameWord(words[start - 1].Text))
            {
                start--;
                foreign |= NameShape.IsForeignWord(words[start].Text);
            }

            // "Nga Putin": a country between the office and the name is not part of the name.
            while (start < end && TitleCountries.Contains(words[start].Text))
            {
                start++;
            }

            int count = end - start;
            if (!foreign || count == 0 || count > MaxNameWords)
            {
                return null;
            }

            return new PersonMention(words[start].Start, words[end - 1].End, Slice(text, words, start, count), null);
        }

        // The foreign words, two or more, that end the capitalised run at words[first]: "Mỹ Donald Trump".
        private static PersonMention? LooseForeignName(WordSpan words, int first, string text) =>
            TrailingForeignName(words, first, RunLength(words, first, text), text) is { } name && name.Name!.IndexOf(' ') > 0 ? name with { Loose = true } : null;

        // A capitalised run of two to four foreign-looking words with what marks a person after it: an apposition that
        // opens with a role ("Hong Min, chuyên gia …", "Shane Fitzsimmons , người đứng đầu …") or a verb of saying.
        private static PersonMention? ForeignNameBeforeEvidence(WordSpan words, int first, string text)
        {
            int length = RunLength(words, first, text);
            if (length < 2 || length > MaxNameWords)
            {
                return null;
            }

            for (int k = first; k < first + length; k++)
            {
                if (!IsLatinNameWord(words[k].Text))
                {
                    return null;
                }
            }

            int after = words[first + length - 1].End;
            return PersonEvidenceAt(text, after)
                ? new PersonMention(words[first].Start, after, Slice(text, words, first, length), null)
                : null;
        }

        // What follows a name and marks it as a person's: ", chuyên gia …", " - Giám đốc …", "(phó giám đốc …)", or a
        // verb of saying.
        private static bool PersonEvidenceAt(string text, int at)
        {
            int i = at;
            while (i < text.Length && TextRules.IsSpace(text[i]))
            {
                i++;
            }

            if (i < text.Length && (text[i] is ',' or '(' || TextRules.IsDash(text[i])))
            {
                i++;
                while (i < text.Length && TextRules.IsSpace(text[i]))
                {
                    i++;
                }

                return PersonRoles.MatchAt(text, i) > 0;
            }

            return SpeechVerbs.MatchAt(text, i) > 0;
        }

        // A name follows its honorific after spaces, or after an abbreviation's dot ("TS.Lê Văn Hùng"); "… và anh. Anh
        // Khẩu" is a sentence end between them.
        private static bool Adjoins(string text, Word honorific, Word name) =>
            OnlySpacesBetween(text, honorific.End, name.Start)
            || (char.IsUpper(honorific.Text[honorific.Text.Length - 1]) && IsTitleSeparator(text, honorific.End, name.Start));

        // A capitalised word written without Vietnamese letters, or an initial ("F").
        private static bool IsLatinNameWord(string word) =>
            (IsNameWord(word) || IsInitial(word)) && !NameShape.HasVietnameseLetter(word);

        private static bool IsInitial(string word) => word.Length == 1 && char.IsUpper(word[0]);

        // The first capitalised run from words[from] on (or only the run at from) that holds a family name
        // followed by one to three more names.
        private static PersonMention? FamilyNameRun(WordSpan words, int from, int to, string text, ISet<string>? known, bool onlyThisRun = false)
        {
            int i = from;
            while (i < to)
            {
                int run = RunLength(words, i, text);
                if (run == 0)
                {
                    if (onlyThisRun)
                    {
                        return null;
                    }

                    i++;
                    continue;
                }

                // The name starts at a family name and runs to the end of the capitalised run, two to four words;
                // three-word names are the most common, so "Hải Dương Lê Minh Châu" gives "Lê Minh Châu".
                int best = -1;
                for (int k = i; k < i + run; k++)
                {
                    int length = i + run - k;
                    if (!FamilyNames.Contains(words[k].Text) || length < 2 || length > MaxNameWords
                        || (length == 2 && Places.Contains(Join(words, k, 2))))
                    {
                        continue;
                    }

                    if (best < 0 || length == 3)
                    {
                        best = k;
                    }
                }

                if (best >= 0)
                {
                    int take = i + run - best;
                    int extended = ExtendCaseSlip(words, best, take, text, known);
                    return new PersonMention(words[best].Start, words[best + extended - 1].End, Slice(text, words, best, extended), null);
                }

                if (onlyThisRun)
                {
                    return null;
                }

                i += run;
            }

            return null;
        }

        // "Trần Văn khải": a lower-case word that completes a known full name belongs to it.
        private static int ExtendCaseSlip(WordSpan words, int first, int take, string text, ISet<string>? known)
        {
            if (known is null || take >= MaxNameWords)
            {
                return take;
            }

            int next = first + take;
            if (next < words.Count && char.IsLower(words[next].Text[0]) && OnlySpacesBetween(text, words[next - 1].End, words[next].Start)
                && known.Contains(TextRules.Key(Join(words, first, take + 1))))
            {
                return take + 1;
            }

            return take;
        }

        // The honorific at words[i] ("ông", "đồng chí", "nhà kinh tế"), with any further titles chained to it
        // ("PGS.TS", "ông TS."), lower case; the number of words is the count of spaces plus one.
        private static string? HonorificAt(WordSpan words, int i, string text)
        {
            string? first = SingleHonorificAt(words, i, text);
            if (first is null)
            {
                return null;
            }

            string chained = first;
            int next = i + WordCount(first);
            while (next < words.Count && IsTitleSeparator(text, words[next - 1].End, words[next].Start)
                && SingleHonorificAt(words, next, text) is { } more && TitleHonorifics.Contains(more))
            {
                chained += " " + more;
                next += WordCount(more);
            }

            return chained;
        }

        private static string? SingleHonorificAt(WordSpan words, int i, string text)
        {
            Word at = words[i];
            if (at.LongestHonorific > 0)
            {
                for (int length = Math.Min(at.LongestHonorific, words.Count - i); length >= 2; length--)
                {
                    if (Adjacent(words, i, length, text) && Honorifics.TryGetValue(Join(words, i, length), out string? joined))
                    {
                        return joined;
                    }
                }
            }

            // A capitalised honorific inside a name run is a name ("Lê Văn Anh"), not an honorific.
            if (at.Honorific is { } one
                && !(i > 0 && TextRules.StartsUpper(at.Text) && OnlySpacesBetween(text, words[i - 1].End, at.Start) && words[i - 1].IsName))
            {
                return one;
            }

            return null;
        }

        private static HashSet<string> LowerCaseSet(params string[] lists)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (string list in lists)
            {
                foreach (string entry in Lexicon.Default[list])
                {
                    set.Add(entry.ToLowerInvariant());
                }
            }

            return set;
        }

        private static Dictionary<string, bool> FirstWords(params string[] lists)
        {
            var result = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
            foreach (string list in lists)
            {
                foreach (string entry in Lexicon.Default[list])
                {
                    int space = entry.IndexOf(' ');
                    result[space < 0 ? entry : entry.Substring(0, space)] = true;
                }
            }

            return result;
        }

        private readonly record struct WordEntry(string? Honorific, int LongestHonorific, bool MayOpenTitle);

        private static Dictionary<string, WordEntry> Combine()
        {
            var result = new Dictionary<string, WordEntry>(StringComparer.Ordinal);
            var words = new List<string>(HonorificWords.Keys);
            words.AddRange(LongHonorificStartWords.Keys);
            words.AddRange(TitleStartWords.Keys);
            foreach (string word in words)
            {
                result[word] = new WordEntry(
                    HonorificWords.TryGetValue(word, out string? honorific) ? honorific : null,
                    LongHonorificStartWords.TryGetValue(word, out int longest) ? longest : 0,
                    TitleStartWords.ContainsKey(word));
            }

            return result;
        }

        private static bool HasInnerCapital(string word)
        {
            for (int k = 1; k < word.Length; k++)
            {
                if (CharClass.IsUpper(word[k]))
                {
                    return true;
                }
            }

            return false;
        }

        private static Dictionary<string, T> UsualCases<T>(Dictionary<string, T> anyCase)
        {
            var result = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, T> entry in anyCase)
            {
                string lower = entry.Key.ToLowerInvariant();
                result[lower] = entry.Value;
                result[char.ToUpperInvariant(lower[0]) + lower.Substring(1)] = entry.Value;
                result[entry.Key.ToUpperInvariant()] = entry.Value;
            }

            return result;
        }

        private static Dictionary<string, string> ByAnyCase(params HashSet<string>[] sets)
        {
            var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (HashSet<string> set in sets)
            {
                foreach (string honorific in set)
                {
                    result[honorific] = honorific;
                }
            }

            return result;
        }

        private static Dictionary<string, int> LongStarts(params HashSet<string>[] sets)
        {
            var result = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (HashSet<string> set in sets)
            {
                foreach (string honorific in set)
                {
                    string[] parts = honorific.Split(' ');
                    if (parts.Length > 1)
                    {
                        result[parts[0]] = Math.Max(parts.Length, result.TryGetValue(parts[0], out int known) ? known : 0);
                    }
                }
            }

            return result;
        }

        private static bool Adjacent(WordSpan words, int i, int length, string text)
        {
            for (int k = i + 1; k < i + length; k++)
            {
                if (!OnlySpacesBetween(text, words[k - 1].End, words[k].Start))
                {
                    return false;
                }
            }

            return true;
        }

        // Titles chain across spaces or an abbreviation's dot: "PGS.TS", "PGS. TS.".
        private static bool IsTitleSeparator(string text, int from, int to)
        {
            for (int k = from; k < to; k++)
            {
                if (!(TextRules.IsSpace(text[k]) || text[k] == '.'))
                {
                    return false;
                }
            }

            return to > from;
        }

        private static int WordCount(string words)
        {
            int count = 1;
            foreach (char c in words)
            {
                if (c == ' ')
                {
                    count++;
                }
            }

            return count;
        }

        private static bool StartsRun(WordSpan words, int i, string text) =>
            words[i].IsName && (i == 0 || !words[i - 1].IsName || !OnlySpacesBetween(text, words[i - 1].End, words[i].Start));

        private static int RunLength(WordSpan words, int first, string text)
        {
            int k = first;
            while (k < words.Count && words[k].IsName && (k == first || InRun(text, words, first, k)) && !OpensNextClause(words, first, k))
            {
                k++;
            }

            return k - first;
        }

        // "… Đại tướng Võ Nguyên Giáp Trong thư gửi …", a sentence glued to the name: after a full name of three words, a
        // capitalised word that opens a clause ("Trong", "Theo") starts the next one ("Lương Định Của" keeps its "Của").
        private static bool OpensNextClause(WordSpan words, int first, int k) =>
            k - first >= MinFullNameWords && ClauseOpeners.Contains(words[k].Text.ToLowerInvariant());

        // Words of a name follow each other with only spaces between, or after an initial and its dot inside the name
        // ("Robert F. Kennedy").
        private static bool InRun(string text, WordSpan words, int first, int k)
        {
            if (OnlySpacesBetween(text, words[k - 1].End, words[k].Start))
            {
                return true;
            }

            return k - 1 > first && IsInitial(words[k - 1].Text) && text[words[k - 1].End] == '.'
                && OnlySpacesBetween(text, words[k - 1].End + 1, words[k].Start);
        }

        // A capitalised word of letters, not an acronym ("UBND", "WHO").
        private static bool IsNameWord(string word)
        {
            if (word.Length == 0 || !CharClass.IsUpper(word[0]))
            {
                return false;
            }

            // "H'Lan": the capital before the apostrophe is part of the name, the word after it starts with its own.
            int from = word.Length > 2 && word[1] is '\'' or '\u2019' ? 2 : 0;
            int upper = 0;
            for (int k = from; k < word.Length; k++)
            {
                char c = word[k];
                if (char.IsDigit(c))
                {
                    return false;
                }

                if (CharClass.IsUpper(c))
                {
                    upper++;
                }
            }

            return upper == 1;
        }

        private static bool OnlySpacesBetween(string text, int from, int to)
        {
            if (to <= from)
            {
                return false;
            }

            for (int k = from; k < to; k++)
            {
                if (!TextRules.IsSpace(text[k]))
                {
                    return false;
                }
            }

            return true;
        }

        // The name as written from words[first] through count words, white space between them made single spaces.
        private static string Slice(string text, WordSpan words, int first, int count)
        {
            string slice = text.Substring(words[first].Start, words[first + count - 1].End - words[first].Start);
            var builder = new System.Text.StringBuilder(slice.Length);
            bool space = false;
            foreach (char c in slice)
            {
                if (TextRules.IsSpace(c))
                {
                    space = true;
                    continue;
                }

                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                space = false;
                builder.Append(c);
            }

            return builder.ToString();
        }

        private static string Join(WordSpan words, int first, int count)
        {
            var parts = new string[count];
            for (int k = 0; k < count; k++)
            {
                parts[k] = words[first + k].Text;
            }

            return string.Join(" ", parts);
        }

        // A word of a text, with its honorific look-ups done once: the lower-case honorific it is on its own, and the
        // most words an honorific starting with it has (0 when none does).
        internal readonly record struct Word(int Start, int End, string Text, string? Honorific, int LongestHonorific, bool MayOpenTitle, bool IsName)
        {
            public static Word Of(string text, int start, int end)
            {
                string word = text.Substring(start, end - start);
                bool upper = CharClass.IsUpper(word[0]);
                if (UsualWords.TryGetValue(word, out WordEntry entry) || !HasInnerCapital(word))
                {
                    return new Word(start, end, word, entry.Honorific, entry.LongestHonorific, entry.MayOpenTitle, upper && IsNameWord(word));
                }

                // "ÔNg": a case no table holds, looked up regardless of case.
                return new Word(
                    start,
                    end,
                    word,
                    Honorifics.TryGetValue(word, out string? honorific) ? honorific : null,
                    LongHonorificStarts.TryGetValue(word, out int longest) ? longest : 0,
                    TitleStarts.ContainsKey(word),
                    upper && IsNameWord(word));
            }
        }

        /// <summary>
        /// The words of the texts of one article, each text split once: the readers of a paragraph ask for many ranges
        /// of it. Owned by one parse, so nothing outlives the article and no state is shared between threads.
        /// </summary>
        internal sealed class WordCache
        {
            private readonly Dictionary<string, Word[]> _byText = new(ByReference.Instance);

            // One list the splits of the article's texts fill in turn, so each text allocates only its words.
            private readonly List<Word> _scratch = new();
            private string? _lastText;
            private Word[]? _lastWords;

            internal Word[] Of(string text)
            {
                // Readers ask for ranges of the same paragraph in a row.
                if (ReferenceEquals(text, _lastText))
                {
                    return _lastWords!;
                }

                if (!_byText.TryGetValue(text, out Word[]? words))
                {
                    words = Split(text, _scratch);
                    _byText.Add(text, words);
                }

                _lastText = text;
                _lastWords = words;
                return words;
            }

            private sealed class ByReference : IEqualityComparer<string>
            {
                public static readonly ByReference Instance = new();

                public bool Equals(string? x, string? y) => ReferenceEquals(x, y);

                public int GetHashCode(string obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
            }
        }

        // The words of [start, end); a word cut by the range counts as the part inside it.
        private static WordSpan Words(string text, int start, int end, WordCache cache)
        {
            Word[] all = cache.Of(text);
            int first = FirstAtOrAfter(all, start);
            int last = FirstAtOrAfter(all, end);
            while (last < all.Length && all[last].Start < end)
            {
                last++;
            }

            if (first == last || (all[first].Start >= start && all[last - 1].End <= end))
            {
                return new WordSpan(all, first, last - first);
            }

            // A word cut by the range counts as the part that lies inside it.
            var words = new Word[last - first];
            for (int k = first; k < last; k++)
            {
                Word word = all[k];
                if (word.Start < start || word.End > end)
                {
                    word = Word.Of(text, Math.Max(word.Start, start), Math.Min(word.End, end));
                }

                words[k - first] = word;
            }

            return new WordSpan(words, 0, words.Length);
        }

        /// <summary>A run of an article's words, without a copy: the words of a range of one of its texts.</summary>
        private readonly struct WordSpan
        {
            private readonly Word[] _words;
            private readonly int _offset;

            public WordSpan(Word[] words, int offset, int count)
            {
                _words = words;
                _offset = offset;
                Count = count;
            }

            public int Count { get; }

            public Word this[int index] => _words[_offset + index];
        }

        private static int FirstAtOrAfter(Word[] words, int start)
        {
            int low = 0;
            int high = words.Length;
            while (low < high)
            {
                int middle = low + ((high - low) / 2);
                if (words[middle].End <= start)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }

        private static Word[] Split(string text, List<Word> words)
        {
            words.Clear();
            int i = 0;
            while (i < text.Length)
            {
                if (!TextRules.IsWordChar(text[i]))
                {
                    i++;
                    continue;
                }

                int s = i;
                while (i < text.Length && TextRules.IsWordChar(text[i]))
                {
                    i++;
                }

                // Names of the Central Highlands join a capital and a name with an apostrophe: "H'Lan", "Y'Moan".
                if (i - s == 1 && CharClass.IsUpper(text[s]) && i + 1 < text.Length && text[i] is '\'' or '\u2019' && CharClass.IsUpper(text[i + 1]))
                {
                    i++;
                    while (i < text.Length && TextRules.IsWordChar(text[i]))
                    {
                        i++;
                    }
                }

                // A capitalised word joined by hyphens is one name: "Seung-ki", "Jong-un".
                while (CharClass.IsUpper(text[s]) && i + 1 < text.Length && text[i] == '-' && char.IsLetter(text[i + 1]))
                {
                    i++;
                    while (i < text.Length && TextRules.IsWordChar(text[i]))
                    {
                        i++;
                    }
                }

                // Words glued where a crawler removed a link ("Chínhđề", "thốngNgaVladimir") are read apart.
                int end = GluedWords.FirstWordEnd(text, s, i);
                words.Add(Word.Of(text, s, end));
                i = end;
            }

            return words.ToArray();
        }
    }
}
