using System.Text.Json.Nodes;
using CourseTests;
using CourseTools;

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

    // Jupyter's own nbformat, with its warnings made errors: a 4.5 notebook whose cells lack ids reads with a
    // MissingIDFieldWarning ("this will become a hard error") and gets random ids, which every save then commits.
    private const string ValidateAndPrintIds = """
        import sys, warnings, nbformat
        warnings.simplefilter("error")
        notebook = nbformat.read(sys.argv[1], as_version=4)
        nbformat.validate(notebook)
        print(" ".join(cell.id for cell in notebook.cells))
        """;

    [Theory]
    [MemberData(nameof(CourseNotebooks.AllAsTheoryData), MemberType = typeof(CourseNotebooks))]
    public async Task Jupyter_reads_it_as_valid_nbformat_with_no_warning_and_keeps_every_cells_id(string notebook)
    {
        Prerequisite.JupyterNbconvert.Require();
        var committed = Path.Combine(CourseNotebooks.Options.NotebooksRoot, notebook);
        var ids = JsonNode.Parse(await File.ReadAllTextAsync(committed, TestContext.Current.CancellationToken))!.CellIds();

        // Debian's Python, the one nbconvert runs in when the stage executes the notebooks.
        var read = await ChildProcess.RunAsync(ChildProcess.Of(SystemProgram.SystemPython, "-c", ValidateAndPrintIds, committed)
            with { Timeout = TimeSpan.FromMinutes(2) }, TestContext.Current.CancellationToken);

        Assert.True(read.Succeeded, read.Describe());
        Assert.Equal(string.Join(' ', ids), read.StandardOutput.Trim());
        var viaJupyter = await StagedCopies.SucceededAsync(StagedCopies.Jupyter, notebook);
        Assert.Equal(ids, (await ExecutedNotebook.ReadAsync(viaJupyter)).Json.CellIds());
    }
}
