using CourseTools;
using Doctor;

namespace ExecutionStage;

/// <summary>
/// Jupyter's own client: nbconvert over nbclient (Debian's <c>jupyter-nbconvert</c> and <c>python3-nbclient</c>) in the
/// kernel the notebooks' metadata names, <c>.net-csharp</c>, registered as the doctor registers it (the stock
/// dotnet-interactive tool, its FSharp.Core untouched), in a JUPYTER_PATH of the stage's own so no user's spec gets in
/// the way. Executed copies land in artifacts/jupyter/executed/, where the Jupyter browser tests open them.
/// </summary>
public sealed class JupyterFrontEnd(string repositoryRoot) : IFrontEnd
{
    private static readonly TimeSpan NotebookTimeout = TimeSpan.FromMinutes(15);

    private string Folder => Path.Combine(repositoryRoot, "artifacts", "jupyter");

    /// <summary>The JUPYTER_PATH entry holding the kernel spec.</summary>
    public string DataFolder => Path.Combine(Folder, "data");

    public string Name => "jupyter";

    public string ArtifactPath(string notebook) => Path.Combine(Folder, "executed", notebook);

    public async Task<(bool Succeeded, string Summary)> ExecuteAsync(string notebook, TextWriter log)
    {
        if (JupyterKernelSpec.FindJupyter() is not { } jupyter || !File.Exists(Path.Combine(Path.GetDirectoryName(jupyter)!, "jupyter-nbconvert")))
            return (false, $"{notebook}: Jupyter's nbconvert is not installed (Debian: apt-get install jupyter-nbconvert python3-nbclient jupyter-client)");
        RegisterKernel();
        var output = ArtifactPath(notebook);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        File.Delete(output);
        var run = await ChildProcess.RunAsync(ChildProcess.Of(jupyter, "nbconvert", "--to", "notebook", "--execute",
            Path.Combine(repositoryRoot, "notebooks", notebook), "--output-dir", Path.GetDirectoryName(output)!,
            "--ExecutePreprocessor.timeout=600", "--ExecutePreprocessor.startup_timeout=300") with
        {
            Environment = new Dictionary<string, string?> { ["JUPYTER_PATH"] = DataFolder, ["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1" },
            Timeout = NotebookTimeout,
        });
        await log.WriteAsync(run.Output);
        if (!run.Succeeded || !File.Exists(output))
            return (false, $"{notebook}: {run.Describe()}");
        return (true, $"{notebook}: passed in Jupyter ({run.Elapsed.TotalSeconds:F1} s)");
    }

    // The spec is written whole (a temporary file renamed), so two stages registering it at once do no harm.
    private void RegisterKernel()
    {
        var version = KernelToolFolders.LocalToolVersion(repositoryRoot)
            ?? throw new InvalidOperationException("dotnet-tools.json names no dotnet-interactive version");
        JupyterKernelSpec.Install(Path.Combine(DataFolder, "kernels"), version);
    }
}
