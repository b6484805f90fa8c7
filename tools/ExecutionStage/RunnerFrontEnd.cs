using NotebookRunner;

namespace ExecutionStage;

/// <summary>
/// The headless runner, as <c>dotnet run --project tools/NotebookRunner</c> runs a notebook: a kernel process of its
/// own, executed copy in artifacts/executed/ (the folder the runner's command and the site builder use).
/// </summary>
public sealed class RunnerFrontEnd(string repositoryRoot) : IFrontEnd
{
    private readonly RunnerOptions _options = RunnerOptions.ForRepository(repositoryRoot);

    public string Name => "runner";

    // Each notebook has a kernel process of its own, sharing nothing but artifacts/ (written by renaming).
    public int MaxParallel => 2;

    public string ArtifactPath(string notebook) => _options.ExecutedCopyPath(Path.Combine(_options.NotebooksRoot, notebook));

    public async Task<(bool Succeeded, string Summary)> ExecuteAsync(string notebook, TextWriter log)
    {
        using var runner = new IsolatedNotebookRunner(_options, log);
        var result = await runner.RunAsync(Path.Combine(_options.NotebooksRoot, notebook));
        return (result.Succeeded, result.Describe());
    }
}
