namespace ContentGen.Core.Parsing
{
    /// <summary>The names of the lexicon's lists (<c>Lexicon.txt</c>), one constant each, so no rule spells one by hand.</summary>
    internal static class LexiconLists
    {
        public const string PronounHonorifics = "pronoun-honorifics";
        public const string TitleHonorifics = "title-honorifics";
        public const string DegreeAbbreviations = "degree-abbreviations";
        public const string Abbreviations = "abbreviations";
        public const string OfficeTitles = "office-titles";
        public const string TitlePrefixes = "title-prefixes";
        public const string Surnames = "surnames";
        public const string SurnamePlaces = "surname-places";
        public const string TitleOpeners = "title-openers";
        public const string TitleCountries = "title-countries";
        public const string Pronouns = "pronouns";
        public const string Determiners = "determiners";
        public const string SpeechVerbs = "speech-verbs";
        public const string ViewVerbs = "view-verbs";
        public const string NotSpeech = "not-speech";
        public const string NamingNouns = "naming-nouns";
        public const string NamingVerbs = "naming-verbs";
        public const string SpeakingNouns = "speaking-nouns";
        public const string QuoteRelatives = "quote-relatives";
        public const string NextSentenceOpenings = "next-sentence-openings";
        public const string ReportedSpeechMarkers = "reported-speech-markers";
        public const string Connectives = "connectives";
        public const string SentenceAdverbials = "sentence-adverbials";
        public const string FunctionWords = "function-words";
        public const string AdverbialOpeners = "adverbial-openers";
        public const string PredicateOpeners = "predicate-openers";
        public const string WriterPronouns = "writer-pronouns";
        public const string GroupPronouns = "group-pronouns";
        public const string MediaClassifiers = "media-classifiers";
        public const string SubjectLeaders = "subject-leaders";
        public const string ClauseBreaks = "clause-breaks";
        public const string ReverentPronouns = "reverent-pronouns";
        public const string SpeechNouns = "speech-nouns";
        public const string Currencies = "currencies";
        public const string MoneyMultipliers = "money-multipliers";
        public const string MeasureMultipliers = "measure-multipliers";
        public const string MeasureUnits = "measure-units";
        public const string NotMoneyAfterDong = "not-money-after-dong";
        public const string LabelVerbs = "label-verbs";
        public const string LabelVerbNouns = "label-verb-nouns";
        public const string LabelLeadingConnectives = "label-leading-connectives";
        public const string LabelLinks = "label-links";
        public const string LabelObjectVerbs = "label-object-verbs";
        public const string LabelGenericNouns = "label-generic-nouns";
        public const string LabelHeads = "label-heads";
        public const string LabelBoundaries = "label-boundaries";
        public const string LabelComparisons = "label-comparisons";
        public const string LabelDistances = "label-distances";
        public const string LabelReportingVerbs = "label-reporting-verbs";
        public const string DatelinePrefixes = "dateline-prefixes";
        public const string DatelineTimes = "dateline-times";
        public const string DatelineQualifiers = "dateline-qualifiers";
        public const string DatelineDays = "dateline-days";
    }
}
