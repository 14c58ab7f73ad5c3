using System.IO;
using ContentGen.Core.Hosting;

namespace ContentGen.Tool
{
    /// <summary>The page <c>contentgen report</c> writes.</summary>
    internal static class ReportPage
    {
        /// <summary>Writes the page of <paramref name="set"/>.</summary>
        public static void Write(TextWriter output, ContentSetResult set)
        {
            output.Write("<!DOCTYPE html>");
            _ = set;
        }
    }
}
