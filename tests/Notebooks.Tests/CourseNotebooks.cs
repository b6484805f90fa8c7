using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CourseTests;
using NotebookRunner;

namespace Notebooks.Tests;

/// <summary>
/// Runs each course notebook once per test run, through the same runner as the README's command, and
/// keeps the result so several tests can check one execution.
/// </summary>
public static class CourseNotebooks
{
    public static readonly RunnerOptions Options = RunnerOptions.ForRepository(AppContext.BaseDirectory);

    private static readonly ConcurrentDictionary<string, Lazy<Task<NotebookResult>>> Runs = new();

    /// <summary>Every notebook under notebooks/, as paths relative to that folder.</summary>
    public static IEnumerable<string> All() => CourseNotebookFiles.In(Options.NotebooksRoot);

    public static TheoryData<string> AllAsTheoryData() => new(All());

    public static Task<NotebookResult> RunAsync(string relativePath) =>
        Runs.GetOrAdd(relativePath, path => new Lazy<Task<NotebookResult>>(() =>
            new NotebookExecutor(Options, TextWriter.Null).RunAsync(Path.Combine(Options.NotebooksRoot, path)))).Value;

    /// <summary>What the notebook printed to standard output, in order (it runs once, see <see cref="ExecutedAsync"/>).</summary>
    public static async Task<string> OutputAsync(string relativePath) => (await ExecutedAsync(relativePath)).StandardOutput;

    /// <summary>The notebook file as committed (sources and prose, no outputs): for what a notebook says or no longer says.</summary>
    public static Task<string> SourceAsync(string relativePath) => File.ReadAllTextAsync(Path.Combine(Options.NotebooksRoot, relativePath));

    /// <summary>Runs the notebook, fails with the runner's one-line report if it did not pass, and returns the executed copy.</summary>
    public static async Task<ExecutedNotebook> ExecutedAsync(string relativePath)
    {
        var result = await RunAsync(relativePath);
        Assert.True(result.Succeeded, result.Describe());
        return new ExecutedNotebook(JsonNode.Parse(File.ReadAllText(result.ExecutedCopy!))!.AsObject());
    }
}
