using System.Collections.Generic;
using ContentGen.Core.Model;

namespace ContentGen.Core.Parsing
{
    /// <summary>
    /// One block of an article (the title or a section) as the attribution rules read it: its quotes, its sentences,
    /// and for each sentence, read only when a rule asks, the speaker it introduces and the person it is about
    /// (<see cref="SpeakingSubjects"/>).
    /// </summary>
    internal sealed class BlockReading
    {
        private readonly SpeakerResolver _speakers;
        private SentenceMap? _sentences;
        private readonly bool _namesPeople;
        private SentenceSpeaker?[]? _speakersOf;
        private string?[]? _topics;
        private byte[]? _read;

        public BlockReading(int index, Paragraph paragraph, SectionKindModel? kind, IReadOnlyList<QuoteSpan> quotes, SpeakerResolver speakers, bool namesPeople)
        {
            Index = index;
            Paragraph = paragraph;
            Kind = kind;
            Quotes = quotes;
            _speakers = speakers;
            _namesPeople = namesPeople;
        }

        /// <summary>Block number: 0 for the title, then one per section.</summary>
        public int Index { get; }

        /// <summary>The block's text.</summary>
        public Paragraph Paragraph { get; }

        /// <summary>NFC text the rules read.</summary>
        public string Text => Paragraph.Text;

        /// <summary>The section's kind; null for the title.</summary>
        public SectionKindModel? Kind { get; }

        /// <summary>Whether the block is running text (the lead or a paragraph), where speech is reported.</summary>
        public bool IsBody => Kind is SectionKindModel.Lead or SectionKindModel.Paragraph;

        /// <summary>The block's quotes, in order.</summary>
        public IReadOnlyList<QuoteSpan> Quotes { get; }

        /// <summary>The block's sentences, read around its quotes (split on first use: most blocks never need them).</summary>
        public SentenceMap Sentences => _sentences ??= SentenceMap.Of(Paragraph.Text, Quotes);

        /// <summary>Reading position of an offset of this block, for the article's people.</summary>
        public long Position(int offset) => PersonRegistry.Position(Index, offset);

        /// <summary>The speaker sentence <paramref name="sentence"/> introduces, or null (read on first use).</summary>
        public string? SpeakerOf(int sentence) => Read(sentence)?.Speaker;

        /// <summary>Offset of the verb by which sentence <paramref name="sentence"/> introduces its speaker, or -1.</summary>
        public int SpeakerVerbOf(int sentence) => Read(sentence)?.VerbStart ?? -1;

        /// <summary>Whether the speaker sentence <paramref name="sentence"/> introduces is a group or an organisation.</summary>
        public bool IsGroupSpeaker(int sentence) => Read(sentence)?.Group ?? false;

        /// <summary>
        /// The person sentence <paramref name="sentence"/> is about: its speaker when a person speaks, else a person who
        /// is its subject ("Ngoài công nghệ, ông X còn …"); null when neither.
        /// </summary>
        public string? TopicOf(int sentence)
        {
            if (Read(sentence) is { Group: false } speaker)
            {
                return speaker.Speaker;
            }

            if (!_namesPeople)
            {
                return null;
            }

            _topics ??= new string?[Sentences.Count];
            if ((_read![sentence] & TopicRead) == 0)
            {
                _read[sentence] |= TopicRead;
                _topics[sentence] = SpeakingSubjects.TopicOf(this, sentence, _speakers);
            }

            return _topics[sentence];
        }

        /// <summary>The speaker of the last sentence before <paramref name="sentence"/> that introduces one, within <paramref name="reach"/> characters.</summary>
        public string? LastSpeakerBefore(int sentence, int reach)
        {
            int limit = sentence < Sentences.Count ? Sentences.StartOf(sentence) - reach : Text.Length - reach;
            for (int k = sentence - 1; k >= 0 && Sentences.EndOf(k) > limit; k--)
            {
                if (SpeakerOf(k) is { } speaker)
                {
                    return speaker;
                }
            }

            return null;
        }

        private const byte SpeakerRead = 1;
        private const byte SpeakerReading = 2;
        private const byte TopicRead = 4;

        private SentenceSpeaker? Read(int sentence)
        {
            if (!_namesPeople)
            {
                return null;
            }

            _read ??= new byte[Sentences.Count];
            _speakersOf ??= new SentenceSpeaker?[Sentences.Count];
            if ((_read[sentence] & (SpeakerRead | SpeakerReading)) == 0)
            {
                // Marked while read: a rule that resolves a pronoun looks only at earlier sentences, never back here.
                _read[sentence] |= SpeakerReading;
                _speakersOf[sentence] = SpeakingSubjects.SpeakerOf(this, sentence, _speakers);
                _read[sentence] = (byte)((_read[sentence] & ~SpeakerReading) | SpeakerRead);
            }

            return _speakersOf[sentence];
        }
    }
}
