using System.Text;

namespace Dataset.Generator.Emitting
{
    /// <summary>
    /// A minimal indented writer. It always writes <c>\n</c>, so generated files are byte-identical on every OS.
    /// </summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder = new();
        private int _indent;

        public SourceWriter Line(string text = "")
        {
            if (text.Length > 0)
            {
                _builder.Append(' ', _indent * 4).Append(text);
            }

            _builder.Append('\n');
            return this;
        }

        public SourceWriter Open(string text)
        {
            Line(text);
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            _indent--;
            return Line("}" + suffix);
        }

        public override string ToString() => _builder.ToString();
    }
}
