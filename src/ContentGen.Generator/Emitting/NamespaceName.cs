using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Generator.Emitting
{
    /// <summary>Makes a configured namespace a valid C# namespace name.</summary>
    internal static class NamespaceName
    {
        /// <summary>
        /// Each dotted segment made a valid identifier (invalid characters become '_', a leading digit gets '_',
        /// a keyword gets '@'); empty segments dropped; "Content" when nothing is left.
        /// </summary>
        public static string Sanitize(string name)
        {
            var segments = new List<string>();
            foreach (string raw in name.Split('.'))
            {
                var builder = new System.Text.StringBuilder(raw.Length);
                foreach (char c in raw.Trim())
                {
                    builder.Append(SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
                }

                string segment = builder.ToString();
                if (segment.Length == 0)
                {
                    continue;
                }

                if (!SyntaxFacts.IsIdentifierStartCharacter(segment[0]))
                {
                    segment = "_" + segment;
                }

                if (SyntaxFacts.GetKeywordKind(segment) != SyntaxKind.None)
                {
                    segment = "@" + segment;
                }

                segments.Add(segment);
            }

            return segments.Count == 0 ? "Content" : string.Join(".", segments);
        }
    }
}
