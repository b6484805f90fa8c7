using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Doctor;

namespace Site.Tests.Jupyter;

/// <summary>
/// A real Jupyter Notebook server (Debian's <c>jupyter-notebook</c>, 6.4) on 127.0.0.1 with no token, serving copies of
/// course notebooks, with the <c>.net-csharp</c> kernel spec the doctor registers in a JUPYTER_PATH of its own. The copies
/// sit in artifacts/jupyter-browser/notebooks/ beside a link to lib/, so the notebooks' relative
/// <c>#r "../lib/bin/CourseLib.dll"</c> resolves and opening them never writes into the committed notebooks. Where
/// Jupyter Notebook is missing the server is not started and <see cref="Serve"/> skips the test that asks.
/// </summary>
public sealed class JupyterNotebookServer : IAsyncLifetime
{
    private static readonly string RepositoryRoot = Path.GetDirectoryName(CourseSite.Runner.NotebooksRoot)!;
    private readonly string _root = Path.Combine(RepositoryRoot, "artifacts", "jupyter-browser");
    private Process? _server;
    private readonly System.Text.StringBuilder _log = new();

    public int Port { get; } = FreePort();

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public string NotebooksFolder => Path.Combine(_root, "notebooks");

    /// <summary>What the server printed so far, for failure messages.</summary>
    public string Log { get { lock (_log) return _log.ToString(); } }

    private string DataFolder => Path.Combine(_root, "jupyter-data");

    /// <summary>The server's environment: its kernel spec, and its own config and data folders (no user's gets in; the
    /// data folder holds the signatures that make a notebook trusted).</summary>
    private Dictionary<string, string?> Environment => new()
    {
        ["JUPYTER_PATH"] = DataFolder,
        ["JUPYTER_DATA_DIR"] = Path.Combine(_root, "jupyter-user-data"),
        ["JUPYTER_CONFIG_DIR"] = Path.Combine(_root, "jupyter-config"),
        ["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1",
    };

    public async ValueTask InitializeAsync()
    {
        if (TestTier.IsFast || Prerequisite.JupyterNotebook.Missing is not null) return;
        var jupyter = JupyterKernelSpec.FindJupyter()!;
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        Directory.CreateDirectory(NotebooksFolder);
        Directory.CreateSymbolicLink(Path.Combine(_root, "lib"), Path.Combine(RepositoryRoot, "lib"));
        JupyterKernelSpec.Install(Path.Combine(DataFolder, "kernels"),
            KernelToolFolders.LocalToolVersion(RepositoryRoot) ?? throw new InvalidOperationException("dotnet-tools.json names no dotnet-interactive version"));

        var start = new ProcessStartInfo(jupyter) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = NotebooksFolder };
        foreach (var arg in new[] { "notebook", "--no-browser", "--ip=127.0.0.1", $"--port={Port}", "--port-retries=0",
                     $"--notebook-dir={NotebooksFolder}", "--NotebookApp.token=", "--NotebookApp.password=", "--allow-root" })
            start.ArgumentList.Add(arg);
        foreach (var (name, value) in Environment) start.Environment[name] = value;
        _server = Process.Start(start)!;
        _server.OutputDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        _server.ErrorDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();

        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (_server.HasExited) throw new InvalidOperationException($"jupyter notebook exited with {_server.ExitCode}:\n{Log}");
            try
            {
                if ((await http.GetAsync($"{BaseUrl}/api")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"jupyter notebook did not answer on {BaseUrl} within 2 minutes:\n{Log}");
    }

    /// <summary>
    /// Copies a notebook (the committed one, or <paramref name="executedCopy"/>, the stage's copy executed in Jupyter,
    /// then trusted as a learner trusts a notebook they ran, so its charts' scripts run) into the served folder, with
    /// the figures its markdown shows beside it as in notebooks/ (a missing one would be a 404 in the page's console),
    /// and returns its page address.
    /// </summary>
    public async Task<string> ServeAsync(string notebook, string? executedCopy = null)
    {
        TestTier.RequireFull("serves notebooks in Jupyter");
        Prerequisite.JupyterNotebook.Require();
        var served = Path.Combine(NotebooksFolder, notebook);
        if (executedCopy is null)
            File.Copy(Path.Combine(CourseSite.Runner.NotebooksRoot, notebook), served, overwrite: true);
        else
            File.WriteAllText(served, WithoutKernelBootstrap(File.ReadAllText(executedCopy)));
        if (executedCopy is not null) // what `jupyter trust` does (Debian ships nbformat's notary, not that command)
            (await ChildProcess.RunAsync(ChildProcess.Of(File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3", "-c", // Jupyter's own Python, not a pyenv's
                "import sys, nbformat; from nbformat.sign import NotebookNotary; NotebookNotary().sign(nbformat.read(sys.argv[1], as_version=4))",
                served) with { Environment = Environment })).EnsureSucceeded();
        var figures = Path.Combine(CourseSite.Runner.NotebooksRoot, "figures");
        var servedFigures = Directory.CreateDirectory(Path.Combine(NotebooksFolder, "figures")).FullName;
        foreach (var file in Directory.EnumerateFiles(figures))
            File.Copy(file, Path.Combine(servedFigures, Path.GetFileName(file)), overwrite: true);
        return $"{BaseUrl}/notebooks/{Uri.EscapeDataString(notebook)}";
    }

    /// <summary>
    /// Serves <paramref name="file"/> as a reader gets it from the site: alone in a folder of its own (no figures/ beside
    /// it) and untrusted (not signed), and returns its page address.
    /// </summary>
    public string ServeAlone(string file)
    {
        TestTier.RequireFull("serves notebooks in Jupyter");
        Prerequisite.JupyterNotebook.Require();
        var folder = Directory.CreateDirectory(Path.Combine(NotebooksFolder, "downloaded")).FullName;
        File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        return $"{BaseUrl}/notebooks/downloaded/{Uri.EscapeDataString(Path.GetFileName(file))}";
    }

    /// <summary>
    /// The executed notebook without the Jupyter kernel's bootstrap output (its first cell's script, marked
    /// <c>dotnet-interactive-this-cell</c>, that connects the page to the kernel session that ran it): reopened, it asks
    /// that session, long gone, for its scripts, which only fills the console with refused connections. It is the
    /// kernel's plumbing, not the course's output; the kernel writes a new one on the next run.
    /// </summary>
    private static string WithoutKernelBootstrap(string executed)
    {
        var notebook = System.Text.Json.Nodes.JsonNode.Parse(executed)!;
        foreach (var cell in notebook["cells"]!.AsArray())
            if (cell!["outputs"] is System.Text.Json.Nodes.JsonArray outputs)
                foreach (var output in outputs.Where(o => NotebookJson.JoinedText(o!["data"]?["text/html"]).Contains("dotnet-interactive-this-cell", StringComparison.Ordinal)).ToList())
                    outputs.Remove(output);
        return notebook.ToJsonString();
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }
        _server?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>
/// The Jupyter tests share one notebook server and run one after another: two kernels starting at once on these two
/// cores (each taking a port from the same range) left the second unconnected for minutes, so they never overlap.
/// </summary>
[CollectionDefinition(Name)]
public sealed class JupyterServerCollection : ICollectionFixture<JupyterNotebookServer>
{
    public const string Name = "Jupyter Notebook server";
}
