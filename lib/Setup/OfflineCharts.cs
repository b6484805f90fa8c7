using Plotly.NET;

namespace CourseLib.Setup;

/// <summary>
/// Makes the notebook's charts draw with no network, in VS Code, Jupyter and the course website alike.
/// Plotly.NET.Interactive writes each chart as a script that fetches require.js and plotly.js from public CDNs,
/// so with the network off a chart is an empty box. <see cref="Enable"/> instead gives the notebook one copy of
/// the plotly.js that Plotly.NET ships (the version its charts are made for) and makes every chart call it.
/// </summary>
/// <remarks>
/// Introduced in the second setup cell of every notebook, as <c>OfflineCharts.Enable().DisplayAs("text/html")</c>
/// (<c>DisplayAs</c> rather than <c>display(HTML(…))</c>: in the Jupyter kernel the latter prints a compiler warning).
/// This is what plotly.py's offline notebook mode does: the library once, charts without a loader after it.
/// One copy per notebook (about 3.6 MB in an executed notebook); the course website drops it and ships its own.
/// </remarks>
public static class OfflineCharts
{
    /// <summary>The first line of the HTML <see cref="Enable"/> returns, by which tools recognise and skip it.</summary>
    public const string Marker = "<!-- course: plotly.js offline -->";

    /// <summary>The plotly.js version Plotly.NET embeds and its charts are written for.</summary>
    public const string PlotlyVersion = global::Globals.PLOTLYJS_VERSION;

    private static readonly Lazy<string> Script = new(ReadEmbeddedPlotly);

    /// <summary>
    /// From now on, charts call the page's <c>Plotly</c> (Plotly.NET's <c>PlotlyJSReference.NoReference</c>) instead of
    /// loading it from a CDN; returns the HTML that defines that <c>Plotly</c>: show it once, before the first chart.
    /// </summary>
    public static string Enable()
    {
        Defaults.DefaultDisplayOptions.SetProperty("PlotlyJSReference", PlotlyJSReference.NoReference);
        return Html(Guid.NewGuid().ToString("N"));
    }

    private static string Html(string id) =>
        $$"""
        {{Marker}}
        <div id="course-plotly-{{id}}" class="course-plotly-offline">plotly.js {{PlotlyVersion}} is in this notebook but did not start: charts will not draw.</div>
        <script type="text/javascript">
        (function (define, module, exports) {
        // plotly.js registers itself as a module where a page has a module loader (Jupyter Notebook has require.js);
        // with those names hidden here it sets window.Plotly, which the charts below call.
        {{Script.Value}}
        }).call(window, undefined, undefined, undefined);
        (function () {
            var status = document.getElementById("course-plotly-{{id}}");
            if (status && window.Plotly) status.textContent = "plotly.js " + window.Plotly.version + " loaded: the charts in this notebook draw without a network.";
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
