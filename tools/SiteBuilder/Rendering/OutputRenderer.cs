using System.Text.RegularExpressions;
using SiteBuilder.Notebooks;
using SiteBuilder.Site;

namespace SiteBuilder.Rendering;

/// <summary>
/// A code cell's outputs to HTML: text as <c>&lt;pre&gt;</c>, tables and other HTML as they are, charts redrawn offline.
/// What the site trusts: HTML outputs are the course's own (its notebooks made them) and are shown as HTML; text is
/// escaped; image data must be base64 and is shown only through <c>&lt;img&gt;</c> (an SVG too, so a script inside
/// one never runs). Machine paths and setup chatter are taken out (<see cref="MachinePaths"/>, <see cref="SetupChatter"/>),
/// and long text is folded.
/// </summary>
public static partial class OutputRenderer
{
    // Richest first: the notebook front ends show the first of these an output has.
    private static readonly string[] MimePreference =
        ["text/html", "image/svg+xml", "image/png", "image/jpeg", "text/markdown", "text/plain"];

    /// <summary>Text outputs longer than this many lines show their first <see cref="ShownLines"/> and fold the rest.</summary>
    public const int FoldAfterLines = 25;

    /// <summary>How many lines of a folded output stay visible.</summary>
    public const int ShownLines = 10;

    private static readonly MachinePaths NoRepository = new();

    /// <summary>One output as HTML, with only the machine-independent path rules.</summary>
    /// <exception cref="FormatException">A chart whose figure cannot be read (it would otherwise load plotly.js from a CDN),
    /// or one made for another plotly.js version than the site ships.</exception>
    public static string Render(CellOutput output) => Render(output, NoRepository);

    /// <summary>One output as HTML; an output readers need not see (setup chatter only, plotly.js itself) gives "".</summary>
    /// <param name="output">The output.</param>
    /// <param name="paths">How machine paths are shown.</param>
    /// <exception cref="FormatException">A chart whose figure cannot be read, or one made for another plotly.js version than the site ships.</exception>
    public static string Render(CellOutput output, MachinePaths paths) => output switch
    {
        StreamOutput stream => RenderStream(stream, paths),
        ErrorOutput error => RenderError(error, paths),
        RichOutput rich => RenderRich(rich, paths),
        _ => "",
    };

    private static string RenderStream(StreamOutput stream, MachinePaths paths)
    {
        var text = SetupChatter.Remove(paths.Redact(stream.Text));
        return string.IsNullOrWhiteSpace(text) ? "" : Preformatted($"output stream {Html.Escape(stream.Name)}", text);
    }

    private static string RenderError(ErrorOutput error, MachinePaths paths)
    {
        var header = $"{error.Name}: {error.Value}";
        var traceback = error.Traceback.Select(StripAnsi)
            // .NET Interactive repeats the message as the traceback's first line; show it once.
            .Where(line => line.Trim() != header.Trim() && line.Trim() != error.Value.Trim());
        return Preformatted("output error", paths.Redact(string.Join("\n", traceback.Prepend(header))));
    }

    private static string RenderRich(RichOutput rich, MachinePaths paths)
    {
        var mime = MimePreference.FirstOrDefault(rich.Data.ContainsKey);
        if (mime is null)
            return $"<p class=\"output unsupported\">(an output of type {Html.Escape(string.Join(", ", rich.Data.Keys))} is not shown here)</p>";
        var content = rich.Data[mime];
        return mime switch
        {
            "text/html" when PlotlyLibraryOutput.Is(content) => "",
            "text/html" when PlotlyChart.IsChart(content) => RenderChart(PlotlyChart.Parse(content)),
            "text/html" when DataFrameTable.Is(content) && DataFrameTable.Render(paths.Redact(content)) is { } table => table,
            "text/html" => $"<div class=\"output html\">{paths.Redact(content)}</div>",
            "image/svg+xml" => Image("image/svg+xml", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(content))),
            "image/png" or "image/jpeg" => Image(mime, content),
            "text/markdown" => $"<div class=\"output markdown\">{MarkdownRenderer.ToHtml(paths.Redact(content))}</div>",
            _ => Preformatted("output text", paths.Redact(content)),
        };
    }

    private static string Image(string mime, string base64)
    {
        var data = Whitespace().Replace(base64, "");
        return Base64().IsMatch(data)
            ? $"<div class=\"output image\"><img alt=\"output image\" src=\"data:{mime};base64,{data}\"></div>"
            : $"<p class=\"output unsupported\">(an {Html.Escape(mime)} output whose data is not base64 is not shown here)</p>";
    }

    // Long output (a training log) would bury the lesson: its start stays in view, the rest opens on demand.
    private static string Preformatted(string classes, string text)
    {
        var lines = text.Split('\n');
        var count = text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        if (count <= FoldAfterLines)
            return $"<pre class=\"{classes}\">{Html.Escape(text)}</pre>";
        var shown = string.Join('\n', lines.Take(ShownLines)) + "\n";
        var rest = string.Join('\n', lines.Skip(ShownLines));
        return $"<div class=\"{classes} folded\"><pre>{Html.Escape(shown)}</pre>" +
               $"<details><summary>Show the other {count - ShownLines} lines</summary><pre>{Html.Escape(rest)}</pre></details></div>";
    }

    // A chart made for another plotly.js than the one the site ships might draw differently, or not at all.
    private static string RenderChart(PlotlyChart chart) =>
        chart.PlotlyVersion is null || chart.PlotlyVersion == PlotlyScript.Version
            ? chart.ToOfflineHtml()
            : throw new FormatException($"A chart was made for plotly.js {chart.PlotlyVersion}, but the site ships {PlotlyScript.Version} " +
                                        "(Plotly.NET's); pin Plotly.NET and Plotly.NET.Interactive to versions that agree.");

    private static string StripAnsi(string text) => AnsiEscape().Replace(text, "");

    // Tracebacks carry terminal colour codes (ESC [ … m); a page shows them as junk.
    [GeneratedRegex(@"\x1B\[[0-9;]*[A-Za-z]", RegexOptions.CultureInvariant)]
    private static partial Regex AnsiEscape();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^[A-Za-z0-9+/]+={0,2}$")]
    private static partial Regex Base64();
}
