using CourseTests;

namespace Notebooks.Tests.Jupyter;

/// <summary>
/// Every notebook through Jupyter's own client and the stock kernel, compared cell by cell with the headless runner:
/// the same cells succeed, with the same kinds of output, printing the same text (every number included). Both copies
/// come from the execution stage (nbconvert over nbclient in the <c>.net-csharp</c> kernel the doctor registers, into
/// artifacts/jupyter/executed/).
/// </summary>
[Trait("Category", "Jupyter")]
[Trait("Tier", "Full")]
public class JupyterNotebookTests
{
    [Theory]
    [MemberData(nameof(CourseNotebooks.AllAsTheoryData), MemberType = typeof(CourseNotebooks))]
    public async Task Runs_in_Jupyter_with_the_outputs_and_numbers_the_runner_gets(string notebook)
    {
        Prerequisite.JupyterNbconvert.Require();
        var jupyter = await StagedCopies.SucceededAsync(StagedCopies.Jupyter, notebook);
        var runner = CellSummary.Of(await CourseNotebooks.ExecutedAsync(notebook));
        var viaJupyter = CellSummary.Of(await ExecutedNotebook.ReadAsync(jupyter));

        Assert.Equal(runner.Count, viaJupyter.Count);
        foreach (var (expected, actual) in runner.Zip(viaJupyter))
        {
            Assert.False(actual.Failed, $"{notebook}: {actual} in Jupyter");
            Assert.True(expected.Kinds.SequenceEqual(actual.Kinds), $"{notebook}: runner {expected}; Jupyter {actual}");
            Assert.Equal(expected.Printed, actual.Printed);
        }
    }
}
