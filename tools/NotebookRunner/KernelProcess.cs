using System.Diagnostics;
using System.Text;

namespace NotebookRunner;

/// <summary>How a kernel process ended, as its supervisor saw it.</summary>
/// <param name="Finished">The notebook-finished event, if the kernel got that far.</param>
/// <param name="RunningCell">The cell-started event of the cell that had not finished, if one was running.</param>
/// <param name="LastFinishedCell">The 1-based number of the last cell that finished (0 if none).</param>
/// <param name="TimedOut">The supervisor stopped the process because a cell ran too long.</param>
/// <param name="ExitCode">The process's exit code (on Unix, 128 + the signal for a process a signal ended).</param>
/// <param name="ErrorLines">The last lines the process wrote to standard error.</param>
public sealed record KernelExit(
    KernelProgressEvent? Finished,
    KernelProgressEvent? RunningCell,
    int LastFinishedCell,
    bool TimedOut,
    int ExitCode,
    IReadOnlyList<string> ErrorLines);

/// <summary>
/// This program started again as a kernel process (<c>--run-one</c>). It starts before its notebook is known and
/// warms up the C# compiler, so the runner can start the next notebook's kernel while the current one runs; then
/// it is given its notebook on standard input. While it runs, its standard output goes to the log, the tail of its
/// standard error is kept, its progress file is followed, and when a cell runs longer than the cell timeout the
/// process is killed with every process it started.
/// </summary>
public sealed class KernelProcess : IDisposable
{
    // The first lines of standard error and the last: the runtime's "Stack overflow." comes before thousands of
    // frames, a cell's own last words come at the end.
    private const int ErrorLinesKept = 20;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    // A kernel that reported its notebook finished but is still alive (a foreground thread a cell started) is stopped.
    private static readonly TimeSpan ExitGrace = TimeSpan.FromSeconds(5);

    private readonly Process _process;
    private readonly Queue<string> _lastErrorLines = new();
    private readonly List<string> _firstErrorLines = [];
    private int _errorLineCount;
    private TextWriter? _log;

    /// <summary>The folder of this process's progress file and snapshot, deleted with it.</summary>
    public string WorkFolder { get; }

    /// <summary>The executed notebook so far, as the kernel process last wrote it.</summary>
    public string SnapshotFile => Path.Combine(WorkFolder, "executed.ipynb");

    private string ProgressFile => Path.Combine(WorkFolder, "progress.jsonl");

    // Every kernel this runner has started and not yet disposed: a runner stopped by a signal stops them all.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<KernelProcess, byte> Live = new();

