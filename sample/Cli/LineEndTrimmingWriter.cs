using System.IO;
using System.Text;

namespace Dataset.Sample.Cli;

/// <summary>
/// Drops the spaces at the end of each line: Spectre.Console pads every table and grid cell to its column's width,
/// which on a terminal is invisible but in a redirected file is trailing whitespace on every line.
/// </summary>
public sealed class LineEndTrimmingWriter(TextWriter inner) : TextWriter
{
    // Spaces seen but not yet written: written when more text follows on the line, dropped at its end.
    private int pendingSpaces;

    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    public override void Write(char value) => Write(value.ToString());

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        // One write to the inner writer per call: Console.Out flushes after every write.
        var text = new StringBuilder(value.Length + pendingSpaces);
        foreach (char c in value)
        {
            if (c == ' ')
            {
                pendingSpaces++;
                continue;
            }

            if (c is not ('\n' or '\r'))
            {
                text.Append(' ', pendingSpaces);
            }

            pendingSpaces = 0;
            text.Append(c);
        }

        if (text.Length > 0)
        {
            inner.Write(text.ToString());
        }
    }

    /// <inheritdoc/>
    public override void WriteLine(string? value)
    {
        Write(value);
        Write(CoreNewLine);
    }

    /// <inheritdoc/>
    public override void Flush() => inner.Flush();
}
