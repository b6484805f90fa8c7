using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SiteBuilder.Rendering;
using SiteBuilder.Site;

namespace SiteBuilder.Downloads;

/// <summary>
/// The executed notebook a chapter page offers for download, made to show everything wherever it is opened, with or
/// without scripts: an untrusted Jupyter Notebook or JupyterLab (which strip scripts from HTML outputs), nbviewer, VS
/// Code with no network.
/// <list type="bullet">
/// <item>Each chart keeps its HTML (interactive where scripts run and plotly.js loads) and gains a PNG of itself
/// (<see cref="ChartImages"/>), twice: as an <c>&lt;img&gt;</c> inside the HTML, because Jupyter always prefers
/// <c>text/html</c> to <c>image/png</c> in one output, and an untrusted notebook shows that HTML sanitized (no script,
/// no chart) whatever the bundle's order; and as the output's <c>image/png</c>, for viewers and converters that take
/// an image over HTML. Where the chart does draw, a style rule hides the image after it.</item>
/// <item>The notebook's own copy of plotly.js (3.6 MB, the setup cell's output) is left out, replaced by a sentence
/// saying so: the images stand in where no plotly.js loads.</item>
/// <item>The figures its markdown shows (<c>figures/name.svg</c>) travel inside it as cell attachments
/// (<c>attachment:name.svg</c>), the notebook format's own way to carry an image in markdown: a downloaded file arrives
/// alone, without a <c>figures/</c> folder beside it.</item>
/// </list>
/// </summary>
public static partial class ExecutedDownload
{
    /// <summary>The class of the static image inside a chart's HTML.</summary>
    public const string StaticChartClass = "course-static-chart";

    /// <summary>Hides the image once plotly.js has drawn the chart before it (plotly.js marks its div <c>js-plotly-plot</c>).
    /// Untrusted, the style is stripped, and so is the script that would draw: the image stays.</summary>
    public const string HideImageOnceDrawn = $"<style>.js-plotly-plot + img.{StaticChartClass} {{ display: none; }}</style>";

    /// <summary>What replaces the notebook's copy of plotly.js.</summary>
    public const string PlotlyLeftOut =
        "plotly.js (3.6 MB) is left out of this download: each chart below carries a picture of itself, which every viewer shows. " +
        "Trusted, with a network, the charts draw interactively from plotly's CDN; run the notebook to draw them offline.";

    /// <summary>How the download was made: the charts that got no image (no browser, or it failed), for the build's warning.</summary>
    /// <param name="Json">The notebook to write.</param>
    /// <param name="Charts">The charts in it.</param>
    /// <param name="ChartsWithImages">Of those, the charts that carry an image.</param>
    /// <param name="Figures">The markdown figures it carries as attachments.</param>
    public sealed record Result(string Json, int Charts, int ChartsWithImages, int Figures);

