using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace NotebookRunner;

/// <summary>
/// Ties a kernel process's life to its runner's: the runner names itself to the kernel (its process id and start
/// time, in an environment variable and in the kernel's work folder); the kernel stops, with every process it started,
/// as soon as that runner is gone, however it ended (SIGKILL included, which no handler sees); and a runner that starts
/// removes the work folders of runners that are gone.
/// </summary>
public static class KernelSupervisor
{
    /// <summary>The environment variable through which a kernel learns its runner: "PID START-TICKS".</summary>
    public const string Variable = "NOTEBOOK_RUNNER_SUPERVISOR";

    /// <summary>The file in a kernel's work folder that names the runner that made it.</summary>
    public const string OwnerFile = "runner.owner";

    /// <summary>The prefix of every kernel work folder in the system's temporary folder.</summary>
    public const string FolderPrefix = "notebook-kernel-";

    private static readonly TimeSpan WatchInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>This process, as a kernel names its runner: its id and its start time (an id alone may be reused).</summary>
    public static string Me { get; } = Describe(Process.GetCurrentProcess());

    /// <summary>
    /// In a kernel process: watches the runner named by <see cref="Variable"/> and, once it is gone, ends this process
    /// and every process it started. Does nothing when no runner is named (a kernel started by hand).
    /// </summary>
    public static void StopWhenRunnerGone()
    {
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } runner) return;
        var watch = new Thread(() =>
        {
            while (IsAlive(runner)) Thread.Sleep(WatchInterval);
            // .NET cannot kill a tree that holds the calling process: the processes its cells started first, then itself.
            foreach (int descendant in Descendants(Environment.ProcessId))
                try { using var p = Process.GetProcessById(descendant); p.Kill(entireProcessTree: true); }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception) { }
            Process.GetCurrentProcess().Kill();
        }) { IsBackground = true, Name = "runner watch" };
        watch.Start();
    }

    /// <summary>
    /// Runs <paramref name="stop"/> when this process is asked to stop (SIGTERM, SIGINT, SIGHUP), before the signal
    /// ends it as usual; until the result is disposed.
    /// </summary>
    public static IDisposable OnStopSignals(Action stop) =>
        new Registrations([.. new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGHUP }
            .Select(signal => PosixSignalRegistration.Create(signal, _ => stop()))]);

    private sealed class Registrations(PosixSignalRegistration[] all) : IDisposable
    {
        public void Dispose()
        {
            foreach (var registration in all) registration.Dispose();
        }
    }

    /// <summary>
    /// Deletes the kernel work folders whose runner is gone (killed before it could clean up). A folder whose runner
    /// still runs, here or in another checkout, is left to it; a folder without an owner file is not ours to judge.
    /// </summary>
    /// <returns>How many folders were removed.</returns>
    public static int RemoveAbandonedFolders(string? tempFolder = null)
    {
        int removed = 0;
        foreach (var folder in Directory.EnumerateDirectories(tempFolder ?? Path.GetTempPath(), FolderPrefix + "*"))
        {
            try
            {
                var owner = Path.Combine(folder, OwnerFile);
                if (!File.Exists(owner) || IsAlive(File.ReadAllText(owner).Trim())) continue;
                Directory.Delete(folder, recursive: true);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another runner is removing it too, or it is not ours to delete.
            }
        }
        return removed;
    }

    /// <summary>Whether the process described as "PID START-TICKS" still runs (the same process, not a reuse of its id).</summary>
    public static bool IsAlive(string described)
    {
        var parts = described.Split(' ');
        if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out int pid)
            || !long.TryParse(parts[1], CultureInfo.InvariantCulture, out long startTicks)) return false;
        try
        {
            using var process = Process.GetProcessById(pid);
            // The start time is computed from the system's uptime, so two readings differ by a little: within a
            // second it is the same process (an id is not reused that fast).
            return !process.HasExited && Math.Abs(process.StartTime.ToUniversalTime().Ticks - startTicks) < TimeSpan.TicksPerSecond;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false; // no such process (any more)
        }
    }

    // The children of every thread of the process, and theirs (Linux's /proc); none where that is not readable.
    private static IEnumerable<int> Descendants(int pid)
    {
        var tasks = $"/proc/{pid}/task";
        if (!Directory.Exists(tasks)) yield break;
        foreach (var task in Directory.EnumerateDirectories(tasks))
        {
            string children;
            try { children = File.ReadAllText(Path.Combine(task, "children")); }
            catch (IOException) { continue; }
            foreach (var child in children.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse))
            {
                yield return child;
                foreach (int grandchild in Descendants(child)) yield return grandchild;
            }
        }
    }

    private static string Describe(Process process) =>
        string.Create(CultureInfo.InvariantCulture, $"{process.Id} {process.StartTime.ToUniversalTime().Ticks}");
}
