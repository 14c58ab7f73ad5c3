using ContentGen.Core.Naming;

namespace ContentGen.Generator
{
    /// <summary>Names of the pipeline's steps, so tests can check what each step cached after an edit.</summary>
    internal static class TrackingNames
    {
        /// <summary>Whether the compilation can decode UTF-8 literals.</summary>
        public const string Utf8Support = nameof(Utf8Support);

        /// <summary>Namespace and language options.</summary>
        public const string Options = nameof(Options);

        /// <summary>Article files selected and read to text.</summary>
        public const string ReadArticles = nameof(ReadArticles);

        /// <summary>Article text parsed into models.</summary>
        public const string ParseArticles = nameof(ParseArticles);

        /// <summary>Each article's path and slug.</summary>
        public const string ArticleKeys = nameof(ArticleKeys);

        /// <summary>Unique ids assigned over all articles.</summary>
        public const string AssignIds = nameof(AssignIds);

        /// <summary>The identities alone, which the emitters depend on.</summary>
        public const string Identities = nameof(Identities);

        /// <summary>Each article paired with its own identity.</summary>
        public const string ArticleIdentity = nameof(ArticleIdentity);

        /// <summary>One article's source generated.</summary>
        public const string EmitArticles = nameof(EmitArticles);

        /// <summary>The index source generated.</summary>
        public const string EmitIndex = nameof(EmitIndex);

        /// <summary>Whether the article classes go in parts (a large project) or one source each.</summary>
        public const string Layout = nameof(Layout);

        /// <summary>The parts' sources of a large project.</summary>
        public const string EmitParts = nameof(EmitParts);

        /// <summary>Every article's path and table entry body, collected.</summary>
        public const string TableRows = nameof(TableRows);

        /// <summary>The table source.</summary>
        public const string EmitTable = nameof(EmitTable);
    }
}
