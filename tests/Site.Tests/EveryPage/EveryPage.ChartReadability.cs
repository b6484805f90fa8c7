using System.Text.Json;

namespace Site.Tests;

/// <summary>
/// Every chart, at a phone's and a laptop's width, is readable as measured (<see cref="ChartReadability"/>): every
/// class named on a confusion matrix, the data spread over a fair share of each axis, no title, axis title, subplot
/// title or legend over another or cut off, one legend.
/// </summary>
public partial class EveryPage
{
    private static readonly PageProbe ChartMeasure = PageProbe.Script<JsonElement>("the charts' readability",
        ChartReadability.Measure, ChartReadability.Of(ChartReadability.SiteCharts, ChartReadability.FairShare));

    // The drawn tick labels of each heatmap's two axes, chart by chart.
    private static readonly PageProbe HeatmapTicks = PageProbe.Script<string[][]>("the heatmaps' tick labels", """
        () => [...document.querySelectorAll('.plotly-chart')].flatMap(gd => gd._fullData.filter(t => t.type === 'heatmap')
          .flatMap(t => [t.xaxis, t.yaxis].map(id => [...gd.querySelectorAll('g.' + id + 'tick text')].map(e => e.textContent.trim()))))
        """);

    [Theory]
    [MemberData(nameof(ChapterPagesAtBothWidths))]
    public async Task Every_chart_is_readable_at_a_phone_s_and_a_laptop_s_width(string page, int width)
    {
        var view = await ViewAsync(page, width);

        var problems = ChartReadability.Problems(view.Get<JsonElement>(ChartMeasure));

        Assert.True(problems.Count == 0, $"{page} at {width} px:\n" + string.Join("\n", problems));
        Assert.Empty(view.Errors);
    }

    [Theory]
    [InlineData("07_metrics.html", new[] { "healthy (0)", "ill (1)" })]
    [InlineData("07_metrics.html", new[] { "0", "1", "2", "3" })]
    [InlineData("14_digits.html", new[] { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" })]
    public async Task A_confusion_matrix_names_every_class_on_both_axes_on_a_phone(string page, string[] classes)
    {
        var view = await ViewAsync(page, 390);

        var axes = view.Get<string[][]>(HeatmapTicks);

        Assert.Equal(2, axes.Count(ticks => ticks.SequenceEqual(classes))); // predicted across, actual down
    }
}
