using CourseTests;

namespace NotebookRunner.Tests;

/// <summary>Where executed copies go, and what happens when one cannot be written.</summary>
public class ExecutedCopyTests : WithTestNotebooks
{
    [Trait("Tier", "Full")] // runs the runner as a process, kernel processes and all
    [Fact]
    public async Task An_artifacts_executed_that_is_a_file_is_reported_and_every_notebook_still_runs()
    {
        var repo = RunnerProcess.FakeRepository(Notebooks.Folder);
        Notebooks.Write(Path.Combine("notebooks", "01_one.ipynb"), "Console.WriteLine(1);");
        Notebooks.Write(Path.Combine("notebooks", "02_two.ipynb"), "Console.WriteLine(2);");
        var blocker = Path.Combine(repo, "artifacts", "executed");
        File.WriteAllText(blocker.EnsureFolder(), "a file where the folder should be");

        var run = await RunnerProcess.RunAsync(repo, null);

        Assert.Equal(1, run.ExitCode);
        var why = $"the executed copy {Path.Combine(blocker, "01_one.ipynb")} could not be written: {blocker} is a file where a folder should be; move or delete that file.";
        Assert.Contains($"notebooks/01_one.ipynb: passed (1 code cells, ", run.Errors);
        Assert.Contains(why, run.Errors);
        Assert.Matches(@"notebooks/01_one\.ipynb\s+1/1\s+\d+\.\d\s+passed, copy not written", run.Output);
        Assert.Matches(@"notebooks/02_two\.ipynb\s+1/1\s+\d+\.\d\s+passed, copy not written", run.Output);
        Assert.Contains("0 passed, 2 failed", run.Output);
        Assert.Equal("a file where the folder should be", File.ReadAllText(blocker));
    }

    [Fact]
    public async Task A_copy_that_cannot_be_written_is_reported_and_the_next_notebook_is_saved()
    {
        var blocked = Notebooks.Write("blocked.ipynb", "Console.WriteLine(1);");
        var saved = Notebooks.Write("saved.ipynb", "Console.WriteLine(2);");
        Directory.CreateDirectory(Path.Combine(Notebooks.OutputFolder, "blocked.ipynb", "something inside"));

        var first = await Notebooks.RunAsync(blocked);
        var second = await Notebooks.RunAsync(saved);

        Assert.Equal(NotebookStatus.Passed, first.Status);
        Assert.False(first.Succeeded);
        Assert.Null(first.ExecutedCopy);
        Assert.EndsWith("blocked.ipynb could not be written: a folder has that name; move or delete the folder.", first.CopyError);
        Assert.Contains(first.CopyError!, first.Describe());
        Assert.Empty(Directory.EnumerateFiles(Notebooks.OutputFolder, "*.tmp", SearchOption.AllDirectories));
        Assert.True(second.Succeeded, second.Describe());
        Assert.Equal("2\n", TestNotebook.ReadExecuted(second).Outputs(0)[0]!["text"].JoinedText());
    }

    [Fact]
    public void TwoNotebooks_of_the_same_name_outside_theNotebooks_folder_get_copies_of_their_own()
    {
        var options = new RunnerOptions(Path.Combine(Notebooks.Folder, "notebooks"), Path.Combine(Notebooks.Folder, "executed"), TimeSpan.FromMinutes(1));

        var a = options.ExecutedCopyPath(Path.Combine(Notebooks.Folder, "a", "scratch.ipynb"));
        var b = options.ExecutedCopyPath(Path.Combine(Notebooks.Folder, "b", "scratch.ipynb"));

        Assert.NotEqual(a, b);
        Assert.Equal(Path.Combine(options.OutputRoot, RunnerOptions.OutsideFolder) + Path.DirectorySeparatorChar,
            a[..(options.OutputRoot.Length + RunnerOptions.OutsideFolder.Length + 2)]);
        Assert.EndsWith(Path.Combine("a", "scratch.ipynb"), a);
        Assert.Equal(Path.Combine(options.OutputRoot, "ch", "scratch.ipynb"), options.ExecutedCopyPath(Path.Combine(options.NotebooksRoot, "ch", "scratch.ipynb")));
        // A folder whose name starts with two dots is inside, not outside.
        Assert.Equal(Path.Combine(options.OutputRoot, "..old", "x.ipynb"), options.ExecutedCopyPath(Path.Combine(options.NotebooksRoot, "..old", "x.ipynb")));
    }

    [Trait("Tier", "Full")] // runs the runner as a process, kernel processes and all
    [Fact]
    public async Task TwoNotebooks_of_the_same_name_in_different_folders_keep_both_executed_copies()
    {
        var repo = RunnerProcess.FakeRepository(Notebooks.Folder);
        var first = Notebooks.Write(Path.Combine("scratch", "a", "try.ipynb"), "Console.WriteLine(\"from a\");");
        var second = Notebooks.Write(Path.Combine("scratch", "b", "try.ipynb"), "Console.WriteLine(\"from b\");");

        var run = await RunnerProcess.RunAsync(repo, null, first, second);

        Assert.Equal(0, run.ExitCode);
        var options = RunnerOptions.ForRepository(repo);
        Assert.Equal("from a\n", ReadText(options.ExecutedCopyPath(first)));
        Assert.Equal("from b\n", ReadText(options.ExecutedCopyPath(second)));
    }

    private static string ReadText(string executedCopy) =>
        System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(executedCopy))!["cells"]![0]!["outputs"]![0]!["text"].JoinedText();
}
