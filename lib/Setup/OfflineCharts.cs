namespace CourseLib.Setup;

/// <summary>
/// Makes the notebook's charts draw with no network, in VS Code, Jupyter and the course website alike.
/// Plotly.NET.Interactive writes each chart as a script that asks require.js (in its context <c>fsharp-plotly</c>) for
/// the module <c>plotly</c> at a public CDN, after fetching require.js itself from another CDN where the page has none;
/// with the network off a chart is an empty box. <see cref="Html"/> gives the notebook one copy of the plotly.js that
/// Plotly.NET ships (the version its charts are written for) and answers the charts' request with it, so nothing is
/// fetched: where the page has require.js (Jupyter Notebook) the module is defined in that context beforehand; where it
/// has none (VS Code's notebook outputs, JupyterLab) a stand-in <c>requirejs</c> hands the charts this Plotly.
/// </summary>
/// <remarks>
/// Introduced in the second setup cell of <c>01_data.ipynb</c> (every notebook's second cell), as <c>OfflineCharts.Enable().DisplayAs("text/html")</c>
/// (<c>DisplayAs</c> rather than <c>display(HTML(…))</c>: in the Jupyter kernel the latter prints a compiler warning).
/// This is what plotly.py's offline notebook mode does: the library once, charts that use it after. One copy per
/// notebook (about 3.6 MB in an executed notebook); the course website drops it and ships its own.
/// </remarks>
public static class OfflineCharts
{
    /// <summary>The first line of the HTML <see cref="Enable"/> returns, by which tools recognise and skip it.</summary>
    internal const string Marker = "<!-- course: plotly.js offline -->";

    /// <summary>The plotly.js version Plotly.NET embeds and its charts are written for.</summary>
    internal const string PlotlyVersion = global::Globals.PLOTLYJS_VERSION;

    /// <summary>The require.js context Plotly.NET.Interactive's charts load plotly.js in.</summary>
    internal const string RequireContext = "fsharp-plotly";

    private static readonly Lazy<string> Script = new(ReadEmbeddedPlotly);

    /// <summary>
    /// The HTML that puts plotly.js into the notebook and answers the charts' request for it: show it once, before the
    /// first chart. Introduced in the second setup cell of <c>01_data.ipynb</c> (every notebook's second cell).
    /// </summary>
    /// <exception cref="InvalidOperationException">The Plotly.NET assembly loaded has no embedded plotly.js of the version the course pins.</exception>
    public static string Enable() => Html(Guid.NewGuid().ToString("N"));

    private static string Html(string id) =>
        $$"""
        {{Marker}}
        <div id="course-plotly-{{id}}" class="course-plotly-offline">plotly.js {{PlotlyVersion}} is in this notebook but did not start: charts will not draw.</div>
        <script type="text/javascript">
        (function (define, module, exports) {
        // plotly.js registers itself as a module where a page has a module loader (Jupyter Notebook has require.js);
        // with those names hidden here it sets window.Plotly instead.
        {{Script.Value}}
        }).call(window, undefined, undefined, undefined);
        (function () {
            var plotly = window.Plotly;
            if (!plotly) return;
            if (typeof window.requirejs === "function" && typeof window.requirejs.config === "function") {
                // Jupyter Notebook: define "plotly" in the charts' require.js context, so it is never fetched.
                var contextRequire = window.requirejs.config({ context: "{{RequireContext}}" });
                window.define("plotly", [], function () { return plotly; });
                contextRequire(["plotly"], function () { });
            } else if (!window.requirejs) {
                // No require.js (VS Code, JupyterLab): the charts check for a requirejs function with a config
                // function, then ask it for "plotly" only; a stand-in answers with this Plotly.
                var standIn = function (modules, ready) { ready(plotly); };
                standIn.config = function () { return standIn; };
                window.requirejs = standIn;
            }
            var status = document.getElementById("course-plotly-{{id}}");
            if (status) status.textContent = "plotly.js " + plotly.version + " loaded: the charts in this notebook draw without a network.";
        })();
        </script>
        """;
    private static string ReadEmbeddedPlotly()
    {
        var assembly = typeof(global::Globals).Assembly;
        var resource = $"Plotly.NET.plotly-{PlotlyVersion}.min.js";
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} {assembly.GetName().Version} has no embedded {resource}; " +
                                                   "is the Plotly.NET version the one Directory.Packages.props pins?");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
