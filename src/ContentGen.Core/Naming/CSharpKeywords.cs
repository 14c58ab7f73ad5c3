using System;
using System.Collections.Generic;

namespace ContentGen.Core.Naming
{
    /// <summary>
    /// The C# keywords and contextual keywords a generated name must not be. A fixed list rather than the running
    /// compiler's, so names are the same under every compiler and in hosts without one (a test checks it against
    /// Roslyn's lists).
    /// </summary>
    internal static class CSharpKeywords
    {
        private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
        {
            // Reserved keywords.
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
            "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
            "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
            "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
            "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
            "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
            "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
            "__arglist", "__makeref", "__reftype", "__refvalue",

            // Contextual keywords.
            "add", "alias", "allows", "and", "ascending", "args", "async", "await", "by", "descending", "dynamic",
            "equals", "extension", "field", "file", "from", "get", "global", "group", "init", "into", "join", "let",
            "managed", "nameof", "nint", "not", "notnull", "nuint", "on", "or", "orderby", "partial", "record", "remove",
            "required", "scoped", "select", "set", "unmanaged", "value", "var", "when", "where", "with", "yield",

            // Attribute targets.
            "assembly", "method", "module", "param", "property", "type", "typevar",
        };

        /// <summary>Whether <paramref name="name"/> is a keyword or contextual keyword.</summary>
        public static bool Contains(string name) => Words.Contains(name);

        /// <summary>Every word of the list.</summary>
        public static IEnumerable<string> All => Words;
    }
}
