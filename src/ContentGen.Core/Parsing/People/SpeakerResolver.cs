using System.Collections.Generic;
using System.Linq;

namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// Turns the words an attribution rule points at into a speaker: the subject of a verb of saying (its head and the
    /// appositions after it), or a whole phrase (after <c>Theo</c>, after <c>của</c>). Each part is read by
    /// <see cref="SpeakerNormaliser"/>, resolved to the article's people by <see cref="PersonRegistry"/> (a short name
    /// to the full name, "ông" to the man last named, "Thủ tướng" to the person named with that office, "Họ" to the
    /// group that spoke last), and kept only when <see cref="SpeakerValidator"/> accepts it. One resolver serves one
    /// article.
    /// </summary>
    internal sealed class SpeakerResolver
    {
        // The subject and up to two appositions: "Đại tá X, Phó Thủ trưởng cơ quan Y, cho rằng".
        private const int MaxSubjectParts = 3;

        // How far into a sentence its subject is looked for.
        private const int TopicReach = 200;

        private static readonly PhraseSet AppositionOpeners = new(
            new List<string>(Lexicon.Default[LexiconLists.OfficeTitles])
            {
                "người", "một",
            }.Concat(Lexicon.Default[LexiconLists.TitleHonorifics])
                .Concat(Lexicon.Default[LexiconLists.PronounHonorifics])
                .Concat(Lexicon.Default[LexiconLists.TitlePrefixes]));

        private static readonly PhraseSet Adverbials = PhraseSet.Of(LexiconLists.AdverbialOpeners);
        private static readonly PhraseSet SentenceAdverbials = PhraseSet.Of(LexiconLists.SentenceAdverbials);
        private static readonly PhraseSet ClauseBreaks = PhraseSet.Of(LexiconLists.ClauseBreaks);
        private static readonly PhraseSet Connectives = PhraseSet.Of(LexiconLists.Connectives);
        private static readonly PhraseSet Heads = PhraseSet.Of(LexiconLists.SpeakingNouns);
        private static readonly PhraseSet Passives = new(new[] { "bị", "được" });
        private static readonly PhraseSet Purposes = new(new[] { "để", "nhằm" });

        // A part made of capitalised words, two to five: a name, as it stands before its apposition.
        private static readonly System.Text.RegularExpressions.Regex TitledName = new(
            @"^(?:\p{Lu}[\p{L}\p{M}'\-.]*\s+){1,4}\p{Lu}[\p{L}\p{M}'\-.]*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        private readonly PersonRegistry _people;

        // The article's blocks, for a pronoun to look back through the sentences before it.
        private IReadOnlyList<BlockReading> _blocks = System.Array.Empty<BlockReading>();

        public SpeakerResolver(PersonRegistry people) => _people = people;

        /// <summary>The people of the article.</summary>
        public PersonRegistry People => _people;

        /// <summary>Gives the resolver the article's blocks, read in order, for pronouns to look back through.</summary>
        public void Attach(IReadOnlyList<BlockReading> blocks) => _blocks = blocks;

        /// <summary>
        /// The speaker named by the subject that ends at a verb of saying: text[start, end) runs from where the clause
        /// may start to the verb. The parts set off by commas or dashes are the subject and its appositions; a person
        /// named with an honorific wins, then any named person, then what the subject itself is (a pronoun, an office,
        /// a group). Null when no part names anyone who can speak.
        /// </summary>
        public string? SubjectOf(string text, int start, int end, long position) => SubjectOf(text, start, end, position, out _);

        /// <summary>As <see cref="SubjectOf(string, int, int, long)"/>; <paramref name="group"/> tells whether the speaker is a
        /// group or an organisation kept as written rather than a person.</summary>
        public string? SubjectOf(string text, int start, int end, long position, out bool group) =>
            SubjectOf(text, start, end, position, anchored: false, out group);

        /// <summary>
        /// The speaker named by text[start, end) as a whole: the subject and its appositions and nothing else before the
        /// verb (the attribution after a quote: <c>"…", bà X, giám đốc Y, cho biết</c>). Null when the words before the
        /// verb are more than a subject.
        /// </summary>
        public string? AnchoredSubjectOf(string text, int start, int end, long position) =>
            SubjectOf(text, start, end, position, anchored: true, out _);

        private string? SubjectOf(string text, int start, int end, long position, bool anchored, out bool group)
        {
            group = false;
            long clauseStart = position - (end - start);
            List<(int Start, int End)> parts = SubjectParts(text, start, end);
            if (parts.Count == 0 || (anchored && parts[0].Start > SpeakerNormaliser.Trim(text, start, end).Start))
            {
                return null;
            }

            // "… đã bị TAND Cấp cao tuyên hủy": the agent of a passive verb is its subject.
            (int s, int e) last = parts[parts.Count - 1];
            if (PassiveAgent(text, last.s, last.e, position, clauseStart) is { } agent)
            {
                return agent;
            }

            var readings = new List<SubjectReading>(parts.Count);
            foreach ((int s, int e) in parts)
            {
                readings.Add(SpeakerNormaliser.Read(text, s, e, _people.Words, _people.Keys));
            }

            foreach (SubjectReading reading in readings)
            {
                if (reading.IsNamedWithHonorific && Resolve(reading, position, clauseStart, out _) is { } speaker)
                {
                    return speaker;
                }
            }

            foreach (SubjectReading reading in readings)
            {
                if (reading.Kind == SubjectKind.Person && Resolve(reading, position, clauseStart, out _) is { } speaker)
                {
                    return speaker;
                }
            }

            // "Quyết định này được đưa ra sau hai tuần đại diện pháp lý của X yêu cầu": a subject with a predicate of
            // its own before the verb is not the verb's; the noun phrase right before the verb is.
            if (!anchored && parts.Count == 1 && readings[0].Kind == SubjectKind.Phrase && HasOwnPredicate(text, last.s, last.e)
                && Resolve(NounPhraseBefore(text, last.s, last.e), position, clauseStart, out SubjectKind nearerKind) is { } nearer)
            {
                group = nearerKind == SubjectKind.Phrase;
                return nearer;
            }

            string? head = Resolve(readings[0], position, clauseStart, out SubjectKind kind);
            for (int k = 1; head is null && k < readings.Count; k++)
            {
                // "… ngày 23/11/2012, Đại tướng viết": when what comes first names nobody, a title after it is the subject.
                if (readings[k].Kind is SubjectKind.Pronoun or SubjectKind.Title)
                {
                    head = Resolve(readings[k], position, clauseStart, out kind);
                }
            }

            head ??= anchored ? null : Resolve(NounPhraseBefore(text, last.s, last.e), position, clauseStart, out kind);
            group = head is not null && kind == SubjectKind.Phrase;
            return head;
        }

        // The subject and its appositions, walking back from the verb: parts are set off by commas, semicolons, dashes
        // set off with a space, and the words that open a new clause ("thì", "và"); a bracket is one piece with what it
        // follows. Parts that only carry the predicate ("được dẫn lời") are passed over; an apposition (a part that
        // opens with a role, or follows a dash) sends the walk on to the part before; an adverbial opening ("Trong
        // phát biểu …") ends it.
        private static List<(int Start, int End)> SubjectParts(string text, int start, int end)
        {
            // "báo cáo … do Chủ nhiệm X trình bày": the relative clause names the presenter, not the subject.
            for (int d = start + 1; d < end; d++)
            {
                int agent = Clauses.SkipSpaces(text, d + 2);
                if (TextRules.WordAt(text, d, "do") && agent < end && (char.IsUpper(text[agent]) || AppositionOpeners.MatchAt(text, agent) > 0)
                    && SpeakerNormaliser.Trim(text, start, d) is var (before, beforeEnd) && beforeEnd > before)
                {
                    end = d;
                    break;
                }
            }

            // "X - hiệu trưởng trường Y, đơn vị …. - nói": what two dashes enclose is one apposition, commas and all.
            (int s, int e) range = SpeakerNormaliser.Trim(text, start, end);
            int closing = range.e < end && TextRules.IsDash(text[range.e]) ? range.e : -1;
            int opening = closing > start ? LastSpacedDash(text, start, closing) : -1;
            if (opening > start)
            {
                List<(int Start, int End)> before = SubjectParts(text, start, opening);
                (int s, int e) apposition = SpeakerNormaliser.Trim(text, opening + 1, closing);
                if (before.Count > 0 && apposition.e > apposition.s)
                {
                    before.Add(apposition);
                    return before;
                }
            }

            var parts = new List<(int Start, int End)>();
            int partEnd = end;
            int k = end - 1;
            while (k >= start - 1 && parts.Count < MaxSubjectParts)
            {
                if (k >= start && text[k] == ')')
                {
                    int open = text.LastIndexOf('(', k, k - start + 1);
                    k = open > start ? open - 1 : k - 1;
                    continue;
                }

                int separator = k >= start ? SeparatorEndingAt(text, start, k) : 0;
                if (k >= start && separator == 0)
                {
                    k--;
                    continue;
                }

                (int s, int e) = SpeakerNormaliser.Trim(text, k + 1, partEnd);
                bool afterDash = k >= start && TextRules.IsDash(text[k]);
                bool clauseBreak = separator > 1;
                partEnd = k - System.Math.Max(separator, 1) + 1;
                k = partEnd - 1;
                // Passed over: what only carries the predicate ("được dẫn lời", "trích dẫn nguồn tin") or only joins it
                // to what came before ("đồng thời").
                if (e <= s || (parts.Count == 0 && ((SpeakerNormaliser.PredicateOpenerAt(text, s) > 0 && Connectives.MatchAt(text, s) == 0)
                    || Connectives.MatchAt(text, s) == e - s)))
                {
                    continue;
                }

                if (parts.Count > 0 && (Adverbials.MatchAt(text, s) > 0 || SentenceAdverbials.MatchAt(text, s) > 0))
                {
                    break;
                }

                // "…, để giải thích": a clause of purpose has no subject of its own.
                if (parts.Count == 0 && Purposes.MatchAt(text, s) > 0)
                {
                    break;
                }

                parts.Insert(0, (s, e));
                if (clauseBreak || k < start || !(afterDash || AppositionOpeners.MatchAt(text, s) > 0 || NamedPersonBefore(text, start, k)))
                {
                    break;
                }
            }

            return parts;
        }

        // Whether the part that ends at `k` (a comma) names a person by an honorific or a title ("Đại tá X, Phó Thủ trưởng
        // …, cho rằng"): what follows it is an apposition.
        private static bool NamedPersonBefore(string text, int start, int k)
        {
            if (k <= start)
            {
                return false;
            }

            int partStart = k;
            while (partStart > start && text[partStart - 1] != ',' && !TextRules.IsDash(text[partStart - 1]))
            {
                partStart--;
            }

            (int s, int e) = SpeakerNormaliser.Trim(text, partStart, k);
            return e > s && (AppositionOpeners.MatchAt(text, s) > 0 || TitledName.IsMatch(text.Substring(s, e - s)));
        }

        private static int LastSpacedDash(string text, int start, int end)
        {
            for (int k = end - 1; k > start; k--)
            {
                if (TextRules.IsDash(text[k]) && TextRules.IsSpace(text[k - 1]) && k + 1 < text.Length && TextRules.IsSpace(text[k + 1]))
                {
                    return k;
                }
            }

            return -1;
        }

        // The length of the separator that ends at text[k]: 1 for a comma, semicolon or spaced dash, the word's length
        // for a word that opens a clause ("thì", "trong khi"), 0 for none.
        private static int SeparatorEndingAt(string text, int start, int k)
        {
            if (text[k] is ',' or ';' || (TextRules.IsDash(text[k])
                && ((k > 0 && TextRules.IsSpace(text[k - 1])) || (k + 1 < text.Length && TextRules.IsSpace(text[k + 1])))))
            {
                return 1;
            }

            if (k + 1 < text.Length && TextRules.IsWordChar(text[k + 1]))
            {
                return 0;
            }

            int wordStart = ClauseBreaks.MatchEndingAt(text, k + 1);
            return wordStart > start ? k + 1 - wordStart : 0;
        }

        // "… bị X tuyên hủy", "… được X ghi nhận": X, when it names someone who can speak.
        private string? PassiveAgent(string text, int start, int end, long position, long clauseStart)
        {
            for (int k = end - 1; k > start; k--)
            {
                int marker = Passives.MatchAt(text, k);
                if (marker == 0)
                {
                    continue;
                }

                SubjectReading agent = SpeakerNormaliser.Read(text, k + marker, end, _people.Words, _people.Keys);
                return agent.Kind is SubjectKind.Person or SubjectKind.Phrase or SubjectKind.Title ? Resolve(agent, position, clauseStart, out _) : null;
            }

            return null;
        }

        // Whether the subject in [start, end) stops at a predicate of its own before `end`: "Quyết định này được đưa ra …".
        private static bool HasOwnPredicate(string text, int start, int end)
        {
            (int s, int e) = SpeakerNormaliser.Trim(text, start, end);
            int subjectEnd = SpeakerNormaliser.SubjectEnd(text, s, e);
            int next = Clauses.SkipSpaces(text, subjectEnd);
            return subjectEnd < e && next < e && SpeakerNormaliser.PredicateOpenerAt(text, next) > 0;
        }

        // The noun phrase that ends a part, read back from its end to a word that starts a predicate: "xăng chưa được
        // tăng giá Công văn" gives "Công văn", for a clause whose subject is not at its start.
        private SubjectReading NounPhraseBefore(string text, int start, int end)
        {
            end = SpeakerNormaliser.WithoutTrailingPredicate(text, start, end);
            int k = end;
            int from = end;
            while (k > start)
            {
                int wordEnd = k;
                while (wordEnd > start && !TextRules.IsWordChar(text[wordEnd - 1]))
                {
                    wordEnd--;
                }

                int wordStart = wordEnd;
                while (wordStart > start && TextRules.IsWordChar(text[wordStart - 1]))
                {
                    wordStart--;
                }

                if (wordStart == wordEnd || SpeakerNormaliser.PredicateOpenerAt(text, wordStart) > 0 || wordEnd < k && text[wordEnd] != ' ')
                {
                    break;
                }

                from = wordStart;
                k = wordStart;
            }

            for (int h = from; h < end; h++)
            {
                if ((h == from || !TextRules.IsWordChar(text[h - 1])) && (char.IsUpper(text[h]) || AppositionOpeners.MatchAt(text, h) > 0 || Heads.MatchAt(text, h) > 0))
                {
                    if (from == start && h == start)
                    {
                        return SubjectReading.Nothing;
                    }

                    // Only a person or a speaking noun, not any capitalised word: "… của Nhật Bản đối với đảo Senkaku".
                    SubjectReading reading = SpeakerNormaliser.Read(text, h, end, _people.Words, _people.Keys);
                    return reading.Kind == SubjectKind.Person || Heads.MatchAt(text, h) > 0 ? reading : SubjectReading.Nothing;
                }
            }

            return SubjectReading.Nothing;
        }

        /// <summary>The speaker a whole phrase names (after <c>Theo</c>, after <c>của</c>, a caption's name), or null.</summary>
        public string? Named(string text, int start, int end, long position) =>
            Resolve(SpeakerNormaliser.Read(text, start, end, _people.Words, _people.Keys), position, position, out _);

        /// <summary>Whether text[start, end) reads as a subject at all (the shape of an attribution, whoever it names).</summary>
        public bool IsSubject(string text, int start, int end) =>
            SpeakerNormaliser.Read(text, start, end, _people.Words, _people.Keys).Kind != SubjectKind.None;

        /// <summary>
        /// The person a sentence is about, when its subject names one: the first part of [start, end) that is not an
        /// adverbial, read as a subject ("Ngoài công nghệ, ông Belousov còn thay đổi …" gives Andrey Belousov). Null
        /// when the subject is not a person.
        /// </summary>
        public string? TopicOf(string text, int start, int end, long position)
        {
            int partStart = start;
            for (int k = start; k <= end && k - start < TopicReach; k++)
            {
                if (k < end && text[k] != ',')
                {
                    continue;
                }

                (int s, int e) = SpeakerNormaliser.Trim(text, partStart, k);
                partStart = k + 1;
                if (e <= s || Adverbials.MatchAt(text, s) > 0 || SentenceAdverbials.MatchAt(text, s) > 0)
                {
                    continue;
                }

                // Only a subject that opens with a capital or a title can name a person; read no other.
                if (!char.IsUpper(text[s]) && AppositionOpeners.MatchAt(text, s) == 0)
                {
                    return null;
                }

                SubjectReading reading = SpeakerNormaliser.Read(text, s, e, _people.Words, _people.Keys);
                return reading.Kind == SubjectKind.Person && reading.Mention.Start == s ? Resolve(reading, position, position, out _) : null;
            }

            return null;
        }

        private string? Resolve(SubjectReading reading, long position, long clauseStart, out SubjectKind kind)
        {
            string? speaker;
            kind = reading.Kind;
            switch (reading.Kind)
            {
                case SubjectKind.Person:
                    speaker = _people.Resolve(reading.Mention, position);
                    break;
                case SubjectKind.Pronoun:
                    speaker = ResolvePronoun(reading.Mention.Honorific, position, clauseStart);
                    kind = SubjectKind.Person;
                    break;
                case SubjectKind.Group:
                    speaker = LastGroupBefore(position);
                    kind = SubjectKind.Phrase;
                    break;
                case SubjectKind.Title:
                    speaker = _people.Resolve(reading.Mention, position);
                    if (speaker is not null)
                    {
                        kind = SubjectKind.Person;
                    }
                    else if (PersonFinder.IsOfficeTitle(reading.Mention.Title!))
                    {
                        // An office nobody in the article holds is kept as written: "Thẩm phán".
                        speaker = reading.Phrase;
                    }

                    break;
                case SubjectKind.Phrase:
                    // "Hong cho hay": one capitalised word that ends or starts a full name met in the article.
                    speaker = reading.Phrase.IndexOf(' ') < 0 ? _people.KnownFullName(reading.Phrase, position) ?? reading.Phrase : reading.Phrase;
                    if (speaker != reading.Phrase)
                    {
                        kind = SubjectKind.Person;
                    }

                    break;
                default:
                    return null;
            }

            return SpeakerValidator.IsValid(speaker, kind) ? speaker : null;
        }

        // A pronoun stands for someone named earlier in its own sentence ("… được Tổng thống Putin ghi nhận, khi ông nhấn
        // mạnh"), else for the person the sentences before it are about, in this paragraph or the one before, when the
        // pronoun fits them, else for the last person named it fits.
        private string? ResolvePronoun(string? honorific, long position, long clauseStart)
        {
            if (honorific is not null && PersonFinder.IsPronoun(honorific))
            {
                if (_people.LastNamedBetween(System.Math.Min(clauseStart, SentenceStart(position)), position, honorific) is { } inClause)
                {
                    return inClause;
                }

                foreach ((BlockReading block, int sentence) in SentencesBefore(position))
                {
                    if (block.TopicOf(sentence) is { } topic)
                    {
                        if (_people.CanBeCalled(topic, honorific))
                        {
                            return topic;
                        }

                        break;
                    }
                }
            }

            return _people.ResolvePronoun(honorific, position);
        }

        // Where the sentence that holds `position` starts, as a position.
        private long SentenceStart(long position)
        {
            int b = (int)(position >> 32);
            if (b >= _blocks.Count)
            {
                return position;
            }

            BlockReading block = _blocks[b];
            return block.Position(block.Sentences.StartOf(block.Sentences.IndexAt((int)position)));
        }

        // "Họ": the group or organisation that spoke last, in this paragraph or the one before.
        private string? LastGroupBefore(long position)
        {
            foreach ((BlockReading block, int sentence) in SentencesBefore(position))
            {
                if (block.IsGroupSpeaker(sentence))
                {
                    return block.SpeakerOf(sentence);
                }
            }

            return null;
        }

        // The sentences before the one that holds `position`, nearest first: the rest of its block, then the running
        // text block before it.
        private IEnumerable<(BlockReading Block, int Sentence)> SentencesBefore(long position)
        {
            int b = (int)(position >> 32);
            if (b >= _blocks.Count)
            {
                yield break;
            }

            BlockReading block = _blocks[b];
            for (int k = block.Sentences.IndexAt((int)position) - 1; k >= 0; k--)
            {
                yield return (block, k);
            }

            for (int p = b - 1; p >= 1 && b - p <= 3; p--)
            {
                if (_blocks[p].IsBody)
                {
                    for (int k = _blocks[p].Sentences.Count - 1; k >= 0; k--)
                    {
                        yield return (_blocks[p], k);
                    }

                    yield break;
                }
            }
        }

        // Commas, semicolons and dashes set off with a space ("X - Giám đốc Y - nói"), not a hyphen inside a word.
        private static bool IsPartSeparator(string text, int k) =>
            text[k] is ',' or ';' || (TextRules.IsDash(text[k])
                && ((k > 0 && TextRules.IsSpace(text[k - 1])) || (k + 1 < text.Length && TextRules.IsSpace(text[k + 1]))));

        // A part that describes the one before it: "chuyên gia tại …", "người đứng đầu …", "Giám đốc công ty …".
        private static bool IsApposition(string text, int start) => AppositionOpeners.MatchAt(text, start) > 0;
    }
}
