using System.Text.Json;
using CourseTests;

namespace Site.Tests;

/// <summary>
/// The readability measure (<see cref="ChartReadability"/>) that <see cref="EveryPage"/> applies to every chart finds
/// the defects it exists for, drawn by hand.
/// </summary>
[Trait("Tier", "Full")]
public class ChartReadabilityTests(OfflineBrowser browser) : ChromiumTests
{
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
            await visit.Page.EvaluateAsync<JsonElement>(ChartReadability.Measure, ChartReadability.Of(".unreadable", ChartReadability.FairShare))));

        Assert.Contains("lacks tick labels [\"1\",\"3\",\"5\",\"7\",\"9\"]", problems);
        Assert.Contains("axis y: the data (0.00 to 0.200) covers", problems);
        Assert.Contains("reaches outside the chart", problems);
        Assert.Contains("the legend repeats [\"0\"]", problems);
    }
}
