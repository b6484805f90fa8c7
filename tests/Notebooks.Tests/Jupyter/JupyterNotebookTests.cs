namespace Notebooks.Tests.Jupyter;

/// <summary>
/// Every notebook through Jupyter's own client and the stock kernel, compared cell by cell with the headless runner:
/// the same cells succeed, with the same kinds of output, printing the same text (every number included).
/// </summary>
[Trait("Category", "Jupyter")]
public class JupyterNotebookTests
{
    [Theory]
    [MemberData(nameof(CourseNotebooks.AllAsTheoryData), MemberType = typeof(CourseNotebooks))]
    public async Task Runs_in_Jupyter_with_the_outputs_and_numbers_the_runner_gets(string notebook)
    {
        var jupyter = await JupyterNotebooks.RunAsync(notebook);
        Assert.True(jupyter is { ExitCode: 0, Notebook: not null }, $"jupyter nbconvert --execute {notebook} failed (exit {jupyter.ExitCode}):\n{Tail(jupyter.Log)}");
        var runner = CellSummary.Of(await CourseNotebooks.ExecutedAsync(notebook));
        var viaJupyter = CellSummary.Of(jupyter.Notebook!);

        Assert.Equal(runner.Count, viaJupyter.Count);
        foreach (var (expected, actual) in runner.Zip(viaJupyter))
        {
            Assert.False(actual.Failed, $"{notebook}: {actual} in Jupyter");
            Assert.True(expected.Kinds.SequenceEqual(actual.Kinds), $"{notebook}: runner {expected}; Jupyter {actual}");
            Assert.Equal(expected.Printed, actual.Printed);
        }
    }

    private static string Tail(string log) => string.Join('\n', log.Split('\n').TakeLast(30));
}
