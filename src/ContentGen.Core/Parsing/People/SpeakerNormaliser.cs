using System.Collections.Generic;

namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// Reads one subject, the part of a clause before its verb of saying or after <c>Theo</c>, into what it names. Every
    /// candidate speaker of every attribution rule passes here: the words that are not part of a name are cut away —
    /// what another person said it through (<c>Reuters dẫn lời luật sư X</c>), openings (<c>Theo</c>, <c>Tuy
    /// nhiên</c>, <c>có</c>), what follows the subject (<c>đã phản ứng</c>, <c>cũng</c>, <c>ngày 20/5</c>), a bracketed
    /// apposition (<c>TS.Lê Văn Hùng (chuyên gia kinh tế)</c>), a glued classifier (<c>tờThe Financial Times</c>) —
    /// and honorifics and office titles, capitalised or not and with their organisation, are left to
    /// <see cref="PersonFinder"/> (<c>Phát ngôn viên Nhà Trắng Jay Carney</c> is Jay Carney).
    /// </summary>
    internal static class SpeakerNormaliser
    {
        private static readonly PhraseSet ReportedSpeech = PhraseSet.Of(LexiconLists.ReportedSpeechMarkers);
        private static readonly PhraseSet Leaders = PhraseSet.Of(LexiconLists.Connectives, LexiconLists.SentenceAdverbials, LexiconLists.SubjectLeaders);
        private static readonly PhraseSet PredicateOpeners = PhraseSet.Of(LexiconLists.PredicateOpeners);
        private static readonly PhraseSet Roles = PhraseSet.Of(LexiconLists.TitleHonorifics, LexiconLists.OfficeTitles);
        private static readonly PhraseSet TimeWords = PhraseSet.Of(LexiconLists.DatelineTimes);
        private static readonly PhraseSet WriterPronouns = PhraseSet.Of(LexiconLists.WriterPronouns);
        private static readonly PhraseSet GroupPronouns = PhraseSet.Of(LexiconLists.GroupPronouns);
        private static readonly PhraseSet Pronouns = PhraseSet.Of(LexiconLists.Pronouns);
        private static readonly PhraseSet MediaClassifiers = PhraseSet.Of(LexiconLists.MediaClassifiers);
        private static readonly PhraseSet ReverentPronouns = PhraseSet.Of(LexiconLists.ReverentPronouns);
        private static readonly PhraseSet SpeakingNouns = PhraseSet.Of(LexiconLists.SpeakingNouns);

        // A name inside a possessive or a prepositional phrase qualifies the subject, it is not the subject:
        // "Đại diện của Blake Lively", "phía luật sư với ông X".
        private static readonly PhraseSet Qualifiers = new(new[] { "của", "với", "cho", "về", "từ", "và" });

        /// <summary>Reads the subject in [start, end) of <paramref name="text"/> (NFC).</summary>
        public static SubjectReading Read(string text, int start, int end, PersonFinder.WordCache cache, ISet<string> known)
        {
            (int s, int e) = Trim(text, start, end);

            // "Reuters dẫn lời luật sư X": the words are X's; "X được dẫn lời": they are X's too.
            for (int k = s; k < e; k++)
            {
                int marker = ReportedSpeech.MatchAt(text, k);
                if (marker == 0)
                {
                    continue;
                }

                if (Trim(text, k + marker, e) is var (after, afterEnd) && afterEnd > after)
                {
                    s = after;
                    k = s;
                }
                else
                {
                    e = k;
                    break;
                }
            }

            (s, e) = Trim(text, s, e);
            for (int opening = Leaders.MatchAt(text, s); opening > 0 && s + opening < e; opening = Leaders.MatchAt(text, s))
            {
                (s, e) = Trim(text, s + opening, e);
            }

            e = SubjectEnd(text, s, e);
            (s, e) = Trim(text, s, e);
            if (e <= s)
            {
                return SubjectReading.Nothing;
            }

            // "tờThe Financial Times": the classifier glued to the name is not part of it.
            int classifier = MediaClassifierAt(text, s, e);
            if (classifier > s)
            {
                (s, e) = Trim(text, classifier, e);
            }

            string phrase = text.Substring(s, e - s);
            if (WriterPronouns.MatchAt(text, s) == e - s)
            {
                return SubjectReading.Nothing;
            }

            if (GroupPronouns.MatchAt(text, s) == e - s)
            {
                return new SubjectReading(SubjectKind.Group, default, phrase);
            }

            List<PersonMention> mentions = PersonFinder.Find(text, s, e, cache, known);
            foreach (PersonMention mention in mentions)
            {
                if (mention.Name is not null && !QualifiedBefore(text, s, mention.Start))
                {
                    return new SubjectReading(SubjectKind.Person, mention, phrase);
                }
            }

            if (mentions.Count > 0 && mentions[0].Start == s)
            {
                PersonMention first = mentions[0];
                if (first.Title is not null && first.Title != first.Honorific)
                {
                    return new SubjectReading(SubjectKind.Title, first, phrase);
                }

                // "ông", "Ông ấy", and an honorific that opens a clause without a name: "anh xóa sạch …". A profession
                // that also names a group ("nhà khoa học", "chuyên gia") alone is that group, as written.
                if (first.Honorific is not null && SpeakingNouns.MatchAt(text, s) == first.End - s)
                {
                    return new SubjectReading(SubjectKind.Phrase, default, phrase);
                }

                if (first.Honorific is not null)
                {
                    return new SubjectReading(SubjectKind.Pronoun, first, text.Substring(s, first.End - s));
                }
            }

            // A foreign name the whole subject consists of, with nothing around it: "CEO VKontakte - Pavel Durov - viết".
            if (mentions.Count == 0 && IsForeignName(text, s, e))
            {
                return new SubjectReading(SubjectKind.Person, new PersonMention(s, e, phrase, null), phrase);
            }

            // "theo lời dạy của Người": a pronoun of reverence for the person named before.
            if (ReverentPronouns.MatchAt(text, s) == e - s)
            {
                return new SubjectReading(SubjectKind.Pronoun, new PersonMention(s, e, null, TextRules.Key(phrase)), phrase);
            }

            return Pronouns.MatchAt(text, s) == e - s
                ? SubjectReading.Nothing
                : new SubjectReading(SubjectKind.Phrase, default, phrase);
        }

        /// <summary>
        /// Whether a word that starts what is said of a subject ("đã", "được", "bị") stands at <paramref name="at"/>, and
        /// not the start of a longer title ("bị cáo", "được" in no title): its length, or 0.
        /// </summary>
        public static int PredicateOpenerAt(string text, int at)
        {
            int opener = PredicateOpeners.MatchAt(text, at);
            return opener > 0 && Roles.MatchAt(text, at) <= opener ? opener : 0;
        }

        /// <summary>
        /// Where a subject that starts at <paramref name="start"/> ends: before the first word that starts what is said
        /// of it ("đã", "cũng", "được"), a time ("ngày 20/5", "tháng trước") or a bracket.
        /// </summary>
        public static int SubjectEnd(string text, int start, int end)
        {
            int k = start;
            while (k < end && TextRules.IsWordChar(text[k]))
            {
                k++;
            }

            for (; k < end; k++)
            {
                if (text[k] == '(')
                {
                    return k;
                }

                if (TextRules.IsWordChar(text[k]) && !TextRules.IsWordChar(text[k - 1]))
                {
                    int opener = PredicateOpenerAt(text, k);
                    if (opener > 0 && (TimeWords.MatchAt(text, k) == 0 || IsTimeExpression(text, k + opener, end)))
                    {
                        return k;
                    }
                }
            }

            return end;
        }

        /// <summary>
        /// [start, end) without the words that end it and belong to what is said of the subject: "… Robert F. Kennedy Jr.
        /// ngày 20/5 đã" gives "… Robert F. Kennedy Jr.".
        /// </summary>
        public static int WithoutTrailingPredicate(string text, int start, int end)
        {
            for (int k = start; k < end; k++)
            {
                if ((k == start || !TextRules.IsWordChar(text[k - 1])) && TextRules.IsWordChar(text[k]))
                {
                    int opener = PredicateOpenerAt(text, k);
                    if (opener > 0 && (TimeWords.MatchAt(text, k) == 0 || IsTimeExpression(text, k + opener, end)) && OnlyPredicateAfter(text, k, end))
                    {
                        return k;
                    }
                }
            }

            return end;
        }

        // Whether every word from `at` to `end` is a word that starts a predicate, a time, or a number ("ngày 20/5 đã").
        private static bool OnlyPredicateAfter(string text, int at, int end)
        {
            for (int k = at; k < end; k++)
            {
                if ((k == at || !TextRules.IsWordChar(text[k - 1])) && char.IsLetter(text[k]) && PredicateOpenerAt(text, k) == 0
                    && !IsTimeExpressionWord(text, k))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsTimeExpressionWord(string text, int at) =>
            TextRules.WordAt(text, at, "nay") || TextRules.WordAt(text, at, "qua") || TextRules.WordAt(text, at, "trước") || TextRules.WordAt(text, at, "này");

        // After a time word: a number or a word that makes it a time ("ngày 20/5", "tháng trước", "hôm qua").
        private static bool IsTimeExpression(string text, int at, int end)
        {
            int k = at;
            while (k < end && TextRules.IsSpace(text[k]))
            {
                k++;
            }

            if (k >= end)
            {
                return false;
            }

            if (char.IsDigit(text[k]))
            {
                return true;
            }

            foreach (string word in new[] { "nay", "qua", "trước", "sau", "này", "tới", "rồi", "đó", "ấy" })
            {
                if (TextRules.WordAt(text, k, word))
                {
                    return true;
                }
            }

            return false;
        }

        // Two to four capitalised words without Vietnamese letters, at least one foreign in shape: "Pavel Durov".
        private static bool IsForeignName(string text, int start, int end)
        {
            string[] words = text.Substring(start, end - start).Split(' ');
            if (words.Length < 2 || words.Length > 4)
            {
                return false;
            }

            bool foreign = false;
            foreach (string word in words)
            {
                if (word.Length == 0 || !char.IsUpper(word[0]) || NameShape.HasVietnameseLetter(word))
                {
                    return false;
                }

                foreign |= NameShape.IsForeignWord(word);
            }

            return foreign;
        }

        private static bool QualifiedBefore(string text, int start, int at)
        {
            for (int k = start; k < at; k++)
            {
                if (Qualifiers.MatchAt(text, k) > 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static int MediaClassifierAt(string text, int start, int end)
        {
            foreach (string classifier in MediaClassifiers.Phrases)
            {
                int after = start + classifier.Length;
                if (after < end && string.Compare(text, start, classifier, 0, classifier.Length, System.StringComparison.OrdinalIgnoreCase) == 0)
                {
                    int k = after;
                    while (k < end && TextRules.IsSpace(text[k]))
                    {
                        k++;
                    }

                    if (k < end && char.IsUpper(text[k]))
                    {
                        return k;
                    }
                }
            }

            return -1;
        }

        /// <summary>[start, end) without surrounding spaces, commas, dashes, colons and quotation marks.</summary>
        public static (int Start, int End) Trim(string text, int start, int end)
        {
            while (start < end && IsEdge(text[start]))
            {
                start++;
            }

            while (end > start && IsEdge(text[end - 1]))
            {
                end--;
            }

            return (start, end);
        }

        private static bool IsEdge(char c) =>
            TextRules.IsSpace(c) || TextRules.IsDash(c) || c is ',' or ':' or ';' or '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or ')';
    }
}
