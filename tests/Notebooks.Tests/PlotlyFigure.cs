using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>A chart as Plotly.NET.Interactive renders it: <c>var data = [...]; var layout = {...};</c> inside a script.</summary>
public sealed record PlotlyFigure(JsonArray Traces, JsonObject Layout)
{
    private static readonly Regex Parts = new(@"var data = (?<data>\[.*?\]);\s*var layout = (?<layout>\{.*?\});\s*var config", RegexOptions.Singleline);

    public static PlotlyFigure FromHtml(string html)
    {
        var match = Parts.Match(html);
        Assert.True(match.Success, "no Plotly data/layout found in the chart's HTML");
        return new PlotlyFigure(JsonNode.Parse(match.Groups["data"].Value)!.AsArray(), JsonNode.Parse(match.Groups["layout"].Value)!.AsObject());
    }
}
