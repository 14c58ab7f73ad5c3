using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using ContentGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContentGen.Testing
{
    /// <summary>Analyzer config options read from a dictionary.</summary>
    internal sealed class InMemoryAnalyzerConfigOptions : AnalyzerConfigOptions
    {
        internal static readonly InMemoryAnalyzerConfigOptions Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _options;

        internal InMemoryAnalyzerConfigOptions(IEnumerable<KeyValuePair<string, string>> options)
        {
            _options = new Dictionary<string, string>(KeyComparer);
            foreach (var option in options)
            {
                _options[option.Key] = option.Value;
            }
        }

        public override IEnumerable<string> Keys => _options.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _options.TryGetValue(key, out value);
    }
}
