namespace ContentGen.Core.Parsing
{
    /// <summary>What a subject names before it is resolved to someone of the article.</summary>
    internal enum SubjectKind
    {
        /// <summary>Nothing that can speak: a clause, an adverbial, the writer's "tôi".</summary>
        None,

        /// <summary>A person's name, full or short ("Trần Văn Khải", "ông Khải", "Tổng thống Putin").</summary>
        Person,

        /// <summary>A pronoun honorific or a profession alone, standing for someone named before ("ông", "nghệ sĩ").</summary>
        Pronoun,

        /// <summary>A pronoun standing for a group named before ("Họ").</summary>
        Group,

        /// <summary>An office alone, perhaps with its organisation ("Thủ tướng", "Tổng thư ký NATO", "cựu bí thư Bến Cát").</summary>
        Title,

        /// <summary>A noun phrase kept as written: an organisation, a document, a group ("Ban tổ chức", "các nhà khoa học").</summary>
        Phrase,
    }
}