    /// <summary>Makes the download from the executed notebook's JSON (already without the machine's paths).</summary>
    /// <param name="executedJson">The executed notebook.</param>
    /// <param name="relativePath">Its path, for messages.</param>
    /// <param name="imageOf">A chart's PNG, or null where none could be made (the chart then stays HTML only).</param>
    /// <param name="figures">The chapter's figures (<see cref="ChapterFigures.Find"/>), by the address its markdown writes.</param>
    /// <exception cref="InvalidDataException">The notebook is not nbformat JSON, or a figure could not be attached.</exception>
    public static Result Make(string executedJson, string relativePath, Func<PlotlyChart, ChartImage?> imageOf,
        IReadOnlyList<ChapterFigure> figures)
    {
        var notebook = JsonNode.Parse(executedJson) as JsonObject
            ?? throw new InvalidDataException($"{relativePath} is not a notebook: its JSON is not an object.");
        var cells = notebook["cells"] as JsonArray ?? throw new InvalidDataException($"{relativePath} has no \"cells\" array.");
        int charts = 0, withImages = 0, attached = 0, number = 0;
        var needsIds = (int?)notebook["nbformat_minor"] >= 5;
        var ids = cells.OfType<JsonObject>().Select(c => (string?)c["id"]).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var cell in cells.OfType<JsonObject>())
        {
            number++;
            // nbformat 4.5 requires every cell's id. Jupyter gives a cell without one a random id each time it reads
            // the file, so the notebook's signature never matches and a learner could never trust it.
            if (needsIds && cell["id"] is null)
            {
                var id = $"cell-{number}";
                while (!ids.Add(id))
                    id += "-";
                cell["id"] = id;
            }
            if ((string?)cell["cell_type"] == "markdown")
                attached += FigureAttachments.Attach(cell, relativePath, figures);
            if (cell["outputs"] is not JsonArray outputs)
                continue;
            for (var i = 0; i < outputs.Count; i++)
            {
                if (outputs[i] is not JsonObject output || output["data"] is not JsonObject data || data["text/html"] is not { } htmlNode)
                    continue;
                var html = Joined(htmlNode);
                if (PlotlyLibraryOutput.Is(html))
                {
                    outputs[i] = LeftOutNote();
                    continue;
                }
                if (!PlotlyChart.IsChart(html))
                    continue;
                charts++;
                PlotlyChart chart;
                try
                {
                    chart = PlotlyChart.Parse(html);
                }
                catch (FormatException e)
                {
                    throw new InvalidDataException($"{relativePath}: {e.Message}", e);
                }
                if (imageOf(chart) is not { } image)
                    continue;
                withImages++;
                data["text/html"] = WithImage(html, chart, image);
                data["image/png"] = Convert.ToBase64String(image.Png);
                var metadata = output["metadata"] as JsonObject ?? [];
                metadata["image/png"] = new JsonObject { ["width"] = image.Width, ["height"] = image.Height };
                output["metadata"] = metadata;
            }
        }
        // Cell attachments arrived in nbformat 4.1.
        if (attached > 0 && (int?)notebook["nbformat_minor"] is null or < 1)
            notebook["nbformat_minor"] = 1;
        var json = notebook.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return new Result(json, charts, withImages, attached);
    }

    /// <summary>
    /// The chart's HTML with its image right after the chart's div (so the style rule can hide it once drawn), at the
    /// size the chart is drawn, with the chart's description as its text alternative.
    /// </summary>
    public static string WithImage(string html, PlotlyChart chart, ChartImage image)
    {
        var img = $"<img class=\"{StaticChartClass}\" src=\"data:image/png;base64,{Convert.ToBase64String(image.Png)}\" " +
                  $"width=\"{image.Width}\" height=\"{image.Height}\" alt=\"{Html.Escape(chart.Description)}\">";
        var div = ChartDiv(chart.ElementId).Match(html);
        // Plotly.NET writes <div id="…"><!-- comment --></div>; an HTML of another shape gets the image at its end.
        return div.Success
            ? HideImageOnceDrawn + html[..(div.Index + div.Length)] + img + html[(div.Index + div.Length)..]
            : HideImageOnceDrawn + html + img;
    }

    private static Regex ChartDiv(string id) =>
        new($"<div id=\"{Regex.Escape(id)}\"[^>]*>(?:<!--.*?-->|\\s)*</div>", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    private static JsonObject LeftOutNote() => new()
    {
        ["output_type"] = "display_data",
        ["data"] = new JsonObject { ["text/plain"] = PlotlyLeftOut },
        ["metadata"] = new JsonObject(),
    };

    /// <summary>nbformat stores multi-line text either as one string or as an array of lines.</summary>
    internal static string Joined(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        _ => "",
    };
}

/// <summary>A chart drawn as a PNG.</summary>
/// <param name="Png">The image file's bytes.</param>
/// <param name="Width">The width it is shown at, in CSS pixels (the chart's own width; the PNG may have more pixels for sharp screens).</param>
/// <param name="Height">The height it is shown at, in CSS pixels.</param>
public sealed record ChartImage(byte[] Png, int Width, int Height);