    private KernelProcess()
    {
        WorkFolder = Directory.CreateTempSubdirectory(KernelSupervisor.FolderPrefix).FullName;
        // Names this runner as the folder's owner: a later runner removes it if this one is killed first.
        File.WriteAllText(Path.Combine(WorkFolder, KernelSupervisor.OwnerFile), KernelSupervisor.Me);
        _process = new Process { StartInfo = StartInfo(ProgressFile, SnapshotFile) };
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null || _log is not { } log) return;
            lock (log) log.WriteLine(e.Data);
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_lastErrorLines)
            {
                if (++_errorLineCount <= ErrorLinesKept) _firstErrorLines.Add(e.Data);
                else _lastErrorLines.Enqueue(e.Data);
                if (_lastErrorLines.Count > ErrorLinesKept) _lastErrorLines.Dequeue();
            }
        };
    }

    /// <summary>Starts a kernel process that warms up and waits for its notebook.</summary>
    /// <exception cref="System.ComponentModel.Win32Exception">The dotnet host could not be started.</exception>
    public static KernelProcess Start()
    {
        var kernel = new KernelProcess();
        try
        {
            kernel._process.Start();
        }
        catch
        {
            Directory.Delete(kernel.WorkFolder, recursive: true);
            throw;
        }
        Live.TryAdd(kernel, 0);
        kernel._process.BeginOutputReadLine();
        kernel._process.BeginErrorReadLine();
        return kernel;
    }

    /// <summary>
    /// Stops every kernel this runner started, with what they started, and deletes their work folders: what a runner
    /// does when it is asked to stop (SIGTERM, SIGINT, SIGHUP). A runner killed outright is covered by the kernels
    /// themselves (<see cref="KernelSupervisor.StopWhenRunnerGone"/>) and by the next runner's clean-up.
    /// </summary>
    public static void StopAll()
    {
        foreach (var kernel in Live.Keys) kernel.Dispose();
    }

    /// <summary>Gives the process its notebook and follows it to its end.</summary>
    public async Task<KernelExit> RunAsync(string notebookPath, TimeSpan cellTimeout, TextWriter log)
    {
        _log = log;
        var exited = _process.WaitForExitAsync();
        try
        {
            // The notebook's path as given: the kernel process started in this process's folder.
            await _process.StandardInput.WriteLineAsync(notebookPath);
            // Then the end of input: a cell that reads the console gets it at once, not a wait until its timeout.
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The process died while warming up; what it left on standard error says why.
        }

        var reader = new KernelProgressReader(ProgressFile);
        var sinceLastEvent = Stopwatch.StartNew();
        KernelProgressEvent? running = null, finished = null;
        int lastFinishedCell = 0;
        bool timedOut = false;
        while (true)
        {
            await Task.WhenAny(exited, Task.Delay(PollInterval));
            foreach (var progress in reader.ReadNew())
            {
                sinceLastEvent.Restart();
                switch (progress.Event)
                {
                    case KernelProgressEvent.CellStarted:
                        running = progress;
                        break;
                    case KernelProgressEvent.CellDone:
                        (running, lastFinishedCell) = (null, progress.Cell);
                        break;
                    case KernelProgressEvent.NotebookDone:
                        finished = progress;
                        break;
                }
            }
            if (exited.IsCompleted) break;
            if (finished is not null && sinceLastEvent.Elapsed > ExitGrace || finished is null && sinceLastEvent.Elapsed > cellTimeout)
            {
                timedOut = finished is null;
                KillTree();
                await exited;
                break;
            }
        }
        // Let the output readers reach the end of what the process wrote (a process it left behind may hold the pipe).
        _process.WaitForExit(TimeSpan.FromSeconds(5));
        lock (_lastErrorLines)
        {
            int leftOut = _errorLineCount - _firstErrorLines.Count - _lastErrorLines.Count;
            List<string> kept = leftOut > 0 ? [.. _firstErrorLines, $"... ({leftOut} lines left out)", .. _lastErrorLines] : [.. _firstErrorLines, .. _lastErrorLines];
            return new KernelExit(finished, running, lastFinishedCell, timedOut, _process.ExitCode, kept);
        }
    }

    /// <summary>Stops the process (and what it started) if it still runs, and deletes its work folder.</summary>
    public void Dispose()
    {
        Live.TryRemove(this, out _);
        KillTree();
        _process.Dispose();
        try
        {
            Directory.Delete(WorkFolder, recursive: true);
        }
        catch (IOException)
        {
            // A process the kernel left behind still writes there; the system's temporary folder keeps it.
        }
    }

    private void KillTree()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own in the meantime.
        }
    }

    /// <summary>This program, started the way this process was: with the dotnet host, or as its own executable.</summary>
    private static ProcessStartInfo StartInfo(string progressFile, string snapshotFile)
    {
        var assembly = typeof(KernelProcess).Assembly.Location;
        var host = Environment.ProcessPath;
        var hostName = Path.GetFileNameWithoutExtension(host);
        ProcessStartInfo start;
        if (host is not null && hostName == Path.GetFileNameWithoutExtension(assembly))
            start = new ProcessStartInfo(host); // the app's own executable (dotnet run starts that one)
        else
        {
            start = new ProcessStartInfo(host is not null && hostName == "dotnet" ? host : "dotnet");
            start.ArgumentList.Add(assembly);
        }
        foreach (var argument in RunOneCommand.Arguments(RunOneCommand.FromStandardInput, progressFile, snapshotFile))
            start.ArgumentList.Add(argument);
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.StandardOutputEncoding = Encoding.UTF8;
        start.StandardErrorEncoding = Encoding.UTF8;
        start.UseShellExecute = false;
        start.Environment[KernelSupervisor.Variable] = KernelSupervisor.Me;
        return start;
    }
}
