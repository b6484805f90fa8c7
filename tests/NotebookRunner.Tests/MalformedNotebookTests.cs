namespace NotebookRunner.Tests;

/// <summary>Files that are not well-formed nbformat 4 notebooks are refused as such, never run as empty notebooks.</summary>
public class MalformedNotebookTests : WithTestNotebooks
{
    private const string Cell = """{"cell_type": "code", "metadata": {}, "outputs": [], "source": "Console.WriteLine(1);"}""";

    [Theory]
    [InlineData("""{"cells": "oops", "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""", "its \"cells\" is a string, not a list of cells")]
    [InlineData("""{"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "source": 42}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""",
        "cell 1's \"source\" is a number; nbformat wants a string or a list of strings")]
    [InlineData("""{"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "source": ["ok", 7]}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""",
        "cell 1's \"source\" is a list with an item that is not a string")]
    [InlineData($$"""{"cells": [{{Cell}}, 17], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""", "cell 2 is a number, not an object")]
    [InlineData("""{"cells": [{"metadata": {}, "source": "x"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""", "cell 1 has no \"cell_type\"")]
    [InlineData("""{"cells": [{"cell_type": "code", "metadata": {}, "outputs": "none", "source": "x"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""",
        "cell 1's \"outputs\" is a string, not a list")]
    [InlineData($$"""{"cells": [{{Cell}}], "metadata": {}, "nbformat": 2, "nbformat_minor": 0}""", "is nbformat 2; this runner reads nbformat 4")]
    [InlineData($$"""{"cells": [{{Cell}}], "metadata": {}, "nbformat": "4"}""", "is nbformat \"4\"; this runner reads nbformat 4")]
    [InlineData("""{"worksheets": [{"cells": []}], "metadata": {}, "nbformat": 3, "nbformat_minor": 0}""", "is an nbformat 3 (or older) notebook")]
    [InlineData($$"""{"cells": [{{Cell}}], "metadata": {}, "nbformat_minor": 5}""", "has no \"nbformat\" version")]
    [InlineData("""{"cells": [{"cell_type": "heading", "metadata": {}, "source": "File.Delete(\"x\");"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""",
        "cell 1 has the cell_type \"heading\"; nbformat allows \"code\", \"markdown\" and \"raw\"")]
    public async Task A_malformed_notebook_is_refused_saying_what_is_wrong(string content, string expected)
    {
        var path = Notebooks.WriteText("malformed.ipynb", content);

        var result = await Notebooks.RunAsync(path);

        Assert.Equal(NotebookStatus.Unreadable, result.Status);
        Assert.Contains(expected, result.Error);
        Assert.Equal((0, 0), (result.CodeCellsRun, result.CodeCells));
        Assert.Null(result.ExecutedCopy);
        Assert.False(File.Exists(Path.Combine(Notebooks.OutputFolder, "malformed.ipynb")));
    }

    [Fact]
    public async Task A_folder_given_as_a_notebook_is_called_a_folder_not_access_denied()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Notebooks.Folder, "chapter.ipynb")).FullName;

        var result = await Notebooks.RunAsync(folder);

        Assert.Equal(NotebookStatus.Unreadable, result.Status);
        Assert.Contains("is a folder, not a notebook", result.Error);
        Assert.DoesNotContain("denied", result.Error);
    }

    [Trait("Tier", "Full")] // runs the runner as a process, kernel processes and all
    [Fact]
    public async Task A_malformed_notebook_is_refused_by_the_command_and_the_others_still_run()
    {
        var repo = RunnerProcess.FakeRepository(Notebooks.Folder);
        Notebooks.WriteText(Path.Combine("notebooks", "01_oops.ipynb"), """{"cells": "oops", "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""");
        Notebooks.Write(Path.Combine("notebooks", "02_fine.ipynb"), "Console.WriteLine(1);");

        var run = await RunnerProcess.RunAsync(repo, null);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("notebooks/01_oops.ipynb is not a valid notebook: its \"cells\" is a string, not a list of cells.", run.Errors);
        Assert.Matches(@"notebooks/01_oops\.ipynb\s+0/0\s+\d+\.\d\s+unreadable", run.Output);
        Assert.Matches(@"notebooks/02_fine\.ipynb\s+1/1\s+\d+\.\d\s+passed", run.Output);
    }
}
