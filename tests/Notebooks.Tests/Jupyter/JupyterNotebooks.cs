using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Doctor;

namespace Notebooks.Tests.Jupyter;

/// <summary>
/// The Jupyter door: each course notebook executed by Jupyter's own client (nbconvert over nbclient, Debian's
/// <c>jupyter-nbconvert</c> and <c>python3-nbclient</c>) in the kernel its metadata names, <c>.net-csharp</c>, registered
/// the way the README tells a learner to (the doctor's <see cref="JupyterKernelSpec"/>): the stock dotnet-interactive
/// tool, its FSharp.Core untouched. Executed copies land in artifacts/jupyter/executed/.
/// </summary>
public static class JupyterNotebooks
{
    private static readonly TimeSpan NotebookTimeout = TimeSpan.FromMinutes(15);
    private static readonly ConcurrentDictionary<string, Lazy<Task<JupyterRun>>> Runs = new();
    private static readonly Lazy<string> DataFolder = new(RegisterKernel);

    private static string RepositoryRoot => Path.GetDirectoryName(CourseNotebooks.Options.NotebooksRoot)!;

    private static string ArtifactsFolder => Path.Combine(RepositoryRoot, "artifacts", "jupyter");

    /// <summary>What nbconvert left: the executed notebook (null if it wrote none), its exit code and what it printed.</summary>
    public sealed record JupyterRun(ExecutedNotebook? Notebook, int ExitCode, string Log);

    /// <summary>Executes the notebook through Jupyter once per test run.</summary>
    public static Task<JupyterRun> RunAsync(string relativePath) =>
        Runs.GetOrAdd(relativePath, path => new Lazy<Task<JupyterRun>>(() => ExecuteAsync(path))).Value;

    /// <summary>The kernel spec folder the runs use (a JUPYTER_PATH entry of their own, so no user spec gets in the way).</summary>
    public static string KernelSpecFile => Path.Combine(DataFolder.Value, "kernels", JupyterKernelSpec.KernelName, "kernel.json");

    private static string RegisterKernel()
    {
        var data = Path.Combine(ArtifactsFolder, "data");
        var version = KernelToolFolders.LocalToolVersion(RepositoryRoot)
            ?? throw new InvalidOperationException("dotnet-tools.json names no dotnet-interactive version");
        JupyterKernelSpec.Install(Path.Combine(data, "kernels"), version);
        return data;
    }

    private static async Task<JupyterRun> ExecuteAsync(string relativePath)
    {
        var jupyter = JupyterKernelSpec.FindJupyter()
            ?? throw new InvalidOperationException("Jupyter is not installed; on Debian: apt-get install jupyter-nbconvert python3-nbclient (.ci/run does)");
        var notebook = Path.Combine(CourseNotebooks.Options.NotebooksRoot, relativePath);
        var outputFolder = Path.Combine(ArtifactsFolder, "executed", Path.GetDirectoryName(relativePath) ?? "");
        Directory.CreateDirectory(outputFolder);
        var output = Path.Combine(outputFolder, Path.GetFileName(relativePath));
        File.Delete(output);

        var start = new ProcessStartInfo(jupyter) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "nbconvert", "--to", "notebook", "--execute", notebook, "--output-dir", outputFolder,
                     "--ExecutePreprocessor.timeout=600", "--ExecutePreprocessor.startup_timeout=300" })
            start.ArgumentList.Add(arg);
        start.Environment["JUPYTER_PATH"] = DataFolder.Value;
        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(NotebookTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return new JupyterRun(null, -1, $"nbconvert did not finish within {NotebookTimeout.TotalMinutes} minutes");
        }
        var log = await stdout + await stderr;
        var executed = File.Exists(output) ? new ExecutedNotebook(JsonNode.Parse(await File.ReadAllTextAsync(output))!.AsObject()) : null;
        return new JupyterRun(executed, process.ExitCode, log);
    }
}
