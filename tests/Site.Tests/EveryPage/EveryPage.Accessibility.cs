using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Site.Tests;

/// <summary>
/// axe-core (Deque.AxeCore.Playwright) on every page in both themes: no serious or critical violation, colour contrast
/// included; and every chart (a figure named by its description) and image has a text alternative.
/// </summary>
public partial class EveryPage
{
    [Theory]
    [MemberData(nameof(PagesInBothThemes))]
    public async Task Axe_finds_no_serious_or_critical_violation(string page, ColorScheme theme)
    {
        // The view is handed out settled: the charts have taken the theme's colours, so axe sees the final page.
        var visit = await ViewAsync(page, theme: theme);

        var result = await visit.Page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, $"{page} ({theme}):\n" + string.Join("\n", serious));
        Assert.Contains(result.Passes, p => p.Id == "color-contrast");
        Assert.Empty(visit.OffsiteRequests);
    }

    [Theory]
    [MemberData(nameof(ChapterPages))]
    public async Task Every_chart_is_a_figure_described_by_its_title_and_traces(string page)
    {
        var visit = await ViewAsync(page);

        var charts = await visit.Page.Locator(".plotly-chart").AllAsync();
        foreach (var chart in charts)
        {
            var box = chart.Locator("xpath=..");
            Assert.Equal("figure", await box.GetAttributeAsync("role"));
            var label = await visit.Page.EvaluateAsync<string>("box => document.getElementById(box.getAttribute('aria-labelledby')).textContent", await box.ElementHandleAsync());
            var names = await visit.Page.EvaluateAsync<string[]>("gd => gd.data.map(t => t.name).filter(n => n)", await chart.ElementHandleAsync());
            Assert.StartsWith("Chart: ", label);
            Assert.All(names, name => Assert.Contains(name, label));
        }
        var images = await visit.Page.EvalOnSelectorAllAsync<string[]>("main img", "imgs => imgs.map(i => i.getAttribute('alt') ?? '')");
        Assert.All(images, alt => Assert.NotEmpty(alt));
    }
}
