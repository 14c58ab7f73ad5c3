using System;
using System.Collections.Generic;

namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// Finds what a metric measures, one rule for every metric: the noun phrase right before its verb (<c>Thu ngân
    /// sách đạt 145%</c>, <c>căn nhà rộng 3 m</c>) or right before the number (<c>với tổng diện tích 300 ha</c>); the
    /// noun after it when a verb of taking or giving stands before it (<c>kiểm soát thêm 300 km² lãnh thổ</c>); the
    /// label of the metric it continues or restates (<c>…, tăng 8,3%</c>, <c>(khoảng 17.000 USD)</c>); else the
    /// subject of its sentence. Never a verb, an approximation, a connective or a whole clause: null rather than a
    /// fragment.
    /// </summary>
    internal static class LabelFinder
    {
        private const int MaxLabelWords = 10;

        // How long a term in quotation marks inside a label may be: "tỷ lệ “hoa hồng”".
        private const int MaxTermWords = 4;
        private const int MaxTermLength = 40;

        // How many words the agent of a passive may have: "được Tập đoàn VBĐQ DOJI niêm yết".
        private const int MaxAgentWords = 6;

        // How many words a noun phrase before a number is read back over before it is cut to its head.
        private const int MaxRawWords = 14;

        // A label sits close to its metric; looking further back only finds long clauses with no clear subject.
        private const int MaxClauseLength = 300;

        // How many words may stand between a metric and the bracket of the one that restates it: "17.051 USD mỗi m2 (…)".
        private const int MaxWordsBeforeRestatement = 3;

        private static readonly PhraseSet Verbs = PhraseSet.Of(LexiconLists.LabelVerbs);
        private static readonly PhraseSet Links = PhraseSet.Of(LexiconLists.LabelLinks);
        private static readonly PhraseSet ObjectVerbs = PhraseSet.Of(LexiconLists.LabelObjectVerbs);
        private static readonly PhraseSet VerbNouns = PhraseSet.Of(LexiconLists.LabelVerbNouns);
        private static readonly PhraseSet Generic = PhraseSet.Of(LexiconLists.LabelGenericNouns);
        private static readonly PhraseSet Heads = PhraseSet.Of(LexiconLists.LabelHeads);
        private static readonly PhraseSet LeadingConnectors = PhraseSet.Of(LexiconLists.LabelLeadingConnectives, LexiconLists.SentenceAdverbials);
        private static readonly PhraseSet ClauseOpenings = PhraseSet.Of(LexiconLists.LabelLeadingConnectives);
        private static readonly PhraseSet Adverbials = PhraseSet.Of(LexiconLists.AdverbialOpeners, LexiconLists.SentenceAdverbials);
        private static readonly PhraseSet TimeWords = PhraseSet.Of(LexiconLists.DatelineTimes);
        private static readonly PhraseSet TimeUnits = new(new[] { "tháng", "năm", "ngày", "tuần", "quý", "giờ", "phút" });
        private static readonly PhraseSet Periods = new(new[] { "tháng", "năm", "ngày", "tuần", "quý", "giờ", "phút", "đợt", "phiên", "kỳ", "giai đoạn", "mùa" });
        private static readonly PhraseSet SpeechVerbs = PhraseSet.Of(LexiconLists.SpeechVerbs);
        private static readonly PhraseSet FunctionWords = PhraseSet.Of(LexiconLists.FunctionWords);

        // What ends a noun phrase read back from a number: what starts a predicate, verbs of every kind, connectives.
        private static readonly PhraseSet Boundaries = PhraseSet.Of(
            LexiconLists.LabelBoundaries, LexiconLists.LabelVerbs, LexiconLists.LabelObjectVerbs, LexiconLists.ViewVerbs,
            LexiconLists.LabelReportingVerbs, LexiconLists.Pronouns, LexiconLists.NamingVerbs);

        // Boundaries that are no verb: auxiliaries, conjunctions, copulas.
        private static readonly PhraseSet Connecting = PhraseSet.Of(LexiconLists.LabelBoundaries);
        private static readonly PhraseSet Pronouns = PhraseSet.Of(LexiconLists.Pronouns);
        private static readonly PhraseSet PronounHonorifics = PhraseSet.Of(LexiconLists.PronounHonorifics);
        private static readonly PhraseSet Lone = PhraseSet.Of(LexiconLists.PronounHonorifics, LexiconLists.Pronouns, LexiconLists.WriterPronouns, LexiconLists.Determiners);
        // Words after which what was read is a relative clause of the noun before them, read on past: "giá vàng SJC
        // được Tập đoàn DOJI niêm yết …", "một trang web do những người ủng hộ ông lập ra …", "giá cơ sở vượt giá hiện hành".
        private static readonly PhraseSet ReadPast = new(new[] { "được", "bị", "do" });
        private static readonly PhraseSet Comparisons = PhraseSet.Of(LexiconLists.LabelComparisons, LexiconLists.LabelDistances);
        private static readonly PhraseSet Distances = PhraseSet.Of(LexiconLists.LabelDistances);

        // Prepositions and conjunctions that stay inside a noun phrase: "tổng GDP của cả nước", "giá vàng trong nước",
        // "giá sơ cấp biệt thự và nhà liền kề", "trần nợ công đến năm 2015".
        private static readonly PhraseSet Inside = new(new[] { "của", "và", "trong", "tại", "ở", "trên", "từ", "đến", "về", "cho" });

        // Words that open what a noun is not: a preposition, a comparison, a nominaliser.
        private static readonly PhraseSet NotFollowing = new(new[]
        {
            "so với", "so", "mỗi", "một", "trong", "tại", "ở", "trên", "từ", "đến", "vào", "do", "để", "nhằm", "khi", "sau", "trước",
            "theo", "với", "cho", "là", "và", "về", "dành", "dành cho", "tương đương", "tăng", "giảm", "tùy", "xây dựng", "xây", "mua", "bán",
        });

        // Prepositions that end a noun phrase read after a number: "5.000 héc ta rừng tại khu vực lân cận".
        private static readonly PhraseSet Locatives = new(new[] { "tại", "ở", "trong", "trên", "từ", "cho", "với", "thông qua", "bằng" });

        // Auxiliaries after which a lone word is a verb: "đã chi", "sẽ nộp".
        private static readonly PhraseSet Auxiliaries = new(new[] { "đã", "sẽ", "đang", "cũng", "vẫn", "có thể", "mới", "vừa", "không", "chưa", "đều" });

        // Words by which a verb has no subject before it: "việc giảm 20% nhân sự".
        private static readonly PhraseSet Nominalisers = new(new[] { "việc", "sự" });

        // Words after a noun that point at it: "trong đợt điều chỉnh đó", "mức phí này".
        private static readonly PhraseSet Demonstratives = new(new[] { "đó", "này", "kia", "ấy", "nọ" });

        private static readonly PhraseSet Possessive = new(new[] { "của" });
        private static readonly PhraseSet Conjunction = new(new[] { "và" });

        // What a label too long loses first: a trailing place, then a possessor, then what "và" adds.
        private static readonly PhraseSet[] Cuts = { Locatives, Possessive, Conjunction };

        private static readonly char[] ClauseMarks = { ')', ',', ';' };

        /// <summary>The range [Start, End) of <paramref name="text"/> that labels the metric at [<paramref name="metricStart"/>, <paramref name="metricEnd"/>), or null.</summary>
        /// <param name="text">The paragraph (NFC).</param>
        /// <param name="metricStart">Offset of the metric.</param>
        /// <param name="metricEnd">Offset just after the metric.</param>
        /// <param name="textStart">Where the paragraph's own words start (after an outlet tag such as "TTO - ").</param>
        /// <param name="earlier">The metrics of the paragraph before this one, in order, with their labels.</param>
        public static (int Start, int End)? Find(string text, int metricStart, int metricEnd, int textStart, IReadOnlyList<LabelledMetric> earlier)
        {
            int sentenceStart = SentenceStart(text, metricStart, textStart);

            // "(khoảng 17.000 USD)", "(tương đương 7,8%)": a bracket that holds only the metric restates the metric before
            // it, or what precedes it; a bracket that says more ("(Vinamilk góp 570 tỷ đồng)") is a clause of its own.
            int open = OpenBracketBefore(text, metricStart, sentenceStart);
            if (open >= 0)
            {
                if (OnlyLinks(text, open + 1, metricStart))
                {
                    // "(tăng 78% công suất)": a noun after the number inside the bracket says what it measures.
                    int close = text.IndexOf(')', metricEnd);
                    if (close > 0 && NounAfter(text, metricEnd) is { } inside && inside.End <= close)
                    {
                        return inside;
                    }

                    return InBracket(text, open, sentenceStart, textStart, earlier);
                }

                sentenceStart = open + 1;
            }

            // Approximations, adverbs and the verb between what is measured and the number (and a bare number: "dao
            // động từ 30.000-50.000 (…)").
            int linkStart = metricStart;
            bool verb = false;
            bool nominalised = false;
            while (true)
            {
                int before = SkipSpacesBack(text, linkStart, sentenceStart);
                int link = Links.MatchEndingAt(text, before);
                int measure = Verbs.MatchEndingAt(text, before);
                if (measure >= sentenceStart && !IsNounAt(text, measure, before) && (link < 0 || measure <= link))
                {
                    verb = true;
                    linkStart = measure;
                    nominalised = Nominalisers.MatchEndingAt(text, SkipSpacesBack(text, measure, sentenceStart)) >= 0;
                    continue;
                }

                if (link >= sentenceStart)
                {
                    linkStart = link;
                    continue;
                }

                int number = NumberEndingAt(text, before, sentenceStart);
                if (number >= 0 && linkStart == metricStart && number < before)
                {
                    linkStart = number;
                    continue;
                }

                break;
            }

            (int s, int e)? left = NounPhraseBefore(text, linkStart, sentenceStart, earlier, !verb, out int stop, out bool distance);
            bool objectVerb = stop >= 0 && left is null && (ObjectVerbs.MatchAt(text, stop) > 0 || Auxiliaries.MatchAt(text, stop) > 0);

            // "đưa cho Long 200 triệu đồng": who receives it is not what is measured; the giver is.
            int recipient = SkipSpacesForward(text, stop >= 0 ? stop + Math.Max(ObjectVerbs.MatchAt(text, stop), 0) : linkStart, linkStart);
            if (left is not null && stop >= 0 && ObjectVerbs.MatchAt(text, stop) > 0 && TextRules.WordAt(text, recipient, "cho"))
            {
                left = null;
                objectVerb = true;
            }

            // "có nhu cầu bán bớt 5 ha đất": after a verb of taking or giving, the noun after the number is measured.
            bool objectLast = left is { } l && ObjectVerbs.MatchEndingAt(text, l.e) is int taking && taking >= l.s && !IsListedNoun(text, taking, l.e);

            // "bằng 50% tổng GDP": what a number is compared with follows it.
            bool comparison = HasWord(text, linkStart, metricStart, "bằng");

            // "1.500 tỷ đồng thu mua sữa tươi" (a headline): a number that opens its clause is named by what follows it.
            bool opening = left is null && SkipSpacesBack(text, linkStart, sentenceStart) == sentenceStart;
            // "HPG đạt 4.194,8 tỷ đồng doanh thu thuần": a name before the verb is who has the amount; the noun after the
            // number is what it is.
            bool named = left is { } n && StartsWithName(text, n.s, n.e);
            if ((left is null || comparison || objectLast || named) && (!verb || nominalised || objectVerb || comparison || objectLast || named)
                && NounAfter(text, metricEnd, opening) is { } after)
            {
                return after;
            }

            if (left is { } found)
            {
                return found;
            }

            // "nằm cạnh con rạch, cách đường lớn 500 m": a distance from a place measures the subject of the sentence.
            if (distance)
            {
                return SentenceSubject(text, sentenceStart, linkStart);
            }

            // "Vinamilk góp 570 tỷ đồng": with nothing after it, the object of a verb of giving is measured for who gives.
            if (objectVerb && NounPhraseBefore(text, WithoutLinksBefore(text, stop, sentenceStart), sentenceStart, earlier, true, out _, out _) is { } giver)
            {
                return giver;
            }

            // "…, tăng 8,3%": the metric continues the one before it in the sentence.
            for (int k = earlier.Count - 1; k >= 0; k--)
            {
                if (earlier[k].End <= sentenceStart)
                {
                    break;
                }

                if (earlier[k].Label is { } carried)
                {
                    return carried;
                }
            }

            return SentenceSubject(text, sentenceStart, linkStart);
        }

        private static bool HasWord(string text, int start, int end, string word)
        {
            for (int k = start; k < end; k++)
            {
                if (TextRules.WordAt(text, k, word))
                {
                    return true;
                }
            }

            return false;
        }

        // Where the links before `end` start: "LHQ mới chỉ nhận được" read back from "nhận" gives the end of "LHQ".
        private static int WithoutLinksBefore(string text, int end, int limit)
        {
            int k = end;
            while (true)
            {
                int before = SkipSpacesBack(text, k, limit);
                int link = Math.Max(Links.MatchEndingAt(text, before), Auxiliaries.MatchEndingAt(text, before));
                if (link < limit || link >= before)
                {
                    return k;
                }

                k = link;
            }
        }

        // Whether [start, end) holds nothing but words that link a number to what it measures ("khoảng", "tương đương").
        private static bool OnlyLinks(string text, int start, int end)
        {
            int k = SkipSpacesBack(text, end, start);
            while (k > start)
            {
                int link = Math.Max(Links.MatchEndingAt(text, k), Verbs.MatchEndingAt(text, k));
                if (link < start)
                {
                    return false;
                }

                k = SkipSpacesBack(text, link, start);
            }

            return true;
        }

        // A metric in brackets: the label of a metric right before the bracket, a name right before it ("Verosa Park
        // (65–100 triệu đồng)"), or the label the bracket's place would have.
        private static (int Start, int End)? InBracket(string text, int open, int sentenceStart, int textStart, IReadOnlyList<LabelledMetric> earlier)
        {
            int before = SkipSpacesBack(text, open, sentenceStart);
            for (int k = earlier.Count - 1; k >= 0; k--)
            {
                if (earlier[k].End <= before && earlier[k].End >= sentenceStart
                    && TextRules.CountWords(text.Substring(earlier[k].End, before - earlier[k].End)) <= MaxWordsBeforeRestatement
                    && text.IndexOfAny(ClauseMarks, earlier[k].End, before - earlier[k].End) < 0)
                {
                    return earlier[k].Label;
                }
            }

            int nameStart = before;
            int words = 0;
            while (words < 4)
            {
                int wordStart = WordStartBefore(text, nameStart, sentenceStart);
                if (wordStart < 0 || !char.IsUpper(text[wordStart]))
                {
                    break;
                }

                nameStart = SkipSpacesBack(text, wordStart, sentenceStart);
                words++;
            }

            if (words > 0)
            {
                int start = SkipSpacesForward(text, nameStart, before);
                if (Boundaries.MatchAt(text, start) == 0)
                {
                    return (start, before);
                }
            }

            return open > textStart ? Find(text, open, open, textStart, earlier) : null;
        }

        // The noun phrase that ends at `end`, read back to a boundary: punctuation, a spaced dash, a verb, a connective,
        // another metric. `stop` is where the boundary word that ended the reading starts (-1 for punctuation). A
        // passive "được"/"bị" is read past: "giá vàng SJC được Tập đoàn DOJI niêm yết ở mức …" measures the price.
        private static (int Start, int End)? NounPhraseBefore(string text, int end, int sentenceStart, IReadOnlyList<LabelledMetric> earlier, bool comparing, out int stop, out bool distance)
        {
            stop = -1;
            distance = false;
            int e = SkipSpacesBack(text, end, sentenceStart);

            // A verb right before another verb or an auxiliary is a noun: "các nước tài trợ cam kết …", "danh sách đầu tư
            // đã chi …".
            int following = SkipSpacesForward(text, end, text.Length);
            bool beforeVerb = Verbs.MatchAt(text, following) > 0 || ObjectVerbs.MatchAt(text, following) > 0 || Auxiliaries.MatchAt(text, following) > 0;
            int s = e;
            int words = 0;
            while (words < MaxRawWords)
            {
                int at = SkipSpacesBack(text, s, sentenceStart);
                if (at <= sentenceStart)
                {
                    s = sentenceStart;
                    break;
                }

                char c = text[at - 1];
                if (QuotedTermStart(text, at - 1, sentenceStart) is int quote and >= 0)
                {
                    s = quote;
                    words++;
                    continue;
                }

                if (c == ')')
                {
                    int bracket = text.LastIndexOf('(', at - 1, at - sentenceStart);
                    if (bracket < 0)
                    {
                        break;
                    }

                    s = bracket;
                    continue;
                }

                if ((!TextRules.IsWordChar(c) && c is not ('$' or '%' or '/' or '.' or '-')) || (TextRules.IsDash(c) && at >= 2 && TextRules.IsSpace(text[at - 2])))
                {
                    break;
                }

                int wordStart = WordStartBefore(text, at, sentenceStart);
                if (wordStart < 0 || OverlapsMetric(earlier, wordStart, at))
                {
                    break;
                }

                // A capitalised word inside a sentence is a name ("Cần Thơ"), never a boundary word.
                int boundary = Boundaries.MatchEndingAt(text, at);
                if (boundary >= 0 && Connecting.MatchAt(text, boundary) != at - boundary && Pronouns.MatchAt(text, boundary) != at - boundary
                    && ((words == 0 && beforeVerb) || (words == 1 && Demonstratives.MatchAt(text, s) > 0)))
                {
                    boundary = -1;
                }

                // "giá cơ sở vượt giá hiện hành trên 200 đồng": the difference measures what is compared; with a verb of
                // measuring after it ("vượt quá trần nợ công … là 65%") the comparison ends the phrase.
                int comparison = Comparisons.MatchEndingAt(text, at);
                if (comparison >= 0 && !comparing)
                {
                    boundary = Math.Max(boundary, comparison);
                    comparison = -1;
                }

                bool name = char.IsUpper(text[wordStart]) && wordStart > sentenceStart + 1;
                bool inside = Inside.MatchEndingAt(text, at) >= 0 && words > 0;
                if ((boundary >= 0 || comparison >= 0) && !name && !IsNounAt(text, Math.Max(boundary, comparison), at) && !inside)
                {
                    int from = comparison >= 0 ? comparison : boundary;
                    if ((ReadPast.MatchAt(text, from) == at - from || comparison >= 0) && words > 0)
                    {
                        // What follows a passive's "được", a relative "do" or a comparison is not what is measured:
                        // read on before it.
                        distance |= comparison >= 0 && Distances.MatchAt(text, comparison) == at - comparison;
                        e = SkipSpacesBack(text, WithoutLinksBefore(text, from, sentenceStart), sentenceStart);
                        s = e;
                        words = 0;
                        continue;
                    }

                    // "giá vàng SJC được Tập đoàn DOJI niêm yết giao dịch ở mức …": the verb of a passive with its agent.
                    int passive = comparison < 0 ? PassiveBefore(text, from, sentenceStart) : -1;
                    if (passive >= 0)
                    {
                        e = SkipSpacesBack(text, passive, sentenceStart);
                        s = e;
                        words = 0;
                        continue;
                    }

                    stop = from;
                    break;
                }

                if (words == 0 && Inside.MatchEndingAt(text, at) >= 0)
                {
                    // A noun phrase does not end in a preposition or "và": "… và dự kiến đạt 8,7%".
                    stop = wordStart;
                    break;
                }

                s = wordStart;
                words++;
            }

            // "đã chi tổng cộng 394 triệu USD": one word after an auxiliary is a verb, not what is measured.
            if (words == 1 && stop >= 0 && Auxiliaries.MatchAt(text, stop) > 0)
            {
                return null;
            }

            return Clean(text, s, e);
        }

        // Where the "được"/"bị"/"do" of a passive starts when one stands a few words before the verb at `verb`, with no
        // other boundary between them (the agent: "được Tập đoàn DOJI niêm yết"); else -1.
        private static int PassiveBefore(string text, int verb, int sentenceStart)
        {
            if (Verbs.MatchAt(text, verb) == 0 && ObjectVerbs.MatchAt(text, verb) == 0)
            {
                return -1;
            }

            int k = verb;
            for (int words = 0; words < MaxAgentWords; words++)
            {
                int wordStart = WordStartBefore(text, k, sentenceStart);
                if (wordStart < 0 || SkipSpacesBack(text, k, sentenceStart) != SkipSpacesBack(text, k, wordStart))
                {
                    return -1;
                }

                int at = SkipSpacesBack(text, k, sentenceStart);
                int boundary = Boundaries.MatchEndingAt(text, at);
                if (boundary >= 0 && !char.IsUpper(text[wordStart]))
                {
                    // An agent is a name or a phrase: "được phép sử dụng" is no passive.
                    bool agent = words > 1 || (words == 1 && char.IsUpper(text[SkipSpacesForward(text, at, verb)]));
                    return ReadPast.MatchAt(text, boundary) == at - boundary && agent ? boundary : -1;
                }

                k = wordStart;
            }

            return -1;
        }

        // Whether the word at [start, end) is part of a metric read before ("37,23 triệu đồng/lượng").
        private static bool OverlapsMetric(IReadOnlyList<LabelledMetric> earlier, int start, int end)
        {
            for (int k = earlier.Count - 1; k >= 0 && earlier[k].End > start - MaxClauseLength; k--)
            {
                if (earlier[k].Start < end && earlier[k].End > start)
                {
                    return true;
                }
            }

            return false;
        }

        // The start of a bare number that ends at `end` ("30.000-50.000"), or -1.
        private static int NumberEndingAt(string text, int end, int limit)
        {
            int k = end;
            while (k > limit && (char.IsDigit(text[k - 1]) || text[k - 1] is '.' or ',' or '-' or '\u2013'))
            {
                k--;
            }

            return k < end && char.IsDigit(text[end - 1]) && (k == limit || TextRules.IsSpace(text[k - 1]) || text[k - 1] == '(') ? k : -1;
        }

        // The noun phrase right after a metric: "300 km² lãnh thổ", "20% nguồn cung của đồng $Trump được …".
        private static (int Start, int End)? NounAfter(string text, int metricEnd, bool opening = false)
        {
            int i = metricEnd;
            while (i < text.Length && TextRules.IsSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length || !char.IsLetter(text[i]) || NotFollowing.MatchAt(text, i) > 0 || Links.MatchAt(text, i) > 0
                || (Boundaries.MatchAt(text, i) > 0 && !(opening && ObjectVerbs.MatchAt(text, i) > 0)))
            {
                return null;
            }

            int start = i;
            int end = i;
            int words = 0;
            int verb = opening ? ObjectVerbs.MatchAt(text, i) : 0;
            if (verb > 0 && i + verb < text.Length && text[i + verb] == ' ')
            {
                end = i + verb;
                i = end + 1;
                words = 1;
            }

            while (i < text.Length && words < MaxLabelWords)
            {
                if (words > 0 && ((Boundaries.MatchAt(text, i) > 0 && Inside.MatchAt(text, i) == 0) || Locatives.MatchAt(text, i) > 0
                    || (NotFollowing.MatchAt(text, i) > 0 && Inside.MatchAt(text, i) == 0)))
                {
                    break;
                }

                int wordEnd = i;
                while (wordEnd < text.Length && (TextRules.IsWordChar(text[wordEnd]) || text[wordEnd] is '$' or '-' or '&'))
                {
                    wordEnd++;
                }

                if (wordEnd == i)
                {
                    break;
                }

                end = wordEnd;
                words++;
                if (wordEnd >= text.Length || text[wordEnd] != ' ')
                {
                    break;
                }

                i = wordEnd + 1;
            }

            return Clean(text, start, end);
        }

        // The subject of the sentence the metric stands in: its first part that is not an adverbial or a report
        // ("Trong đó, ngành gỗ tiếp tục … chiếm 67%" gives "ngành gỗ").
        private static (int Start, int End)? SentenceSubject(string text, int sentenceStart, int end)
        {
            int partStart = sentenceStart;
            for (int k = sentenceStart; k <= end; k++)
            {
                if (k < end && text[k] != ',')
                {
                    continue;
                }

                int s = SkipSpacesForward(text, partStart, k);
                partStart = k + 1;
                // "Xét theo nhóm ngành, …" is an adverbial; "Trong đó, ngành gỗ …" opens the subject.
                int opening = ClauseOpenings.MatchAt(text, s);
                if (s >= k || (Adverbials.MatchAt(text, s) > 0 && opening == 0) || TextRules.WordAt(text, s, "theo")
                    || (opening > 0 && SkipSpacesForward(text, s + opening, k) >= k))
                {
                    continue;
                }

                int e = s;
                while (e < k)
                {
                    int wordEnd = e;
                    while (wordEnd < k && !TextRules.IsSpace(text[wordEnd]))
                    {
                        wordEnd++;
                    }

                    int next = SkipSpacesForward(text, wordEnd, k);
                    if (next >= k || (Boundaries.MatchAt(text, next) > 0 && !char.IsUpper(text[next]) && !IsNounAt(text, next, next + Boundaries.MatchAt(text, next)) && Inside.MatchAt(text, next) == 0))
                    {
                        e = wordEnd;
                        break;
                    }

                    e = next;
                }

                return Clean(text, s, e);
            }

            return null;
        }

        // The label within [start, end), without what is not part of it: openings ("Trong đó", "Riêng"), leading
        // times ("năm 2014", "quý I"), counts ("7 người …" keeps "người …"), a trailing bracket; cut to its head noun
        // and its trailing prepositional phrase when too long. Null when nothing that names a thing is left.
        private static (int Start, int End)? Clean(string text, int start, int end)
        {
            (start, end) = Trim(text, start, end);
            bool changed = true;
            while (changed && start < end)
            {
                changed = false;
                int opening = LeadingConnectors.MatchAt(text, start);
                if (opening > 0 && start + opening < end)
                {
                    (start, end) = Trim(text, start + opening, end);
                    changed = true;
                    continue;
                }

                int time = TimeWords.MatchAt(text, start) > 0 ? TimeWords.MatchAt(text, start) : TextRules.WordAt(text, start, "quý") ? 3 : 0;
                if (time > 0 && LeadingTimeEnd(text, start + time, end) is int timeEnd && timeEnd < end)
                {
                    (start, end) = Trim(text, timeEnd, end);
                    changed = true;
                    continue;
                }

                int preposition = Inside.MatchAt(text, start);
                if (preposition > 0 && start + preposition < end)
                {
                    (start, end) = Trim(text, start + preposition, end);
                    changed = true;
                    continue;
                }

                if (char.IsDigit(text[start]))
                {
                    int k = start;
                    while (k < end && !TextRules.IsSpace(text[k]))
                    {
                        k++;
                    }

                    // "9 tháng vượt 27%": a count of a time unit is a time, not what is measured.
                    int after = SkipSpacesForward(text, k, end);
                    int unit = TimeUnits.MatchAt(text, after);
                    if (unit > 0)
                    {
                        k = after + unit;
                    }

                    if (k < end)
                    {
                        (start, end) = Trim(text, k, end);
                        changed = true;
                    }
                    else
                    {
                        return null;
                    }
                }
            }

            if (end > start && text[end - 1] == ')' && text.LastIndexOf('(', end - 1, end - start) is int bracket && bracket > start)
            {
                (start, end) = Trim(text, start, bracket);
            }

            if (start >= end)
            {
                return null;
            }

            // "Công ty chứng khoán Bản Việt (VCSC) sản lượng bán ra": a noun of amount after a name's bracket starts the label.
            for (int k = start; k < end; k++)
            {
                if (text[k] == ')' && SkipSpacesForward(text, k + 1, end) is int next && next < end && Heads.MatchAt(text, next) > 0 && !char.IsUpper(text[next]))
                {
                    start = next;
                    break;
                }
            }

            // "thị phần của HPG trong 9 tháng đầu năm", "mức giảm giá trong đợt điều chỉnh đó": a period after what is
            // measured is when, not what.
            for (int k = start + 1; k < end; k++)
            {
                if (TextRules.IsSpace(text[k - 1]) && TextRules.WordAt(text, k, "trong") && SkipSpacesForward(text, k + 5, end) is int when && when < end
                    && (char.IsDigit(text[when]) || Periods.MatchAt(text, when) > 0 || TimeWords.MatchAt(text, when) > 0))
                {
                    (start, end) = Trim(text, start, k);
                    break;
                }
            }

            // "Ông Trị đứng trong căn nhà": a person is no label; what the preposition after them names is.
            if (PronounHonorifics.MatchAt(text, start) > 0)
            {
                for (int k = end - 1; k > start; k--)
                {
                    if (Locatives.MatchAt(text, k) > 0 && (k == 0 || !TextRules.IsWordChar(text[k - 1])))
                    {
                        (start, end) = Trim(text, k + Locatives.MatchAt(text, k), end);
                        break;
                    }
                }
            }

            // A noun phrase starts at its head noun when it has one: "vi phạm trên cùng một khu đất" is "khu đất", "Chính
            // phủ xây dựng dự toán thu …" is "dự toán thu …". A name is kept whole ("Quỹ Bình ổn giá").
            // A name is cut only when the label would be too long with it ("Bộ Nông nghiệp xây dựng kế hoạch sản lượng …").
            if (!StartsWithName(text, start, end) || LabelWords(text, start, end) > MaxLabelWords)
            {
                start = AtHead(text, start, end);
            }

            // Too long: cut trailing places ("… tại TP HCM"), last first, then possessors ("… của các đơn vị"), then what
            // "và" adds ("Tổng mức bán lẻ hàng hóa và doanh thu …"), only as far as needed.
            foreach (PhraseSet cut in Cuts)
            {
                for (int k = end - 1; k > start && LabelWords(text, start, end) > MaxLabelWords; k--)
                {
                    if (cut.MatchAt(text, k) > 0 && TextRules.IsSpace(text[k - 1]) && !char.IsUpper(text[k]))
                    {
                        (start, end) = Trim(text, start, k);
                    }
                }
            }

            if (LabelWords(text, start, end) > MaxLabelWords)
            {
                return null;
            }

            return IsLabel(text, start, end) ? (start, end) : null;
        }

        // Whether a noun of what is measured stands right before `at`: "doanh thu tư vấn", "phí dịch vụ".
        private static bool AfterHead(string text, int at, int start)
        {
            int before = SkipSpacesBack(text, at, start);
            return before < at && Heads.MatchEndingAt(text, before) >= start;
        }

        // Where the first noun of amount in [start, end) starts, not counting one inside a name; `start` when none.
        private static int AtHead(string text, int start, int end)
        {
            for (int k = start; k < end; k++)
            {
                if ((k == start || (TextRules.IsSpace(text[k - 1]) && !AfterCapitalisedWord(text, k, start))) && Heads.MatchAt(text, k) > 0)
                {
                    return k;
                }
            }

            return start;
        }

        // Whether [start, end) opens with a name: two capitalised words, or one that does not start a sentence.
        private static bool StartsWithName(string text, int start, int end)
        {
            if (!char.IsUpper(text[start]))
            {
                return false;
            }

            int wordEnd = start;
            while (wordEnd < end && !TextRules.IsSpace(text[wordEnd]))
            {
                wordEnd++;
            }

            int next = SkipSpacesForward(text, wordEnd, end);
            if (next < end && char.IsUpper(text[next]))
            {
                return true;
            }

            int before = SkipSpacesBack(text, start, 0);
            return before > 0 && text[before - 1] is not ('.' or '!' or '?' or ':' or ';' or '"' or '\u201C' or '\u201D' or '\n' or '-' or '\u2013' or '\u2014' or '(' or '\u2026');
        }

        // Whether the word before `at` (within the label from `start`) is capitalised: "Lực lượng" is a name, not "lượng".
        private static bool AfterCapitalisedWord(string text, int at, int start)
        {
            int word = WordStartBefore(text, at, start);
            return word >= 0 && char.IsUpper(text[word]);
        }

        // Words of a label, a bracketed aside not counted: "chỉ số sản xuất công nghiệp (IIP) quý I/2025" has 7.
        private static int LabelWords(string text, int start, int end)
        {
            int words = 0;
            int depth = 0;
            bool inWord = false;
            for (int k = start; k < end; k++)
            {
                char c = text[k];
                depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
                bool wordChar = depth == 0 && TextRules.IsWordChar(c);
                words += wordChar && !inWord ? 1 : 0;
                inWord = wordChar || (inWord && !TextRules.IsSpace(c) && depth == 0);
            }

            return words;
        }

        // A noun phrase: it has a letter, starts with neither a function word nor a verb of saying, ends in no function
        // word, holds no verb of saying, and is more than a pronoun or a noun that only says "an amount".
        private static bool IsLabel(string text, int start, int end)
        {
            bool letter = false;
            for (int k = start; k < end; k++)
            {
                letter |= char.IsLetter(text[k]);
                if (SpeechVerbs.MatchAt(text, k) is > 0 and int verb && k + verb <= end && text.IndexOf(' ', k, verb) > 0 && !IsNounAt(text, k, k + verb)
                    && (k == start || !TextRules.IsWordChar(text[k - 1])) && !AfterHead(text, k, start))
                {
                    return false;
                }
            }

            int time = TimeUnits.MatchAt(text, start) > 0 ? TimeUnits.MatchAt(text, start) : TimeWords.MatchAt(text, start);
            if (time > 0 && LeadingTimeEnd(text, start + time, end) is int timeEnd && SkipSpacesForward(text, timeEnd, end) >= end)
            {
                return false;
            }

            int last = WordStartBefore(text, end, start);
            return letter
                && (FunctionWords.MatchAt(text, start) == 0 || Heads.MatchAt(text, start) > 0 || VerbNouns.MatchAt(text, start) > FunctionWords.MatchAt(text, start))
                && Lone.MatchAt(text, start) != end - start
                && Generic.MatchAt(text, start) != end - start
                && LeadingConnectors.MatchAt(text, start) != end - start
                && FunctionWords.MatchAt(text, start) != end - start
                && !(last >= start && FunctionWords.MatchAt(text, last) == end - last && !char.IsUpper(text[last]));
        }

        // Where a leading time ends: "năm 2014", "quý I/2025", "tháng này", "hôm qua"; null when it is no time.
        private static int? LeadingTimeEnd(string text, int at, int end)
        {
            int k = SkipSpacesForward(text, at, end);
            if (k >= end)
            {
                return null;
            }

            int wordEnd = k;
            while (wordEnd < end && !TextRules.IsSpace(text[wordEnd]))
            {
                wordEnd++;
            }

            string word = text.Substring(k, wordEnd - k);
            if (word is "đầu" or "cuối" or "giữa")
            {
                // "quý đầu năm", "tháng cuối"
                int unit = SkipSpacesForward(text, wordEnd, end);
                int length = TimeUnits.MatchAt(text, unit);
                return length > 0 && unit + length <= end ? unit + length : wordEnd;
            }

            bool time = char.IsDigit(word[0]) || word is "nay" or "này" or "qua" or "trước" or "tới" or "sau" or "I" or "II" or "III" or "IV"
                || word.StartsWith("I/", StringComparison.Ordinal) || word.StartsWith("II/", StringComparison.Ordinal) || word.StartsWith("III/", StringComparison.Ordinal) || word.StartsWith("IV/", StringComparison.Ordinal);
            return time ? wordEnd : null;
        }

        // Whether a verb-like phrase at [start, end) is part of a noun: listed ("tăng trưởng", "bội chi", "chi tiêu"), or
        // a verb of taking or giving right after a noun of amount ("mức sử dụng", "quy mô sử dụng đất", "vốn đầu tư").
        private static bool IsNounAt(string text, int start, int end)
        {
            if (ObjectVerbs.MatchAt(text, start) > 0 && Heads.MatchEndingAt(text, SkipSpacesBack(text, start, 0)) >= 0)
            {
                return true;
            }

            return IsListedNoun(text, start, end);
        }

        // Whether a verb-like phrase at [start, end) is part of a listed noun ("bội chi", "doanh thu").
        private static bool IsListedNoun(string text, int start, int end)
        {
            int noun = VerbNouns.MatchAt(text, start);
            if (noun > 0 && start + noun >= end)
            {
                return true;
            }

            int nounBefore = VerbNouns.MatchEndingAt(text, end);
            return nounBefore >= 0 && nounBefore < start;
        }

        // The '(' the metric stands inside, in its sentence, or -1.
        private static int OpenBracketBefore(string text, int metricStart, int sentenceStart)
        {
            int depth = 0;
            for (int k = metricStart - 1; k >= sentenceStart; k--)
            {
                if (text[k] == ')')
                {
                    depth++;
                }
                else if (text[k] == '(')
                {
                    if (depth == 0)
                    {
                        return k;
                    }

                    depth--;
                }
            }

            return -1;
        }

        // Where the sentence (or clause after ';', ':' or a quotation mark) of the metric starts.
        private static int SentenceStart(string text, int end, int textStart)
        {
            int limit = Math.Max(textStart, end - MaxClauseLength);
            for (int i = end - 1; i >= limit; i--)
            {
                char c = text[i];
                if (QuotedTermStart(text, i, limit) is int quote and >= 0)
                {
                    i = quote;
                    continue;
                }

                if (c is ';' or ':' or '\u201C' or '\u201D' or '"' || TextRules.IsSentenceEnd(text, i))
                {
                    return i + 1;
                }
            }

            return limit;
        }

        // Where a short term in quotation marks that closes at `close` opens, when it stands inside a noun phrase
        // ("tỷ lệ “hoa hồng” đến 30%"); -1 for a quotation or anything else.
        private static int QuotedTermStart(string text, int close, int limit)
        {
            char c = text[close];
            if (c is not ('\u201D' or '"'))
            {
                return -1;
            }

            int words = 0;
            bool inWord = false;
            for (int k = close - 1; k >= limit && close - k <= MaxTermLength; k--)
            {
                char d = text[k];
                if (d == (c == '"' ? '"' : '\u201C'))
                {
                    int before = SkipSpacesBack(text, k, limit);
                    return words > 0 && words <= MaxTermWords && before > limit && TextRules.IsWordChar(text[before - 1]) ? k : -1;
                }

                if (d is '.' or ',' or ';' or ':' or '!' or '?' or '\u201C' or '\u201D' or '"')
                {
                    return -1;
                }

                bool wordChar = TextRules.IsWordChar(d);
                words += wordChar && !inWord ? 1 : 0;
                inWord = wordChar;
            }

            return -1;
        }

        private static int WordStartBefore(string text, int end, int limit)
        {
            int k = SkipSpacesBack(text, end, limit);
            int wordEnd = k;
            while (k > limit && !TextRules.IsSpace(text[k - 1]) && text[k - 1] is not (',' or ';' or ':' or '(' or ')' or '"' or '\u201C' or '\u201D'))
            {
                k--;
            }

            return k < wordEnd ? k : -1;
        }

        private static int SkipSpacesBack(string text, int end, int limit)
        {
            while (end > limit && TextRules.IsSpace(text[end - 1]))
            {
                end--;
            }

            return end;
        }

        private static int SkipSpacesForward(string text, int start, int limit)
        {
            while (start < limit && TextRules.IsSpace(text[start]))
            {
                start++;
            }

            return start;
        }

        private static (int Start, int End) Trim(string text, int start, int end)
        {
            while (start < end && (TextRules.IsSpace(text[start]) || text[start] is ',' or '-' or '\u2013' or '.' or ':'))
            {
                start++;
            }

            while (end > start && (TextRules.IsSpace(text[end - 1]) || text[end - 1] is ',' or '-' or '\u2013' or '.' or ':'))
            {
                end--;
            }

            return (start, end);
        }
    }
}
