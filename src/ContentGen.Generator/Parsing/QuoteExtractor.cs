using System;
using System.Collections.Generic;

namespace ContentGen.Generator.Parsing
{
    /// <summary>
    /// Finds the quotes of a paragraph, tells speech from terms, and attributes speech to its speaker by the shapes
    /// Vietnamese news uses: <c>"…" - ông X nói.</c>, <c>"…", X viết.</c>, <c>X cho biết: "…"</c>,
    /// <c>Theo ông X, "…"</c>, and a quote inside a passage whose subject speaks.
    /// </summary>
    internal sealed class QuoteExtractor
    {
        private const int MinSpeechWords = 9;
        private const int MaxAttributionWords = 30;
        private const int MaxOrganisationWords = 10;

        // A short lower-case subject right before a verb of saying speaks: "…", bản án nêu rõ.
        private const int MaxShortSubjectWords = 4;

        // How far back a reported-speech passage may reach for its speaking subject (a few sentences).
        private const int MaxReportedSpeechReach = 600;

        // How many comma-separated parts before a verb may hold its subject: the subject and two appositions.
        private const int MaxSubjectParts = 3;

        // Nouns that introduce a quoted name: "chiến dịch “…”", "chủ đề “…”", "mang tên “…”".
        private static readonly PhraseSet NamingNouns = PhraseSet.Of(LexiconLists.NamingNouns);

        // How far a sentence is searched for its start or end around a quote.
        private const int MaxSentenceReach = 400;

        // Verbs of saying, longest first so "cho biết thêm" wins over "cho biết".
        private static readonly PhraseSet SpeechVerbs = PhraseSet.Of(LexiconLists.SpeechVerbs);

        // Words that open a clause but are never its speaker: "…", trong đó …
        private static readonly PhraseSet Connectives = PhraseSet.Of(LexiconLists.Connectives);

        // Lower-case openings of a speaking organisation or document: "báo cáo tổng kết", "người dân".
        private static readonly PhraseSet OrganisationNouns = PhraseSet.Of(LexiconLists.SpeakingNouns);

        // Offices a person holds, which stand for that person when written without a name.
        private static readonly PhraseSet OfficeTitles = PhraseSet.Of(LexiconLists.OfficeTitles);

        // Openings of a sentence that names whose words the quote before it were: "Đó là chia sẻ của anh X".
        private static readonly PhraseSet NextSentenceOpenings = PhraseSet.Of(LexiconLists.NextSentenceOpenings);

        private static readonly PhraseSet Pronouns = PhraseSet.Of(LexiconLists.Pronouns);

        private static readonly Func<(PersonMention Person, bool OpensPart), bool>[] SpeakerPreference =
        {
            static c => c.Person.Name is not null && c.Person.Honorific is not null,
            static c => c.Person.Name is not null,
            static c => c.Person.Name is null && c.OpensPart,
        };

        private readonly PersonRegistry _registry;

        public QuoteExtractor(PersonRegistry registry) => _registry = registry;

        /// <summary>The quotes of one paragraph (block number <paramref name="block"/>; the title is 0).</summary>
        public IEnumerable<QuoteModel> Extract(Paragraph paragraph, int block, int sectionIndex, bool isTitle, List<ParseIssue> issues)
        {
            string text = paragraph.Text;
            foreach (QuoteSpan span in QuoteScanner.Scan(text, singleMarks: isTitle))
            {
                if (!span.Closed)
                {
                    issues.Add(new ParseIssue(ParseIssueKind.UnclosedQuote, paragraph.SpanOf(span.Open, span.Open + 1), Opening(paragraph, span)));
                }
                else if (span.Mismatched)
                {
                    issues.Add(new ParseIssue(ParseIssueKind.MismatchedQuoteMarks, paragraph.SpanOf(span.Open, span.End), Opening(paragraph, span)));
                }

                int contentStart = span.ContentStart;
                int contentEnd = span.ContentEnd;
                while (contentStart < contentEnd && TextRules.IsSpace(text[contentStart]))
                {
                    contentStart++;
                }

                while (contentEnd > contentStart && TextRules.IsSpace(text[contentEnd - 1]))
                {
                    contentEnd--;
                }

                string content = text.Substring(contentStart, contentEnd - contentStart);
                if (!HasLetterOrDigit(content))
                {
                    continue;
                }

                // A quote named by the noun before it ("chiến dịch “…”", "chủ đề “…”") is a name, however long.
                bool named = IsNamedByNoun(text, span.Open);
                bool speechLike = !named && IsSpeechLike(content);
                long position = PersonRegistry.Position(block, span.Open);
                bool attributed = false;
                string? speaker = null;
                // A named quote is a name: "biển cảnh báo “…”" is not a sign that speaks.
                if (!isTitle && !named)
                {
                    (attributed, speaker) = AttributeAfter(text, span, content, position);
                    if (!attributed)
                    {
                        (attributed, speaker) = AttributeBefore(text, span, content, position);
                    }

                    if (!attributed && speechLike)
                    {
                        speaker = AttributeByTheo(text, span, position)
                            ?? AttributeByNextSentence(text, span, position)
                            ?? AttributeBySpeakingSubject(text, span, position);
                    }
                }

                QuoteKindModel kind = attributed || speechLike ? QuoteKindModel.Speech : QuoteKindModel.Term;
                yield return new QuoteModel(
                    paragraph.Slice(contentStart, contentEnd),
                    kind,
                    kind == QuoteKindModel.Speech ? speaker : null,
                    sectionIndex,
                    paragraph.LineAt(span.Open),
                    paragraph.SpanOf(span.Open, span.End));
            }
        }

