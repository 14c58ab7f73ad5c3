using System;
using System.Text;

namespace ContentGen.Benchmarks.Infrastructure
{
    /// <summary>
    /// A named set of article texts, used as a benchmark parameter: the name is what the summary shows, the texts are
    /// made on first use (in the host for the size columns, in the benchmark process by its global set-up).
    /// </summary>
    public sealed class TextInput : ISizedInput
    {
        private readonly string _name;
        private readonly Lazy<string[]> _texts;
        private readonly Lazy<long> _bytes;

        public TextInput(string name, Func<string[]> make)
        {
            _name = name;
            _texts = new Lazy<string[]>(make);
            _bytes = new Lazy<long>(() =>
            {
                long bytes = 0;
                foreach (string text in _texts.Value)
                {
                    bytes += Encoding.UTF8.GetByteCount(text);
                }

                return bytes;
            });
        }

        public string[] Texts => _texts.Value;

        public long Utf8Bytes => _bytes.Value;

        public override string ToString() => _name;
    }
}
