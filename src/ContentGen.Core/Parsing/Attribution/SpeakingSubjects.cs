namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// Finds the speaker a sentence introduces: the subject of its first verb of saying or of view that names someone
    /// who can speak (<c>Ông X cho biết …</c>, <c>"…", bà Y nói.</c>), or else the <c>Theo X</c> it opens with; and the
    /// person a sentence is about. Quotes that no shape of their own attributes take their speaker from these (the
    /// previous sentence's, the passage's, the previous paragraph's), and a later "ông" stands for the last such person.
    /// Sentences are read only when a rule asks (<see cref="BlockReading"/>).
    /// </summary>
    internal static class SpeakingSubjects
    {
        /// <summary>The speaker sentence <paramref name="sentence"/> of <paramref name="block"/> introduces, or null.</summary>
        public static SentenceSpeaker? SpeakerOf(BlockReading block, int sentence, SpeakerResolver speakers)
        {
            string text = block.Text;
            int start = block.Sentences.StartOf(sentence);
            int end = block.Sentences.EndOf(sentence);
            int from = start;
            foreach (Clauses.Verb verb in Clauses.Verbs(block, start, end, views: true))
            {
                if (verb.Reported)
                {
                    continue;
                }

                int subjectStart = Clauses.AfterLastQuote(block, from, verb.Start);
                if (speakers.SubjectOf(text, subjectStart, verb.Start, block.Position(verb.Start), out bool group) is { } speaker)
                {
                    return new SentenceSpeaker(speaker, verb.Start, group);
                }

                from = verb.End;
            }

            if (Clauses.TheoPhrase(text, start, FirstQuoteOrEnd(block, start, end)) is { } theo
                && speakers.Named(text, theo.Start, theo.End, block.Position(theo.Start)) is { } named)
            {
                return new SentenceSpeaker(named, -1, false);
            }

            return null;
        }

        /// <summary>
        /// A person who is the subject of sentence <paramref name="sentence"/>, though it has no verb of saying: the
        /// topic a later "ông" stands for ("Ngoài công nghệ, ông Belousov còn thay đổi …. Theo đó, ông nhấn mạnh …").
        /// </summary>
        public static string? TopicOf(BlockReading block, int sentence, SpeakerResolver speakers)
        {
            int start = block.Sentences.StartOf(sentence);
            return speakers.TopicOf(block.Text, start, FirstQuoteOrEnd(block, start, block.Sentences.EndOf(sentence)), block.Position(start));
        }

        private static int FirstQuoteOrEnd(BlockReading block, int start, int end)
        {
            foreach (QuoteSpan quote in block.Quotes)
            {
                if (quote.Open >= start)
                {
                    return System.Math.Min(quote.Open, end);
                }
            }

            return end;
        }
    }
}