        // The first words of a quote, to name it in a message.
        private static string Opening(Paragraph paragraph, QuoteSpan span)
        {
            int end = Math.Min(span.ContentEnd, span.ContentStart + 40);
            string opening = paragraph.Slice(span.Open, end);
            return end < span.ContentEnd ? opening + "…" : opening;
        }

        /// <summary>Someone's words rather than a name: long, or holding a sentence end.</summary>
        private static bool IsSpeechLike(string content)
        {
            int words = TextRules.CountWords(content);
            if (words >= MinSpeechWords)
            {
                return true;
            }

            if (words < 4)
            {
                return false;
            }

            char last = content[content.Length - 1];
            if (last is '.' or '!' or '?' or '\u2026')
            {
                return true;
            }

            for (int i = 0; i + 1 < content.Length; i++)
            {
                if (content[i] is '.' or '!' or '?' && TextRules.IsSpace(content[i + 1]))
                {
                    return true;
                }
            }

            return false;
        }

        // "…" - ông X nói.   "…", X viết.   "…," Chủ tịch X nêu rõ.
        private (bool, string?) AttributeAfter(string text, QuoteSpan span, string content, long position)
        {
            if (span.End >= text.Length)
            {
                return (false, null);
            }

            int i = span.End;
            bool separated = content[content.Length - 1] is ',' or '.' or '!' or '?' or '\u2026';
            SkipSpaces(text, ref i);
            if (i < text.Length && (text[i] == ',' || TextRules.IsDash(text[i])))
            {
                separated = true;
                i++;
                SkipSpaces(text, ref i);
            }

            if (!separated || i >= text.Length)
            {
                return (false, null);
            }

            int end = ClauseEnd(text, i);
            if (end <= i || TextRules.CountWords(text.Substring(i, end - i)) > MaxAttributionWords || StartsWithAny(text, i, Connectives))
            {
                return (false, null);
            }

            int verb = FirstSpeechVerb(text, i, end);
            int subjectEnd = verb >= 0 ? verb : end;
            if (verb < 0 && TextRules.CountWords(text.Substring(i, end - i)) > 6)
            {
                return (false, null);
            }

            string? speaker = SpeakerOf(text, i, subjectEnd, position, allowOrganisation: TextRules.CountWords(content) >= 4, requirePerson: verb < 0, speakingVerb: verb >= 0);
            return speaker is null ? (false, null) : (true, speaker);
        }

        // X cho biết: "…"   Bà X nhớ lại: "…"
        private (bool, string?) AttributeBefore(string text, QuoteSpan span, string content, long position)
        {
            int end = span.Open;
            while (end > 0 && TextRules.IsSpace(text[end - 1]))
            {
                end--;
            }

            if (end == 0)
            {
                return (false, null);
            }

            bool colon = text[end - 1] == ':';
            int clauseEnd = colon ? end - 1 : end;
            if (!colon && text[clauseEnd - 1] == ',')
            {
                clauseEnd--;
            }

            int start = SentenceStart(text, clauseEnd);
            int verb = LastSpeechVerb(text, start, clauseEnd);
            if (verb < 0)
            {
                return (false, null);
            }

            if (!colon)
            {
                // Without a colon the verb must end the clause: "X nói rằng “…”".
                int afterVerb = EndOfVerbAt(text, verb);
                int k = afterVerb;
                SkipSpaces(text, ref k);
                if (TextRules.WordAt(text, k, "rằng") || TextRules.WordAt(text, k, "là"))
                {
                    k += TextRules.WordAt(text, k, "rằng") ? 4 : 2;
                    SkipSpaces(text, ref k);
                }

                if (k < clauseEnd)
                {
                    return (false, null);
                }
            }

            string? speaker = SpeakerOf(text, start, verb, position, allowOrganisation: TextRules.CountWords(content) >= 4, requirePerson: false);
            return speaker is null ? (false, null) : (true, speaker);
        }

