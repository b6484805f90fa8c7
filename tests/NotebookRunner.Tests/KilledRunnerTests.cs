using System.Diagnostics;

namespace NotebookRunner.Tests;

/// <summary>
/// A runner stopped from outside while a cell runs: asked to stop (SIGTERM) it stops its kernel and removes its work
/// folder itself; killed outright (SIGKILL, which nothing can handle) its kernel stops by itself within a second or
/// so, and the next runner removes the folder. Each runner here has a temporary folder of its own (TMPDIR), so
/// the folders counted are this test's only.
/// </summary>
[Trait("Tier", "Full")] // starts the runner as a process and kills it
public class KilledRunnerTests : WithTestNotebooks
{
    private static readonly TimeSpan KernelGoneWithin = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Killed_outright_its_kernel_stops_by_itself_and_the_next_runner_removes_the_folder()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Reads /proc to see whether the kernel process is gone.");
        using var run = await SleepingCellAsync();

        run.Runner.Kill(entireProcessTree: false); // SIGKILL to the runner alone, as `kill -9` or the OOM killer does

        Assert.True(await GoneWithinAsync(run.KernelId, KernelGoneWithin), $"kernel process {run.KernelId} still runs");
        Assert.Single(KernelFolders(run.Temp)); // nobody was left to remove it...

        Notebooks.Write(Path.Combine("notebooks", "02_quick.ipynb"), "Console.WriteLine(1);");
        var next = await RunnerProcess.RunAsync(Notebooks.Folder, Temp(run.Temp), Path.Combine("notebooks", "02_quick.ipynb"));

        Assert.Equal(0, next.ExitCode);
        Assert.Empty(KernelFolders(run.Temp)); // ...until the next runner started
    }

    [Fact]
    public async Task Asked_to_stop_it_stops_its_kernel_and_removes_the_folder_itself()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Reads /proc to see whether the kernel process is gone.");
        using var run = await SleepingCellAsync();

        (await ChildProcess.RunAsync(ChildProcess.Of("kill", "-TERM", run.Runner.Id.ToString()), TestContext.Current.CancellationToken)).EnsureSucceeded();
        await run.Runner.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

        Assert.True(await GoneWithinAsync(run.KernelId, TimeSpan.FromSeconds(2)), $"kernel process {run.KernelId} still runs");
        Assert.Empty(KernelFolders(run.Temp));
    }

    [Fact]
    public void A_folder_whose_runner_still_runs_is_left_and_one_whose_runner_is_gone_is_removed()
    {
        var temp = Directory.CreateTempSubdirectory("runner-temp-").FullName;
        try
        {
            var mine = Directory.CreateDirectory(Path.Combine(temp, KernelSupervisor.FolderPrefix + "live")).FullName;
            File.WriteAllText(Path.Combine(mine, KernelSupervisor.OwnerFile), KernelSupervisor.Me);
            var gone = Directory.CreateDirectory(Path.Combine(temp, KernelSupervisor.FolderPrefix + "gone")).FullName;
            File.WriteAllText(Path.Combine(gone, KernelSupervisor.OwnerFile), $"{Environment.ProcessId} 42"); // the id reused by another process
            var unknown = Directory.CreateDirectory(Path.Combine(temp, KernelSupervisor.FolderPrefix + "no-owner")).FullName;

            int removed = KernelSupervisor.RemoveAbandonedFolders(temp);

            Assert.Equal(1, removed);
            Assert.True(Directory.Exists(mine));
            Assert.False(Directory.Exists(gone));
            Assert.True(Directory.Exists(unknown)); // an older runner's, or someone else's: not ours to judge
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    [Fact]
    public void An_executed_copy_s_temporary_file_is_removed_once_its_writer_is_gone()
    {
        var output = Directory.CreateDirectory(Path.Combine(Notebooks.Folder, "executed", "sub")).FullName;
        var gone = Path.Combine(output, $"01_data.ipynb.{Environment.ProcessId}-42.{Guid.NewGuid():N}.tmp"); // the id, reused
        var writing = Path.Combine(output, $"02_model.ipynb.{KernelSupervisor.Me.Replace(' ', '-')}.{Guid.NewGuid():N}.tmp");
        var someoneElses = Path.Combine(output, "notes.tmp");
        foreach (var file in new[] { gone, writing, someoneElses }) File.WriteAllText(file, "{");

        int removed = ExecutedCopy.RemoveAbandoned(Path.Combine(Notebooks.Folder, "executed"));

        Assert.Equal(1, removed);
        Assert.False(File.Exists(gone));
        Assert.True(File.Exists(writing));
        Assert.True(File.Exists(someoneElses));
    }

    private sealed record SleepingRun(Process Runner, int KernelId, string Kernel, string Temp) : IDisposable
    {
        public void Dispose()
        {
            if (!Runner.HasExited) Runner.Kill(entireProcessTree: true);
            Runner.Dispose();
            // Only the kernel this test started, should a failed test leave it: its id alone may belong to another process by now.
            if (KernelSupervisor.IsAlive(Kernel))
                try { using var kernel = Process.GetProcessById(KernelId); kernel.Kill(); } catch (ArgumentException) { } catch (InvalidOperationException) { }
            Directory.Delete(Temp, recursive: true);
        }
    }

    // The runner on one notebook whose cell writes its process id, then sleeps: returned once the cell runs.
    private async Task<SleepingRun> SleepingCellAsync()
    {
        RunnerProcess.FakeRepository(Notebooks.Folder);
        var pidFile = Path.Combine(Notebooks.Folder, "kernel.pid");
        Notebooks.Write(Path.Combine("notebooks", "01_sleep.ipynb"),
            $"System.IO.File.WriteAllText(@\"{pidFile}\", System.Environment.ProcessId.ToString()); System.Threading.Thread.Sleep(300_000);");
        var temp = Directory.CreateTempSubdirectory("runner-temp-").FullName;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Notebooks.Folder, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NotebookRunner.dll"));
        start.ArgumentList.Add(Path.Combine("notebooks", "01_sleep.ipynb"));
        start.Environment["TMPDIR"] = temp;
        var runner = Process.Start(start)!;
        runner.OutputDataReceived += (_, _) => { };
        runner.ErrorDataReceived += (_, _) => { };
        runner.BeginOutputReadLine();
        runner.BeginErrorReadLine();

        var waited = Stopwatch.StartNew();
        while (!File.Exists(pidFile) || File.ReadAllText(pidFile).Length == 0)
        {
            if (waited.Elapsed > TimeSpan.FromMinutes(2) || runner.HasExited)
            {
                if (!runner.HasExited) runner.Kill(entireProcessTree: true);
                throw new TimeoutException("The sleeping cell never started.");
            }
            await Task.Delay(100);
        }
        int kernelId = int.Parse(File.ReadAllText(pidFile));
        using var kernel = Process.GetProcessById(kernelId);
        var described = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{kernelId} {kernel.StartTime.ToUniversalTime().Ticks}");
        return new SleepingRun(runner, kernelId, described, temp);
    }

    private static Dictionary<string, string> Temp(string folder) => new() { ["TMPDIR"] = folder };

    private static string[] KernelFolders(string temp) => Directory.GetDirectories(temp, KernelSupervisor.FolderPrefix + "*");

    // Gone, or a zombie nobody has reaped yet (a container's first process may never reap): either way, not running.
    private static async Task<bool> GoneWithinAsync(int pid, TimeSpan limit)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < limit)
        {
            if (!Running(pid)) return true;
            await Task.Delay(100);
        }
        return !Running(pid);
    }

    private static bool Running(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }
}
