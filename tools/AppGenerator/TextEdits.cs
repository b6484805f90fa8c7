using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace AppGenerator;

/// <summary>Replacements of spans of one text, applied together, so the code between them keeps its formatting.</summary>
public sealed class TextEdits
{
    private readonly List<(TextSpan Span, string Text)> _edits = [];

    /// <summary>Replaces the text in <paramref name="span"/> (of the original text) with <paramref name="text"/>.</summary>
    public void Replace(TextSpan span, string text) => _edits.Add((span, text));

    /// <summary>Inserts <paramref name="text"/> at <paramref name="position"/> of the original text.</summary>
    public void Insert(int position, string text) => _edits.Add((new TextSpan(position, 0), text));

    /// <summary>Applies the edits (from the end backwards; at one position a replacement goes before an insertion,
    /// so that the insertion lands in front of it).</summary>
    public string ApplyTo(string text)
    {
        var builder = new StringBuilder(text);
        foreach (var (span, replacement) in _edits.OrderByDescending(e => e.Span.Start).ThenByDescending(e => e.Span.Length))
            builder.Remove(span.Start, span.Length).Insert(span.Start, replacement);
        return builder.ToString();
    }
}
