using System.Text;

namespace CourseLib.Apps;

/// <summary>
/// One line at the bottom of a terminal that a program redraws in place (a progress line), kept out of the
/// program's printed output: it is drawn on standard error, and anything printed to standard output through
/// <see cref="Wrap"/> first erases it, so printed lines never run into it. <see cref="ChapterApp.StartChapter"/> sets one
/// up when a generated program runs in a terminal (<c>apps/12_live_training.cs</c> counts its chart updates on it); no
/// notebook calls it.
/// </summary>
/// <param name="terminal">Where the line is drawn (standard error).</param>
/// <exception cref="ArgumentNullException"><paramref name="terminal"/> is null.</exception>
public sealed class StatusLine(TextWriter terminal)
{
    private const string EraseLine = "\r\u001b[2K";
    private readonly TextWriter _terminal = terminal ?? throw new ArgumentNullException(nameof(terminal));
    private bool _shown;

    /// <summary>Draws <paramref name="text"/> over the previous status.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public void Draw(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _terminal.Write(EraseLine + text);
        _terminal.Flush();
        _shown = true;
    }

    /// <summary>Erases the status line, if one is drawn.</summary>
    public void Erase()
    {
        if (!_shown) return;
        _terminal.Write(EraseLine);
        _terminal.Flush();
        _shown = false;
    }

    /// <summary>A writer that erases this status line before each write to <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public TextWriter Wrap(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return new ErasingWriter(this, output);
    }

    private sealed class ErasingWriter(StatusLine status, TextWriter inner) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            status.Erase();
            inner.Write(value);
        }

        public override void Write(string? value)
        {
            status.Erase();
            inner.Write(value);
        }

        public override void WriteLine(string? value)
        {
            status.Erase();
            inner.WriteLine(value);
        }

        public override void Flush() => inner.Flush();
    }
}
