using System;
using ContentGen.Generator;
using ContentGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Core.Parsing
{
    /// <summary>What the table needs of an article: its path and its entry's body.</summary>
    internal sealed record TableRow(string Path, string Body);
}
