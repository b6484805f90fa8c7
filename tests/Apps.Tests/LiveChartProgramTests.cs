using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CourseTests;
using ExecutionStage;

namespace Apps.Tests;

/// <summary>
/// apps/12_live_training.cs: the notebook's live loss chart, created the same way as in the notebook, becomes a chart
/// page the program rewrites while it trains; the page it leaves is the final chart, with every epoch.
/// </summary>
[Trait("Category", "Apps")]
[Trait("Tier", "Full")]
public partial class LiveChartProgramTests
{
    private const string Chapter = "12_live_training";
    private const string LiveChartLine = "chart written to ";
    private const string Rewritten = " (rewritten while the program runs)";

    // The x values of each trace in a Plotly.NET page: "x":[0.0,1.0,…].
    [GeneratedRegex(@"""x"":\[(?<values>[^\]]*)\]")]
    private static partial Regex XValues();

    [Fact]
    public async Task Leaves_the_live_loss_chart_as_a_page_with_every_epoch_of_both_losses()
    {
        var record = await StagedCopies.GetAsync(StagedCopies.Program, Chapter + ".ipynb");
        var run = JsonSerializer.Deserialize<ProgramRun>(await File.ReadAllTextAsync(record.Artifact, TestContext.Current.CancellationToken))!;
        Assert.Equal(0, run.ExitCode);

        var announced = run.StandardOutput.Split('\n').Select(l => l.TrimEnd()).Single(l => l.StartsWith(LiveChartLine, StringComparison.Ordinal) && l.EndsWith(Rewritten, StringComparison.Ordinal));
        var page = File.ReadAllText(Path.Combine(CourseApps.Root, announced[LiveChartLine.Length..^Rewritten.Length]));

        Assert.Contains("model_3: loss while training", page);
        var traces = XValues().Matches(page).Select(m => m.Groups["values"].Value.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList();
        Assert.Equal(2, traces.Count); // train and test loss
        Assert.All(traces, x => Assert.Equal(Enumerable.Range(0, 1000).Select(e => (double)e), x));
    }
}

/// <summary>12_live_training's chart needs no rule of the generator: the notebook's line is the program's line.</summary>
public class LiveChartProgramSourceTests
{
    private const string Chapter = "12_live_training";

    [Fact]
    public void The_notebook_creates_its_chart_without_kernel_code_so_the_program_is_the_notebooks_code()
    {
        var program = File.ReadAllText(Path.Combine(CourseApps.Root, "apps", Chapter + ".cs"));

        Assert.Contains("var live = new LiveLossChart(renderEvery: 50, title: \"model_3: loss while training\");", program);
        Assert.DoesNotContain("KernelInvocationContext", File.ReadAllText(CourseApps.NotebookPath(Chapter)));
        Assert.DoesNotContain("ShowLive", program);
    }
}
