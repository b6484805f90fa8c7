using CourseTools;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;

namespace NotebookRunner;

/// <summary>
/// The hidden kernel-process mode, <c>--run-one NOTEBOOK --result FILE --snapshot FILE</c>: runs one notebook's
/// cells in this process, reporting each cell to the progress file (the result) and the outputs so far to the
/// snapshot, for the supervisor that started it (<see cref="KernelProcess"/>). With <c>-</c> for the notebook it
/// first warms up the C# compiler, then reads the notebook's path from standard input. Not for people to type.
/// </summary>
public static class RunOneCommand
{
    public const string Option = "--run-one";

    /// <summary>The notebook argument that says "warm up, then read the notebook's path from standard input".</summary>
    public const string FromStandardInput = "-";

    /// <summary>The arguments that start the mode for <paramref name="notebookPath"/>.</summary>
    public static IEnumerable<string> Arguments(string notebookPath, string progressFile, string snapshotFile) =>
        [Option, notebookPath, "--result", progressFile, "--snapshot", snapshotFile];

    /// <summary>Whether <paramref name="args"/> ask for this mode.</summary>
    public static bool IsRequested(IReadOnlyList<string> args) => args.Count > 0 && args[0] == Option;

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (args.Count != 6 || args[2] != "--result" || args[4] != "--snapshot")
            throw new UsageException($"{Option} NOTEBOOK --result FILE --snapshot FILE is the runner's own kernel-process mode.");
        var (notebookPath, progressFile, snapshotFile) = (args[1], args[3], args[5]);
        KernelSupervisor.StopWhenRunnerGone(); // a kernel never outlives its runner
        if (notebookPath == FromStandardInput)
        {
            await WarmUpAsync();
            if (await Console.In.ReadLineAsync() is not { Length: > 0 } given)
                return 0; // the runner needed no more kernels
            notebookPath = given;
        }

        using var progress = new KernelProgressWriter(progressFile, snapshotFile);
        var notebook = NotebookFile.Read(notebookPath);
        // The supervisor enforces the cell timeout, by stopping this process.
        var options = new RunnerOptions(Path.GetDirectoryName(notebookPath)!, Path.GetDirectoryName(snapshotFile)!, Timeout.InfiniteTimeSpan);
        var run = await new NotebookExecutor(options, Console.Out).ExecuteAsync(notebookPath, notebook, progress);
        progress.Finished(notebook.Document, run);
        Console.Out.Flush();
        // Foreground threads a cell started would keep the process alive; the notebook is done.
        Environment.Exit(0);
        return 0;
    }

    /// <summary>
    /// Compiles a throwaway cell in a throwaway kernel: the C# compiler's first compilation is most of a fresh
    /// process's start-up, and it is done while the previous notebook still runs. The notebook gets a kernel of its own.
    /// </summary>
    private static async Task WarmUpAsync()
    {
        using var kernel = new CSharpKernel();
        await kernel.SendAsync(new SubmitCode("var warmUp = new[] { 1, 2 }.Select(x => x * 2).Sum(); warmUp"));
    }
}
