using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Doctor;

namespace Site.Tests.Jupyter;

/// <summary>
/// A real Jupyter Notebook server (Debian's <c>jupyter-notebook</c>, 6.4) on 127.0.0.1 with no token, serving a copy of
/// course notebooks, with the <c>.net-csharp</c> kernel spec the doctor registers in a JUPYTER_PATH of its own. The copy
/// sits in artifacts/jupyter-browser/notebooks/ beside a link to lib/, so the notebooks' relative
/// <c>#r "../lib/bin/CourseLib.dll"</c> resolves and running them never writes into the committed notebooks.
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

    public async ValueTask InitializeAsync()
    {
        var jupyter = JupyterKernelSpec.FindJupyter()
            ?? throw new InvalidOperationException("Jupyter Notebook is not installed; on Debian: apt-get install jupyter-notebook (.ci/run does)");
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        Directory.CreateDirectory(NotebooksFolder);
        Directory.CreateSymbolicLink(Path.Combine(_root, "lib"), Path.Combine(RepositoryRoot, "lib"));
        var data = Path.Combine(_root, "jupyter-data");
        JupyterKernelSpec.Install(Path.Combine(data, "kernels"),
            KernelToolFolders.LocalToolVersion(RepositoryRoot) ?? throw new InvalidOperationException("dotnet-tools.json names no dotnet-interactive version"));

        var start = new ProcessStartInfo(jupyter) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = NotebooksFolder };
        foreach (var arg in new[] { "notebook", "--no-browser", "--ip=127.0.0.1", $"--port={Port}", "--port-retries=0",
                     $"--notebook-dir={NotebooksFolder}", "--NotebookApp.token=", "--NotebookApp.password=", "--allow-root" })
            start.ArgumentList.Add(arg);
        start.Environment["JUPYTER_PATH"] = data;
        start.Environment["JUPYTER_CONFIG_DIR"] = Path.Combine(_root, "jupyter-config"); // no user config gets in
        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
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
    /// Copies a course notebook (clean, as committed) into the served folder, with the figures its markdown shows
    /// beside it as in notebooks/ (a missing one would be a 404 in the page's console), and returns its page address.
    /// </summary>
    public string Serve(string notebook)
    {
        File.Copy(Path.Combine(CourseSite.Runner.NotebooksRoot, notebook), Path.Combine(NotebooksFolder, notebook), overwrite: true);
        var figures = Path.Combine(CourseSite.Runner.NotebooksRoot, "figures");
        var servedFigures = Directory.CreateDirectory(Path.Combine(NotebooksFolder, "figures")).FullName;
        foreach (var file in Directory.EnumerateFiles(figures))
            File.Copy(file, Path.Combine(servedFigures, Path.GetFileName(file)), overwrite: true);
        return $"{BaseUrl}/notebooks/{Uri.EscapeDataString(notebook)}";
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
