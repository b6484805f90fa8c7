using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SiteBuilder.Rendering;

/// <summary>
/// A chart as Plotly.NET.Interactive writes it into a notebook: a div plus a script that calls
/// <c>Plotly.newPlot(id, data, layout, config)</c>, either through a loader that fetches require.js and plotly.js
/// from CDNs or directly, when the notebook has put plotly.js on the page itself. The site keeps the figure
/// (data, layout, config) and draws it with the plotly.js shipped inside the site, so the chart works offline.
/// </summary>
/// <param name="ElementId">The id of the div the chart is drawn in.</param>
/// <param name="Data">The traces.</param>
/// <param name="Layout">The layout, including the template.</param>
/// <param name="Config">Plotly's config object (e.g. <c>{"responsive":true}</c>).</param>
/// <param name="PlotlyVersion">The plotly.js version the notebook's loader asked for (e.g. <c>2.28.0</c>), or null if it named none
/// (a chart drawn with a plotly.js the notebook embedded has no loader).</param>
public sealed record PlotlyChart(string ElementId, JsonArray Data, JsonObject Layout, JsonObject Config, string? PlotlyVersion)
{
    // The shape of Plotly.NET.Interactive's script; each part is checked to be JSON after the match.
    private static readonly Regex Figure = new(
        @"var data = (?<data>\[.*?\]);\s*var layout = (?<layout>\{.*?\});\s*var config = (?<config>\{.*?\});\s*" +
        @"Plotly\.newPlot\(\s*(?<quote>['""])(?<id>(?:(?!\k<quote>).)+)\k<quote>",
        RegexOptions.Singleline | RegexOptions.CultureInvariant);

    private static readonly Regex RequestedVersion = new(@"plotly-(?<version>\d+\.\d+\.\d+)(?:\.min)?", RegexOptions.CultureInvariant);

    /// <summary>Whether an HTML output is a Plotly chart (it calls <c>Plotly.newPlot</c>).</summary>
    public static bool IsChart(string html) => html.Contains("Plotly.newPlot", StringComparison.Ordinal);

    /// <summary>Reads the figure out of a chart's HTML.</summary>
    /// <exception cref="FormatException">The HTML calls Plotly.newPlot but not in the shape Plotly.NET.Interactive writes.</exception>
    public static PlotlyChart Parse(string html)
    {
        var match = Figure.Match(html);
        if (!match.Success)
            throw new FormatException("A chart output calls Plotly.newPlot, but its data, layout and config could not be found; " +
                                      "has Plotly.NET.Interactive changed how it writes charts?");
        var version = RequestedVersion.Match(html);
        return new PlotlyChart(
            match.Groups["id"].Value,
            ParseJson<JsonArray>(match.Groups["data"].Value, "data"),
            ParseJson<JsonObject>(match.Groups["layout"].Value, "layout"),
            ParseJson<JsonObject>(match.Groups["config"].Value, "config"),
            version.Success ? version.Groups["version"].Value : null);
    }

    /// <summary>
    /// The chart as HTML that the site's own plotly.js draws: the figure as a JSON block beside an empty box, drawn by
    /// site.js once the page's text has painted and plotly.js (3.6 MB) has loaded. No loader, no require.js, no address
    /// outside the page; a blocking plotly.js in the page's head left a chapter blank for seconds.
    /// </summary>
    /// <remarks>
    /// The chart resizes with its box (Plotly's <c>responsive</c> config, unless the notebook set it). A width the
    /// notebook fixed becomes the box's largest width instead, so the chart keeps its size on a wide screen and
    /// shrinks on a phone. The empty box keeps the chart's height while plotly.js loads, so the text below does not
    /// jump. The chart carries a text alternative for readers who cannot see it: <see cref="Description"/>,
    /// in a visually hidden paragraph that the drawn chart is labelled by (site.js).
    /// </remarks>
    public string ToOfflineHtml()
    {
        var config = Config.DeepClone().AsObject();
        config.TryAdd("responsive", true);
        var layout = Layout.DeepClone().AsObject();
        var box = "<div class=\"chart\">";
        if (layout["width"] is JsonValue width && width.TryGetValue<double>(out var pixels) && pixels > 0)
        {
            layout.Remove("width");
            layout["autosize"] = true;
            box = $"<div class=\"chart\" style=\"max-width: {pixels + 16:0}px\">"; // + the box's padding
        }
        var height = layout["height"] is JsonValue h && h.TryGetValue<double>(out var tall) && tall > 0 ? tall : DefaultHeight;
        var figure = new JsonObject { ["data"] = Data.DeepClone(), ["layout"] = layout, ["config"] = config };
        var descriptionId = ElementId + "-description";
        return $"{box}<div id=\"{Html.Escape(ElementId)}\" class=\"plotly-chart\" style=\"min-height: {height:0}px\"></div>" +
               $"<script type=\"application/json\" class=\"plotly-figure\" data-chart=\"{Html.Escape(ElementId)}\">{ScriptJson(figure)}</script>" +
               $"<p class=\"chart-description visually-hidden\" id=\"{Html.Escape(descriptionId)}\">{Html.Escape(Description)}</p></div>";
    }

    /// <summary>Plotly's height for a chart whose layout sets none.</summary>
    public const double DefaultHeight = 450;

    /// <summary>
    /// What the chart shows, in words: its title (or its axes' titles) and its traces' names, e.g.
    /// <c>Chart: Loss curves. 2 traces: Train loss, Test loss.</c>
    /// </summary>
    public string Description
    {
        get
        {
            var title = TitleText(Layout["title"]);
            var axes = new[] { "xaxis", "yaxis" }.Select(a => TitleText(Layout[a]?["title"])).Where(t => t is not null).ToList();
            var subject = title ?? (axes.Count == 2 ? $"{axes[1]} against {axes[0]}" : "a chart");
            var names = Data.Select(t => (string?)(t?["name"] as JsonValue)?.ToString()).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct().ToList();
            var traces = Data.Count == 1 ? "1 trace" : $"{Data.Count} traces";
            return names.Count > 0 ? $"Chart: {subject}. {traces}: {string.Join(", ", names)}." : $"Chart: {subject}. {traces}.";
        }
    }

    // Plotly accepts a title as a string or as {"text": …}.
    private static string? TitleText(JsonNode? title) => title switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) && text.Length > 0 => text,
        JsonObject obj when obj["text"] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 => text,
        _ => null,
    };

    private static T ParseJson<T>(string json, string part) where T : JsonNode
    {
        try
        {
            return JsonNode.Parse(json) as T ?? throw new FormatException($"The chart's {part} is not a JSON {typeof(T).Name}.");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new FormatException($"The chart's {part} is not valid JSON: {e.Message}", e);
        }
    }

    // JSON is valid JavaScript; "</" is escaped so a trace named "</script>" cannot end the script element early.
    private static string ScriptJson(JsonNode? node) => (node?.ToJsonString() ?? "null").Replace("</", "<\\/", StringComparison.Ordinal);
}
