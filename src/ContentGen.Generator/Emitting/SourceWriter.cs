using System.Text;

namespace ContentGen.Generator.Emitting
{
    /// <summary>A small indent-tracking writer; lines always end with '\n' so output is the same bytes on every OS.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder = new();
        private int _indent;

        public SourceWriter(int indent = 0)
        {
            _indent = indent;
        }

        /// <summary>Text written elsewhere, already indented and ending with a line feed, as it is.</summary>
        public void Raw(string text) => _builder.Append(text);

        public void Line(string text = "")
        {
            if (text.Length > 0)
            {
                _builder.Append(' ', _indent * 4);
                _builder.Append(text);
            }

            _builder.Append('\n');
        }

        public void Open(string header)
        {
            Line(header);
            Line("{");
            _indent++;
        }

        public void Close(string suffix = "")
        {
            _indent--;
            Line("}" + suffix);
        }

        public void Indent() => _indent++;

        public void Outdent() => _indent--;

        /// <summary>A <c>/// &lt;summary&gt;</c> doc comment from already-escaped XML.</summary>
        public void Summary(string xml)
        {
            Line("/// <summary>" + xml + "</summary>");
        }

        public override string ToString() => _builder.ToString();
    }
}
