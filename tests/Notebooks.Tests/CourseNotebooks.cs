using System.Text.Json.Nodes;
using CourseTests;
using NotebookRunner;

namespace Notebooks.Tests;

/// <summary>
/// The course notebooks as the headless runner executed them: each once, by the execution stage (tools/ExecutionStage,
/// the runner's own kernel process per notebook, as the README's command runs them), which reuses a copy whose inputs
/// are unchanged. Every test of a notebook reads that one executed copy.
/// </summary>
public static class CourseNotebooks
{
    public static readonly RunnerOptions Options = RunnerOptions.ForRepository(AppContext.BaseDirectory);

    /// <summary>Every notebook under notebooks/, as paths relative to that folder.</summary>
    public static IEnumerable<string> All() => CourseNotebookFiles.In(Options.NotebooksRoot);

    public static TheoryData<string> AllAsTheoryData() => new(All());

    /// <summary>What the notebook printed to standard output, in order (it runs once, see <see cref="ExecutedAsync"/>).</summary>
    public static async Task<string> OutputAsync(string relativePath) => (await ExecutedAsync(relativePath)).StandardOutput;

    /// <summary>The notebook file as committed (sources and prose, no outputs): for what a notebook says or no longer says.</summary>
    public static Task<string> SourceAsync(string relativePath) => File.ReadAllTextAsync(Path.Combine(Options.NotebooksRoot, relativePath));

    /// <summary>The executed copy, failing with the runner's one-line report where the notebook did not pass.</summary>
    public static async Task<ExecutedNotebook> ExecutedAsync(string relativePath) =>
        await ExecutedNotebook.ReadAsync(await StagedCopies.SucceededAsync(StagedCopies.Runner, relativePath));
}
