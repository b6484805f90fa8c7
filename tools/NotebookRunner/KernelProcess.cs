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
/// Starts this program again as a kernel process for one notebook (<c>--run-one</c>), passes its standard output
/// on to the log, keeps the tail of its standard error, follows its progress file, and kills it with every
/// process it started when a cell runs longer than the cell timeout.
/// </summary>
public static class KernelProcess
{
    // The first lines of standard error and the last: the runtime's "Stack overflow." comes before thousands of
    // frames, a cell's own last words come at the end.
    private const int ErrorLinesKept = 20;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    // A kernel that reported its notebook finished but is still alive (a foreground thread a cell started) is stopped.
    private static readonly TimeSpan ExitGrace = TimeSpan.FromSeconds(5);

    public static async Task<KernelExit> RunAsync(string notebookPath, string progressFile, string snapshotFile, TimeSpan cellTimeout, TextWriter log)
    {
        using var process = new Process { StartInfo = StartInfo(notebookPath, progressFile, snapshotFile) };
        var errorLines = new Queue<string>();
        var firstErrorLines = new List<string>();
        int errorLineCount = 0;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (log) log.WriteLine(e.Data);
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (errorLines)
            {
                if (++errorLineCount <= ErrorLinesKept) firstErrorLines.Add(e.Data);
                else errorLines.Enqueue(e.Data);
                if (errorLines.Count > ErrorLinesKept) errorLines.Dequeue();
            }
        };
        process.Start();
        // A cell that reads the console gets the end of input at once, not a wait for a terminal until its timeout.
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var reader = new KernelProgressReader(progressFile);
        var exited = process.WaitForExitAsync();
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
                KillTree(process);
                await exited;
                break;
            }
        }
        // Let the output readers reach the end of what the process wrote (a process it left behind may hold the pipe).
        process.WaitForExit(TimeSpan.FromSeconds(5));
        lock (errorLines)
        {
            int leftOut = errorLineCount - firstErrorLines.Count - errorLines.Count;
            var kept = leftOut > 0 ? [.. firstErrorLines, $"... ({leftOut} lines left out)", .. errorLines] : firstErrorLines.Concat(errorLines).ToList();
            return new KernelExit(finished, running, lastFinishedCell, timedOut, process.ExitCode, kept);
        }
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own in the meantime.
        }
    }

    /// <summary>This program, started the way this process was: with the dotnet host, or as its own executable.</summary>
    private static ProcessStartInfo StartInfo(string notebookPath, string progressFile, string snapshotFile)
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
        // The notebook's path as given: the kernel process starts in this process's folder and prints the path.
        foreach (var argument in RunOneCommand.Arguments(notebookPath, progressFile, snapshotFile))
            start.ArgumentList.Add(argument);
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.StandardOutputEncoding = Encoding.UTF8;
        start.StandardErrorEncoding = Encoding.UTF8;
        start.UseShellExecute = false;
        return start;
    }
}
