using System.Text.RegularExpressions;

namespace SiteBuilder.Rendering;

/// <summary>
/// An HTML output that carries plotly.js itself, so that a notebook's charts draw offline in Jupyter and VS Code:
/// the setup cell shows one, once per notebook. The site ships its own plotly.js to every page with charts, so
/// such an output is left out of the page (several MB of script a reader never sees).
/// </summary>
public static partial class PlotlyLibraryOutput
{
    /// <summary>The comment the course's setup cell puts in that output.</summary>
    public const string Marker = "<!-- course: plotly.js offline -->";

    // Far larger than any chart of the course's (the largest decision-boundary chart is well under 1 MB of HTML).
    private const int LibrarySize = 1_000_000;

    /// <summary>Whether <paramref name="html"/> is such an output: it has the marker, or it is a very large script carrying plotly.js's banner.</summary>
    public static bool Is(string html) =>
        html.Contains(Marker, StringComparison.Ordinal) || (html.Length >= LibrarySize && Banner().IsMatch(html));

    // plotly.js's minified bundle starts with "/** … plotly.js v2.28.0".
    [GeneratedRegex(@"plotly\.js v\d+\.\d+\.\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Banner();
}
