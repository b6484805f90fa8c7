using System.Text.RegularExpressions;
using SiteBuilder.Notebooks;
using SiteBuilder.Site;

namespace SiteBuilder.Rendering;

/// <summary>A code cell's outputs to HTML: text as <c>&lt;pre&gt;</c>, tables and other HTML as they are, charts redrawn offline.</summary>
public static class OutputRenderer
{
    // Richest first: the notebook front ends show the first of these an output has.
    private static readonly string[] MimePreference =
        ["text/html", "image/svg+xml", "image/png", "image/jpeg", "text/markdown", "text/plain"];

    // Tracebacks carry terminal colour codes (ESC [ … m); a page shows them as junk.
    private static readonly Regex AnsiEscape = new(@"\x1B\[[0-9;]*[A-Za-z]", RegexOptions.CultureInvariant);

    /// <summary>One output as HTML.</summary>
    /// <exception cref="FormatException">A chart whose figure cannot be read (it would otherwise load plotly.js from a CDN),
    /// or one made for another plotly.js version than the site ships.</exception>
    public static string Render(CellOutput output) => output switch
    {
        StreamOutput stream => $"<pre class=\"output stream {Html.Escape(stream.Name)}\">{Html.Escape(stream.Text)}</pre>",
        ErrorOutput error => RenderError(error),
        RichOutput rich => RenderRich(rich),
        _ => "",
    };

    private static string RenderError(ErrorOutput error)
    {
        var header = $"{error.Name}: {error.Value}";
        var traceback = error.Traceback.Select(StripAnsi)
            // .NET Interactive repeats the message as the traceback's first line; show it once.
            .Where(line => line.Trim() != header.Trim() && line.Trim() != error.Value.Trim());
        return $"<pre class=\"output error\">{Html.Escape(string.Join("\n", traceback.Prepend(header)))}</pre>";
    }

    private static string RenderRich(RichOutput rich)
    {
        var mime = MimePreference.FirstOrDefault(rich.Data.ContainsKey);
        if (mime is null)
            return $"<p class=\"output unsupported\">(an output of type {Html.Escape(string.Join(", ", rich.Data.Keys))} is not shown here)</p>";
        var content = rich.Data[mime];
        return mime switch
        {
            "text/html" when PlotlyChart.IsChart(content) => RenderChart(PlotlyChart.Parse(content)),
            "text/html" or "image/svg+xml" => $"<div class=\"output html\">{content}</div>",
            "image/png" or "image/jpeg" => $"<div class=\"output image\"><img alt=\"output image\" src=\"data:{mime};base64,{content.Trim()}\"></div>",
            "text/markdown" => $"<div class=\"output markdown\">{MarkdownRenderer.ToHtml(content)}</div>",
            _ => $"<pre class=\"output text\">{Html.Escape(content)}</pre>",
        };
    }

    // A chart made for another plotly.js than the one the site ships might draw differently, or not at all.
    private static string RenderChart(PlotlyChart chart) =>
        chart.PlotlyVersion is null || chart.PlotlyVersion == PlotlyScript.Version
            ? chart.ToOfflineHtml()
            : throw new FormatException($"A chart was made for plotly.js {chart.PlotlyVersion}, but the site ships {PlotlyScript.Version} " +
                                        "(Plotly.NET's); pin Plotly.NET and Plotly.NET.Interactive to versions that agree.");

    private static string StripAnsi(string text) => AnsiEscape.Replace(text, "");
}
