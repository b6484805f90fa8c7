namespace Site.Tests;

/// <summary>
/// A chart's HTML exactly as Plotly.NET.Interactive 6.0.0 writes it into an executed notebook (copied from
/// 04_training_loop's output, with fewer points): require.js and plotly.js come from CDNs.
/// </summary>
internal static class PlotlyNetChart
{
    public static string Html(string id, string traces, string layout = """{"xaxis":{"title":{"text":"X"}}}""", string config = "{}") => Template
        .Replace("[ID]", id).Replace("[SCRIPTID]", id.Replace("-", "")).Replace("[DATA]", traces)
        .Replace("[LAYOUT]", layout).Replace("[CONFIG]", config);

    private const string Template = """
        <div><div id="[ID]"><!-- Plotly chart will be drawn inside this DIV --></div><script type="text/javascript">
        var renderPlotly_[SCRIPTID] = function() {
            var fsharpPlotlyRequire = requirejs.config({context:'fsharp-plotly',paths:{plotly:'https://cdn.plot.ly/plotly-2.28.0.min'}}) || require;
            fsharpPlotlyRequire(['plotly'], function(Plotly) {
                var data = [DATA];
                var layout = [LAYOUT];
                var config = [CONFIG];
                Plotly.newPlot('[ID]', data, layout, config);
            });
        };
        if ((typeof(requirejs) !==  typeof(Function)) || (typeof(requirejs.config) !== typeof(Function))) {
            var script = document.createElement("script");
            script.setAttribute("charset", "utf-8");
            script.setAttribute("src", "https://cdnjs.cloudflare.com/ajax/libs/require.js/2.3.6/require.min.js");
            script.onload = function(){
                renderPlotly_[SCRIPTID]();
            };
            document.getElementsByTagName("head")[0].appendChild(script);
        }
        else {
            renderPlotly_[SCRIPTID]();
        }
        </script></div>
        """;

    /// <summary>Two marker traces, like the "Training data"/"Testing data" chart.</summary>
    public const string TwoTraces =
        """[{"type":"scatter","name":"Training data","mode":"markers","x":[0.0,0.01],"y":[0.3,0.307]},{"type":"scatter","name":"Testing data","mode":"markers","x":[0.8,0.81],"y":[0.86,0.867]}]""";
}
