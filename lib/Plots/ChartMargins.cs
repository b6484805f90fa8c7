using System.Text.Json;
using Plotly.NET;

namespace CourseLib.Plots;

/// <summary>
/// How much room a chart needs above its plot area: its title's lines and its subplot titles, no more. Plotly's
/// default 100 px left a blank band above every chart; a title that does not fit the width was cut off on a phone.
/// </summary>
internal static class ChartMargins
{
    /// <summary>The title's font size in pixels.</summary>
    public const int TitleFontSize = 17;

    /// <summary>Space above the title, in pixels.</summary>
    public const int TitlePad = 10;

    /// <summary>Titles longer than this many characters are broken onto two lines (a phone shows about 40).</summary>
    public const int LongTitle = 44;

    /// <summary>The height of one line of the title, in pixels.</summary>
    public const int TitleLineHeight = 23;

    private const int SubplotTitleHeight = 24, Gap = 10, Bare = 16;

    /// <summary>
    /// The title on two lines of about equal length, broken at the space nearest the middle, when it is longer than
    /// <see cref="LongTitle"/> characters and has no line break of its own (<c>&lt;br&gt;</c>).
    /// </summary>
    public static string Wrap(string title)
    {
        if (title.Length <= LongTitle || title.Contains("<br", StringComparison.OrdinalIgnoreCase))
            return title;
        int middle = title.Length / 2, best = -1;
        for (int i = 0; i < title.Length; i++)
            if (title[i] == ' ' && (best < 0 || Math.Abs(i - middle) < Math.Abs(best - middle)))
                best = i;
        return best < 0 ? title : title[..best] + "<br>" + title[(best + 1)..];
    }

    /// <summary>The room above the plot area.</summary>
    /// <param name="Margin">The top margin in pixels.</param>
    /// <param name="TitleLift">How far the title's first line stands above the plot area, in pixels: over its other lines and the subplot titles, if any.</param>
    public readonly record struct Top(int Margin, int TitleLift);

    /// <summary>The room above the plot area for a chart with this layout: its title's lines and its subplot titles.</summary>
    public static Top For(Layout layout)
    {
        using var json = JsonDocument.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(layout));
        var root = json.RootElement;
        int lift = HasSubplotTitles(root) ? SubplotTitleHeight : Gap;
        if (TitleText(root) is not { Length: > 0 } title)
            return new Top(Math.Max(Bare, lift), lift);
        // plotly.js stands a title's first line on its anchor and runs the others downwards, over the panels: the
        // first line is lifted by the height of the others.
        int lines = Lines(title);
        return new Top(lift + lines * TitleLineHeight + TitlePad, lift + (lines - 1) * TitleLineHeight);
    }

    private static string? TitleText(JsonElement layout) =>
        !layout.TryGetProperty("title", out var title) ? null
        : title.ValueKind == JsonValueKind.String ? title.GetString()
        : title.ValueKind == JsonValueKind.Object && title.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()
        : null;

    private static int Lines(string title) =>
        1 + (title.Length - title.Replace("<br>", "", StringComparison.OrdinalIgnoreCase).Length) / "<br>".Length;

    // Plotly.NET writes a grid's subplot titles as annotations sitting on the top edge of each panel (paper y = 1 for
    // the top row, anchored at their bottom): they stand in the top margin.
    private static bool HasSubplotTitles(JsonElement layout) =>
        layout.TryGetProperty("annotations", out var annotations) && annotations.ValueKind == JsonValueKind.Array &&
        annotations.EnumerateArray().Any(a =>
            a.TryGetProperty("yref", out var yref) && yref.GetString() == "paper" &&
            a.TryGetProperty("yanchor", out var anchor) && anchor.GetString() == "bottom" &&
            a.TryGetProperty("y", out var y) && y.ValueKind == JsonValueKind.Number && y.GetDouble() >= 0.999);
}
