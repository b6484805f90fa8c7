using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Site.Tests;

/// <summary>
/// axe-core (Deque.AxeCore.Playwright) on every page in both themes (every rule in light, the colour rules in dark): no
/// serious or critical violation, colour contrast included; and every chart (a figure named by its description) and
/// image has a text alternative.
/// </summary>
public partial class EveryPage
{
    // Read on the settled page: the charts have taken the theme's colours, so axe sees what a reader sees. Only at
    // 1280 px, where its checks look (axe takes 1 to 6 s a chapter). Every rule in the light theme; in the dark one
    // only the rules about colour, since the theme changes colours and nothing else (the same markup, one stylesheet
    // with a prefers-color-scheme block), and axe's other rules would find there exactly what they find in light.
    private static readonly PageProbe Axe = new("axe-core's findings", async page => await page.RunAxe(AllRules),
        view => view is { Width: 1280, Theme: ColorScheme.Light });

    // Only the violations are reported element by element; a passing rule is reported with one element, which is
    // all the test reads of it. On a chapter axe otherwise describes every element every rule passed (thousands of
    // code tokens); measured on 46 views (2026-12-07), this took axe from 125 s to 89 s.
    private static readonly AxeRunOptions AllRules = new() { ResultTypes = [ResultType.Violations] };

    private static readonly AxeRunOptions ColourRulesOnly = new()
    {
        RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast", "link-in-text-block"] },
        ResultTypes = [ResultType.Violations],
    };

    private static readonly PageProbe AxeColours = new("axe-core's findings on colour", async page => await page.RunAxe(ColourRulesOnly),
        view => view is { Width: 1280, Theme: ColorScheme.Dark });

    // Each chart's box: its role, the text it is labelled by, and the names of the chart's traces.
    private static readonly PageProbe ChartDescriptions = PageProbe.Script<JsonElement>("the charts' descriptions", """
        () => [...document.querySelectorAll('.plotly-chart')].map(gd => {
          const box = gd.parentElement;
          return { role: box.getAttribute('role'), label: document.getElementById(box.getAttribute('aria-labelledby'))?.textContent ?? null,
                   names: gd.data.map(t => t.name).filter(n => n) };
        })
        """);

    private static readonly PageProbe ImageAlts = PageProbe.Script<string[]>("the images' alt texts",
        "() => [...document.querySelectorAll('main img')].map(i => i.getAttribute('alt') ?? '')");

    [Theory]
    [MemberData(nameof(PagesInBothThemes))]
    public async Task Axe_finds_no_serious_or_critical_violation(string page, ColorScheme theme)
    {
        var view = await ViewAsync(page, theme: theme);

        var result = view.Get<AxeResult>(theme == ColorScheme.Light ? Axe : AxeColours);

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, $"{page} ({theme}):\n" + string.Join("\n", serious));
        Assert.Contains(result.Passes, p => p.Id == "color-contrast");
        Assert.Empty(view.OffsiteRequests);
    }

    [Theory]
    [MemberData(nameof(ChapterPages))]
    public async Task Every_chart_is_a_figure_described_by_its_title_and_traces(string page)
    {
        var view = await ViewAsync(page);

        foreach (var chart in view.Get<JsonElement>(ChartDescriptions).EnumerateArray())
        {
            Assert.Equal("figure", chart.GetProperty("role").GetString());
            var label = chart.GetProperty("label").GetString();
            Assert.StartsWith("Chart: ", label);
            Assert.All(chart.GetProperty("names").EnumerateArray(), name => Assert.Contains(name.GetString()!, label));
        }
        Assert.All(view.Get<string[]>(ImageAlts), alt => Assert.NotEmpty(alt));
    }
}
