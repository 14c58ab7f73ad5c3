using System;
using System.Collections.Generic;
using ContentGen.Core.Model;

namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// Turns the quotes of a block into <see cref="QuoteModel"/>s: tells someone's words from quoted names, and asks
    /// the attribution rules (<see cref="AttributionRules"/>) whose words they are.
    /// </summary>
    internal static class QuoteExtractor
    {
        private const int MinSpeechWords = 9;

        // How many lower-case words may stand between a naming noun and its quote: "cuộc thi trực tuyến “…”".
        private const int MaxWordsAfterNamingNoun = 2;

        // Longest quote read as a name from its own words.
        private const int MaxNameWords = 8;

        // Longest nickname quoted before a name: "Vua tôm" Minh Phú.
        private const int MaxEpithetWords = 3;

        // Nouns and passive verbs that introduce a quoted name: "chiến dịch “…”", "mang tên “…”", "được xem là “…”".
        private static readonly PhraseSet NamingWords = PhraseSet.Of(LexiconLists.NamingNouns, LexiconLists.NamingVerbs);

        private static readonly PhraseSet SpeechVerbs = PhraseSet.Of(LexiconLists.SpeechVerbs, LexiconLists.ViewVerbs);

        // Words that open a clause or an adverbial ("Trong", "Theo", "Tuy nhiên").
        private static readonly PhraseSet ClauseOpeners = PhraseSet.Of(LexiconLists.AdverbialOpeners, LexiconLists.Connectives, LexiconLists.SentenceAdverbials);

        // Words that only stand before a verb: a quote that holds one is a sentence, not a name.
        private static readonly string[] Auxiliaries = { "đã", "sẽ", "đang", "được", "bị" };

        // Words that are not modifiers of a naming noun: "ngân sách cho rằng “…”" names nothing.
        private static readonly PhraseSet Verbs = PhraseSet.Of(LexiconLists.SpeechVerbs, LexiconLists.ViewVerbs, LexiconLists.FunctionWords);

        /// <summary>The quotes of one block, in order.</summary>
        public static IEnumerable<QuoteModel> Extract(ArticleReading article, BlockReading block, int sectionIndex, List<ParseIssue> issues)
        {
            Paragraph paragraph = block.Paragraph;
            string text = block.Text;
            bool isTitle = block.Kind is null;
            foreach (QuoteSpan span in block.Quotes)
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

                bool namedBefore = IsNamed(text, span.Open, char.IsUpper(content[0]), out bool colon);
                bool named = namedBefore || IsName(content) || IsEpithet(text, span, content);

                // Whole sentences after a naming noun and a colon are a slogan quoted as words ("với tinh thần: “…”"):
                // speech, though no one is said to speak them.
                bool speechLike = IsSpeechLike(content) && (!named || (colon && HoldsSentence(content)));
                bool attributed = false;
                string? speaker = null;
                if (!isTitle)
                {
                    (attributed, speaker) = Attribute(new QuoteContext(article, block, span, content, named, namedBefore), speechLike, namedBefore && colon);
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

        // The first rule that names a speaker wins. A rule that finds its verb of saying but no one it can name still
        // makes the quote someone's words, and the later rules may name who. A slogan named before a colon ("với tinh
        // thần: “…”") is nobody's words by context: only a shape of its own names a speaker.
        private static (bool Attributed, string? Speaker) Attribute(QuoteContext quote, bool speechLike, bool slogan)
        {
            bool attributed = false;
            foreach (IAttributionRule rule in AttributionRules.InOrder)
            {
                if (!rule.AttributesWords && (slogan || !(speechLike || attributed)))
                {
                    continue;
                }

                Attribution found = rule.Attribute(quote);
                attributed |= found.Matched && rule.AttributesWords;
                if (found.Speaker is not null)
                {
                    return (attributed || found.Matched && rule.AttributesWords, found.Speaker);
                }
            }

            return (attributed, null);
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

            return words >= 4 && HoldsSentence(content);
        }

        // A naming noun or verb right before the quote ("chiến dịch “…”", "được xem là “…”", "với tinh thần: “…”"), or,
        // before a capitalised name, with up to two lower-case words between ("cuộc thi trực tuyến “Tuổi trẻ …”").
        private static bool IsNamed(string text, int open, bool capitalised, out bool colon)
        {
            int end = open;
            while (end > 0 && TextRules.IsSpace(text[end - 1]))
            {
                end--;
            }

            colon = end > 0 && text[end - 1] == ':';
            if (colon)
            {
                end--;
                capitalised = false;
            }

            for (int words = 0; words <= (capitalised ? MaxWordsAfterNamingNoun : 0); words++)
            {
                while (end > 0 && TextRules.IsSpace(text[end - 1]))
                {
                    end--;
                }

                if (NamingWords.MatchEndingAt(text, end) >= 0)
                {
                    return true;
                }

                int wordStart = end;
                while (wordStart > 0 && TextRules.IsWordChar(text[wordStart - 1]))
                {
                    wordStart--;
                }

                if (wordStart == end || !char.IsLower(text[wordStart]) || (wordStart > 0 && !TextRules.IsSpace(text[wordStart - 1]))
                    || Verbs.MatchAt(text, wordStart) > 0)
                {
                    return false;
                }

                end = wordStart;
            }

            return false;
        }

        // A quoted name on its own: opening with a naming noun ("Chương trình Học bổng …", "Cuộc thi …"), or every word
        // capitalised ("Vòm Vàng", "My Tears Ricochet"); never a sentence.
        private static bool IsName(string content)
        {
            char last = content[content.Length - 1];
            if (last is '.' or '!' or '?' or '\u2026' or ',' || HoldsSentence(content))
            {
                return false;
            }

            if (char.IsUpper(content[0]) && NamingWords.MatchAt(content, 0) > 0)
            {
                // "Chương trình Học bổng …" names; "Tinh thần là lợi ích hài hòa, rủi ro chia sẻ" and "Chương trình này
                // đã kế thừa …" say something.
                return content.IndexOf(',') < 0 && !HasWord(content, "là") && !HasAnyWord(content, Auxiliaries);
            }

            if (TextRules.CountWords(content) > MaxNameWords)
            {
                return false;
            }

            foreach (string word in content.Split(' '))
            {
                if (word.Length > 0 && char.IsLetter(word[0]) && !char.IsUpper(word[0]))
                {
                    return false;
                }
            }

            return true;
        }

        // A nickname quoted before the name it stands with: "bầu" Kiên, "Vua tôm" Minh Phú. A short quote, no sentence,
        // and a capitalised word right after its closing mark.
        private static bool IsEpithet(string text, QuoteSpan span, string content)
        {
            if (!span.Closed || span.End + 1 >= text.Length || text[span.End] != ' ' || !char.IsUpper(text[span.End + 1])
                || TextRules.CountWords(content) > MaxEpithetWords || HoldsSentence(content))
            {
                return false;
            }

            // "… là “một bước lùi” Tuy nhiên …": a sentence glued after the quote is no name. After a name or a verb of
            // saying the quote is what is said of or to the name after it ("Taylor Swift "tạm nghỉ chơi" Blake Lively",
            // "phát ngôn "sẽ xử lý" Đàm Vĩnh Hưng").
            char last = content[content.Length - 1];
            (int wordStart, int before) = TextRules.WordBefore(text, span.Open);

            return char.IsLetter(last) && ClauseOpeners.MatchAt(text, span.End + 1) == 0
                && wordStart < before && char.IsLower(text[wordStart]) && SpeechVerbs.MatchEndingAt(text, before) < 0;
        }

        private static bool HasAnyWord(string text, string[] words)
        {
            foreach (string word in words)
            {
                if (HasWord(text, word))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasWord(string text, string word)
        {
            for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                if (TextRules.WordAt(text, at, word))
                {
                    return true;
                }
            }

            return false;
        }

        // Whether the quote ends a sentence or holds one: "…xong rồi." / "A. B".
        private static bool HoldsSentence(string content)
        {
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
