using System.Text;

namespace SiteBuilder.Rendering;

/// <summary>HTML text helpers.</summary>
public static class Html
{
    /// <summary>
    /// Escapes text for an element's content or a quoted attribute. Only the five characters HTML gives
    /// meaning are replaced, so "·", "×" and other non-ASCII text stay readable in the page source.
    /// </summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        return builder.ToString();
    }
}
