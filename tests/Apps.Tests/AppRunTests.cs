using System.Text.Json;
using System.Text.RegularExpressions;
using CourseTests;
using ExecutionStage;

namespace Apps.Tests;

/// <summary>
/// Every chapter program, run with <c>dotnet run apps/NN_name.cs</c>, prints every line its executed notebook prints,
/// in order (the notebook tests pin those lines to the original chapter's numbers), and writes each chart the
/// notebook shows as an offline page. Both runs are the execution stage's (artifacts/programs/, artifacts/executed/).
/// </summary>
[Trait("Category", "Apps")]
[Trait("Tier", "Full")]
public partial class AppRunTests
{
    private const string ChartLine = "chart written to ";

    // Wall-clock times ("… in 12.3 s") differ from run to run.
    [GeneratedRegex(@"\d+(\.\d+)? s\b")]
    private static partial Regex Seconds();

    private static List<string> Lines(string text) =>
        text.Replace("\r\n", "\n").Split('\n').Select(l => Seconds().Replace(l.TrimEnd(), "<seconds> s")).Where(l => l.Length > 0).ToList();

    [Theory]
    [MemberData(nameof(CourseApps.ChaptersAsTheoryData), MemberType = typeof(CourseApps))]
    public async Task Prints_what_its_notebook_prints_and_writes_its_charts(string chapter)
    {
        var reference = await ReferenceNotebooks.ReadAsync(chapter);
        var record = await StagedCopies.GetAsync(StagedCopies.Program, chapter + ".ipynb");
        var run = JsonSerializer.Deserialize<ProgramRun>(await File.ReadAllTextAsync(record.Artifact, TestContext.Current.CancellationToken))!;

        Assert.True(run.ExitCode == 0 && !run.TimedOut, $"{run.Command} exited with {run.ExitCode}{(run.TimedOut ? " (timed out)" : "")}:\n{run.StandardOutput}\n{run.StandardError}");

        var printed = Lines(run.StandardOutput);
        var position = 0;
        foreach (var expected in Lines(reference.StandardOutput))
        {
            var found = printed.IndexOf(expected, position);
            Assert.True(found >= 0,
                $"apps/{chapter}.cs does not print, after its line {position}, the notebook's line\n  {expected}\nIt printed:\n{string.Join('\n', printed.Skip(position).Take(40))}");
            position = found + 1;
        }

        var charts = printed.Where(l => l.StartsWith(ChartLine, StringComparison.Ordinal))
            .Select(l => Path.Combine(CourseApps.Root, l[ChartLine.Length..].Split(" (")[0]))
            .ToList();
        Assert.Equal(reference.ChartCount, charts.Count);
        foreach (var chart in charts)
        {
            Assert.True(File.Exists(chart), $"{chart} was announced but not written");
            Assert.True(File.GetLastWriteTimeUtc(chart) >= run.StartedUtc.AddSeconds(-2), $"{chart} is left from an earlier run");
            var page = File.ReadAllText(chart);
            Assert.Contains("Plotly.newPlot", page);
            Assert.Contains("* plotly.js v", page);
            Assert.DoesNotContain("<script src", page, StringComparison.OrdinalIgnoreCase);
        }
    }
}