        // Theo ông X, … "…"
        private string? AttributeByTheo(string text, QuoteSpan span, long position)
        {
            int start = SentenceStart(text, span.Open);
            SkipSpaces(text, ref start);
            if (!TextRules.WordAt(text, start, "theo"))
            {
                return null;
            }

            int from = start + 4;
            int comma = from < span.Open ? text.IndexOf(',', from, span.Open - from) : -1;
            if (comma < 0)
            {
                return null;
            }

            return SpeakerOf(text, from, comma, position, allowOrganisation: true, requirePerson: false);
        }

        // "…". Đó là chia sẻ của anh X, …   "…". Đây là ý kiến của bà Y.
        private string? AttributeByNextSentence(string text, QuoteSpan span, long position)
        {
            if (!span.Closed)
            {
                return null;
            }

            int at = span.End;
            SkipSpaces(text, ref at);
            if (at < text.Length && text[at] is '.' or '!' or '?' or '\u2026')
            {
                at++;
            }

            SkipSpaces(text, ref at);
            if (!StartsWithAny(text, at, NextSentenceOpenings))
            {
                return null;
            }

            int end = ClauseEnd(text, at);
            for (int k = at; k + 3 <= end; k++)
            {
                if (TextRules.WordAt(text, k, "của"))
                {
                    return SpeakerOf(text, k + 3, end, position, allowOrganisation: false, requirePerson: true);
                }
            }

            return null;
        }

        // đồng chí X cho rằng, … Tuy nhiên, … vì "…": the nearest earlier speaking person in the paragraph.
        private string? AttributeBySpeakingSubject(string text, QuoteSpan span, long position)
        {
            int limit = System.Math.Max(0, span.Open - MaxReportedSpeechReach);
            for (int at = span.Open - 1; at >= limit; at--)
            {
                if (text[at] is '"' or '\u201C' or '\u201D')
                {
                    // Words before an earlier quote belong to that quote's speaker.
                    break;
                }

                if (at > 0 && TextRules.IsWordChar(text[at - 1]))
                {
                    continue;
                }

                if (SpeechVerbAt(text, at) is null)
                {
                    continue;
                }

                // The subject stands just before the verb, or before an apposition or two set off by commas
                // ("Đại tá X, Phó Thủ trưởng cơ quan Y, cho rằng").
                int partEnd = at;
                for (int part = 0; part < MaxSubjectParts && partEnd > limit; part++)
                {
                    int partStart = partEnd;
                    while (partStart > limit && text[partStart - 1] is not (',' or '.' or ';' or ':' or '!' or '?' or '"' or '\u201C' or '\u201D'))
                    {
                        partStart--;
                    }

                    List<PersonMention> people = PersonFinder.Find(text, partStart, partEnd, _registry.Words, _registry.Keys);
                    // A bare title nobody was introduced with ("chuyên gia phân tích …" in an apposition) names no one:
                    // the subject is then in the part before it.
                    if (people.Count > 0 && people[people.Count - 1] is { } person && (person.Honorific is not null || person.Name is not null && person.Name.IndexOf(' ') > 0)
                        && _registry.Resolve(person, position) is { } speaker)
                    {
                        return speaker;
                    }

                    if (partStart <= limit || text[partStart - 1] != ',')
                    {
                        break;
                    }

                    partEnd = partStart - 1;
                }
            }

            return null;
        }

        // The speaker named in text[start, end): a person (resolved to the full name) or a speaking organisation.
        private string? SpeakerOf(string text, int start, int end, long position, bool allowOrganisation, bool requirePerson, bool speakingVerb = false)
        {
            SkipSpaces(text, ref start);
            if (TextRules.WordAt(text, start, "theo"))
            {
                start += 4;
                SkipSpaces(text, ref start);
            }

            // "báo cáo … do Chủ nhiệm X trình bày": the relative clause names the presenter, not the speaker.
            for (int k = start; k < end; k++)
            {
                if (TextRules.WordAt(text, k, "do") && k > start)
                {
                    end = k;
                    break;
                }
            }

            // Parts split by commas: the speaker, then perhaps an apposition ("bà X, Giám đốc Y,").
            var parts = new List<(int Start, int End)>();
            int partStart = start;
            for (int k = start; k <= end; k++)
            {
                if (k == end || text[k] == ',')
                {
                    parts.Add((partStart, k));
                    partStart = k + 1;
                }
            }

            // The subject comes first and an apposition after it ("bà X, Giám đốc công ty Y,"): a person named with
            // an honorific wins, then any named person, then a bare honorific that opens a part ("ông nói").
            var people = new List<(PersonMention Person, bool OpensPart)>();
            foreach ((int from, int to) in parts)
            {
                foreach (PersonMention person in PersonFinder.Find(text, from, to, _registry.Words, _registry.Keys))
                {
                    people.Add((person, StartsAt(text, from, person.Start)));
                }
            }

            foreach (Func<(PersonMention Person, bool OpensPart), bool> preferred in SpeakerPreference)
            {
                foreach ((PersonMention Person, bool OpensPart) candidate in people)
                {
                    if (preferred(candidate) && _registry.Resolve(candidate.Person, position) is { } speaker)
                    {
                        return speaker;
                    }
                }
            }

            if (parts.Count == 0)
            {
                return null;
            }

            (int s, int e) = parts[parts.Count - 1];

            // A short name right before the verb, after a title or a role or alone ("Bộ trưởng Thắng", "tài xế Long",
            // "Vinh nói"), is the person of that name met earlier in the article.
            if (_registry.KnownFullName(TrailingCapitalisedWord(text, s, e), position) is { } known)
            {
                return known;
            }

            if (requirePerson || !allowOrganisation)
            {
                return null;
            }

            string organisation = Trim(text.Substring(s, e - s));
            int words = TextRules.CountWords(organisation);
            if (words == 0 || words > MaxOrganisationWords || StartsWithAny(organisation, 0, Pronouns) || StartsWithAny(organisation, 0, Connectives))
            {
                return null;
            }

            // An office title on its own ("Phó Thống đốc nói") stands for the person last named, as "ông" does.
            if (words <= MaxShortSubjectWords && StartsWithAny(organisation, 0, OfficeTitles))
            {
                return _registry.LastPersonBefore(position);
            }

            return char.IsUpper(organisation[0]) || StartsWithAny(organisation, 0, OrganisationNouns) || (speakingVerb && words <= MaxShortSubjectWords)
                ? organisation
                : null;
        }

