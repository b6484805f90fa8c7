using System.Text.Json;
using CourseTests;

namespace Site.Tests;

/// <summary>
/// Every chart of every chapter, drawn in Chromium at a phone's width (390 px) and a laptop's (1280 px), is readable
/// as measured (<see cref="ChartReadability"/>): every class named on a confusion matrix, the data spread over a fair
/// share of each axis, no title, axis title, subplot title or legend over another or cut off, one legend.
/// </summary>
[Trait("Tier", "Full")]
public class ChartReadabilityTests(OfflineBrowser browser) : ChromiumTests
{
    /// <summary>The least share of an axis's range the data must span: below it the data is a line or a corner.</summary>
    private const double FairShare = 0.5;

    public static TheoryData<string, int> ChapterPagesAtBothWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var page in CourseSite.Notebooks().Select(SiteBuilder.Site.Chapter.PageNameFor))
            foreach (var width in new[] { 390, 1280 })
                data.Add(page, width);
        return data;
    }

    [Theory]
    [MemberData(nameof(ChapterPagesAtBothWidths))]
    public async Task Every_chart_is_readable_at_a_phone_s_and_a_laptop_s_width(string page, int width)
    {
        Prerequisite.Chromium.Require();
        await using var visit = await browser.OpenAsync(CourseSite.PagePath(page), width);
        await SitePageReady.WaitAsync(visit);
        await ChartsSettledAsync(visit);

        var measured = await visit.Page.EvaluateAsync<JsonElement>(ChartReadability.Measure, ChartReadability.Of(ChartReadability.SiteCharts, FairShare));

        var problems = ChartReadability.Problems(measured);
        Assert.True(problems.Count == 0, $"{page} at {width} px:\n" + string.Join("\n", problems));
        Assert.Empty(visit.Errors);
    }

    [Theory]
    [InlineData("07_metrics.html", new[] { "healthy (0)", "ill (1)" })]
    [InlineData("07_metrics.html", new[] { "0", "1", "2", "3" })]
    [InlineData("14_digits.html", new[] { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" })]
    public async Task A_confusion_matrix_names_every_class_on_both_axes_on_a_phone(string page, string[] classes)
    {
        Prerequisite.Chromium.Require();
        await using var visit = await browser.OpenAsync(CourseSite.PagePath(page), 390);
        await SitePageReady.WaitAsync(visit);
        await ChartsSettledAsync(visit);

        // The drawn tick labels of each heatmap's two axes, chart by chart.
        var axes = await visit.Page.EvaluateAsync<string[][]>("""
            () => [...document.querySelectorAll('.plotly-chart')].flatMap(gd => gd._fullData.filter(t => t.type === 'heatmap')
              .flatMap(t => [t.xaxis, t.yaxis].map(id => [...gd.querySelectorAll('g.' + id + 'tick text')].map(e => e.textContent.trim()))))
            """);

        Assert.Contains(axes, ticks => ticks.SequenceEqual(classes));
        Assert.Equal(2, axes.Count(ticks => ticks.SequenceEqual(classes))); // predicted across, actual down
    }

    [Fact]
    public async Task The_measure_finds_today_s_unreadable_charts()
    {
        // The defects the measure exists for, drawn by hand with the site's plotly.js on a phone: digit classes on an
        // axis left to guess (ticks 0, 2, 4 …), equal scales on two features a hundredfold apart (a flat line), a
        // title longer than the screen, and the same legend twice.
        Prerequisite.Chromium.Require();
        await using var visit = await browser.OpenAsync(CourseSite.PagePath("14_digits.html"), 390);
        await SitePageReady.WaitAsync(visit);
        await visit.Page.EvaluateAsync("""
            async () => {
              const add = () => {
                const box = document.createElement('div');
                box.className = 'unreadable';
                box.style.width = '360px';
                document.querySelector('main').prepend(box);
                return box;
              };
              const digits = [...Array(10).keys()].map(String);
              await Plotly.newPlot(add(), [{ type: 'heatmap', x: digits, y: digits, z: digits.map(() => digits.map(() => 1)) }],
                { title: { text: 'mean radius (x) against mean concave points (y) on the test set' } });
              await Plotly.newPlot(add(), [
                  { type: 'scatter', mode: 'markers', name: '0', x: [7, 14], y: [0, 0.05] },
                  { type: 'scatter', mode: 'markers', name: '0', x: [21, 28], y: [0.1, 0.2] }],
                { yaxis: { scaleanchor: 'x', scaleratio: 1 } });
            }
            """);

        var problems = string.Join("\n", ChartReadability.Problems(
            await visit.Page.EvaluateAsync<JsonElement>(ChartReadability.Measure, ChartReadability.Of(".unreadable", FairShare))));

        Assert.Contains("lacks tick labels [\"1\",\"3\",\"5\",\"7\",\"9\"]", problems);
        Assert.Contains("axis y: the data (0.00 to 0.200) covers", problems);
        Assert.Contains("reaches outside the chart", problems);
        Assert.Contains("the legend repeats [\"0\"]", problems);
    }

    // site.js fits a drawn chart to the screen (theme colours, a grid stacked on a phone, title lines, the legend
    // below) and marks it settled when done: the measurement waits for every chart's mark.
    private static Task ChartsSettledAsync(PageVisit visit) =>
        visit.Page.WaitForFunctionAsync("() => [...document.querySelectorAll('.plotly-chart')].every(gd => gd.hasAttribute('data-settled'))");
}