        // The capitalised word that ends text[start, end), or null.
        private static string? TrailingCapitalisedWord(string text, int start, int end)
        {
            while (end > start && !TextRules.IsWordChar(text[end - 1]))
            {
                end--;
            }

            int wordStart = end;
            while (wordStart > start && TextRules.IsWordChar(text[wordStart - 1]))
            {
                wordStart--;
            }

            return wordStart < end && char.IsUpper(text[wordStart]) ? text.Substring(wordStart, end - wordStart) : null;
        }

        private static bool IsNamedByNoun(string text, int open)
        {
            int end = open;
            while (end > 0 && TextRules.IsSpace(text[end - 1]))
            {
                end--;
            }

            return NamingNouns.MatchEndingAt(text, end) >= 0;
        }

        private static bool StartsAt(string text, int start, int at)
        {
            int k = start;
            SkipSpaces(text, ref k);
            return k == at;
        }

        private static string Trim(string text) =>
            TextRules.TrimSpace(text).Trim(',', '-', '\u2013', '\u2014', '.', ':', ' ', '\u00A0');

        private static int FirstSpeechVerb(string text, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if ((i == 0 || !TextRules.IsWordChar(text[i - 1])) && SpeechVerbAt(text, i) is { } verb && i + verb.Length <= end)
                {
                    return i;
                }
            }

            return -1;
        }

        private static int LastSpeechVerb(string text, int start, int end)
        {
            int last = -1;
            for (int i = FirstSpeechVerb(text, start, end); i >= 0; i = FirstSpeechVerb(text, EndOfVerbAt(text, i), end))
            {
                last = i;
            }

            return last;
        }

        private static int EndOfVerbAt(string text, int at) => at + (SpeechVerbAt(text, at)?.Length ?? 0);

        private static string? SpeechVerbAt(string text, int at) => SpeechVerbs.PhraseAt(text, at);

        private static bool StartsWithAny(string text, int at, PhraseSet words) => words.MatchAt(text, at) > 0;

        // The offset after the last sentence end before `end` (or 0).
        private static int SentenceStart(string text, int end)
        {
            // Bounded: an attribution sits in the sentence next to its quote, and an unbounded search would make
            // a paragraph without sentence ends quadratic.
            int limit = Math.Max(0, end - MaxSentenceReach);
            for (int i = end - 1; i > limit; i--)
            {
                if (TextRules.IsSentenceEnd(text, i - 1))
                {
                    return i;
                }
            }

            return limit;
        }

        // The end of the clause that starts at `start`: a sentence end, a semicolon, a colon, a quotation mark, or the
        // paragraph's end; never further than an attribution can be long.
        private static int ClauseEnd(string text, int start)
        {
            int limit = Math.Min(text.Length, start + MaxSentenceReach);
            for (int i = start; i < limit; i++)
            {
                char c = text[i];
                if (c is ';' or '"' or '\u201C' or '\u201D' or ':' || TextRules.IsSentenceEnd(text, i))
                {
                    return i;
                }
            }

            return limit;
        }

        private static void SkipSpaces(string text, ref int i)
        {
            while (i < text.Length && TextRules.IsSpace(text[i]))
            {
                i++;
            }
        }

        private static bool HasLetterOrDigit(string text)
        {
            foreach (char c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
