using System.Diagnostics;
using Microsoft.DotNet.Interactive.Documents;

namespace NotebookRunner;

/// <summary>
/// Runs each notebook in a kernel process of its own, so no cell can take the runner down: a cell that exits the
/// process, overflows the stack or throws on another thread kills only its kernel, and the runner reports "the
/// kernel died in cell N of X", writes the executed copy up to there (the dying cell gets an error output) and
/// goes on. A cell that runs longer than the cell timeout is stopped for real, by killing the kernel process and
/// every process it started.
/// </summary>
public sealed class IsolatedNotebookRunner(RunnerOptions options, TextWriter log) : IDisposable
{
    private KernelProcess? _next;

    /// <summary>Runs <paramref name="notebookPath"/> in a kernel process; <paramref name="anotherFollows"/> starts the next one's meanwhile.</summary>
    public async Task<NotebookResult> RunAsync(string notebookPath, bool anotherFollows = false)
    {
        var stopwatch = Stopwatch.StartNew();
        NotebookFile notebook;
        try
        {
            notebook = NotebookFile.Read(notebookPath);
        }
        catch (NotebookRefusedException e)
        {
            var refused = new NotebookResult(notebookPath, e.Status, 0, 0, stopwatch.Elapsed, null, Error: e.Message);
            log.WriteLine($"✘ {refused.Describe()}");
            return refused;
        }

        KernelProcess kernel;
        try
        {
            kernel = _next ?? KernelProcess.Start();
            _next = null;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            var notStarted = new NotebookResult(notebookPath, NotebookStatus.Crashed, 0, notebook.Document.Elements.Count(NotebookExecutor.IsCode),
                stopwatch.Elapsed, null, Error: $"the kernel process could not be started ({e.Message}); is the dotnet host on PATH?");
            log.WriteLine($"✘ {notStarted.Describe()}");
            return notStarted;
        }

        using (kernel)
        {
            // The next notebook's kernel starts up while this one runs (the machine's other core has little to do).
            if (anotherFollows) _next = TryStart();
            var exit = await kernel.RunAsync(notebookPath, options.CellTimeout, log);
            var snapshot = kernel.SnapshotFile;
            var executedCopy = options.ExecutedCopyPath(notebookPath);
            NotebookResult result;
            if (exit.Finished is { Status: { } status } done)
            {
                var copyError = ExecutedCopy.TryCopy(snapshot, executedCopy);
                result = new NotebookResult(notebookPath, status, done.CodeCellsRun, done.CodeCells, stopwatch.Elapsed,
                    copyError is null ? executedCopy : null, done.Failure, done.Error, copyError);
            }
            else
            {
                var document = File.Exists(snapshot) ? NotebookFile.Read(snapshot).Document : notebook.Document;
                var (run, cell) = Stopped(document, exit);
                var copyError = ExecutedCopy.TryWrite(document, executedCopy);
                result = new NotebookResult(notebookPath, run.Status, run.CodeCellsRun, run.CodeCells, stopwatch.Elapsed,
                    copyError is null ? executedCopy : null, run.Failure, run.Failure is null ? KernelDied(exit) : null, copyError);
                if (cell is not null)
                    log.WriteLine($"  cell {run.Failure!.CellNumber}/{document.Elements.Count} (code {run.CodeCellsRun}/{run.CodeCells})  " +
                                  $"{(exit.TimedOut ? "stopped" : "kernel died")}  {run.Failure.FirstLine}");
            }
            // The figures its markdown shows, beside the copy as they are beside the notebook.
            if (result.ExecutedCopy is not null && FiguresBeside.TryCopy(notebookPath, executedCopy, options) is { } figureProblem)
                log.WriteLine($"  ! {figureProblem}");
            log.WriteLine(result.Succeeded ? $"  ✔ {stopwatch.Elapsed.TotalSeconds:F1} s" : $"  ✘ {result.Describe()}");
            return result;
        }
    }

    /// <summary>Stops the kernel process started for a next notebook that did not come.</summary>
    public void Dispose()
    {
        _next?.Dispose();
        _next = null;
    }

    private static KernelProcess? TryStart()
    {
        try
        {
            return KernelProcess.Start();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // the next notebook tries again, and reports it
        }
    }

    /// <summary>
    /// The run of a kernel that was stopped or died: the cell it was running (or was about to run) gets an error
    /// output saying so, cells that finished keep their outputs.
    /// </summary>
    private (CellsRun Run, InteractiveDocumentElement? Cell) Stopped(InteractiveDocument document, KernelExit exit)
    {
        var cells = document.Elements;
        int codeCells = cells.Count(NotebookExecutor.IsCode);
        int cellNumber = exit.RunningCell?.Cell
                         ?? cells.Select((c, i) => (c, Number: i + 1)).FirstOrDefault(x => x.Number > exit.LastFinishedCell && NotebookExecutor.IsCode(x.c)).Number;
        var status = exit.TimedOut ? NotebookStatus.TimedOut : NotebookStatus.Crashed;
        if (cellNumber == 0)
            return (new CellsRun(status, codeCells, codeCells, null), null); // after its last cell

        var cell = cells[cellNumber - 1];
        int codeNumber = cells.Take(cellNumber).Count(NotebookExecutor.IsCode);
        string message;
        cell.Outputs.Clear();
        cell.ExecutionOrder = codeNumber;
        if (exit.TimedOut)
        {
            message = FailureText.Timeout(options.CellTimeout);
            cell.Outputs.Add(new ErrorElement(errorName: "TimeoutException", errorValue: message, stackTrace: []));
        }
        else
        {
            message = $"the kernel died in cell {cellNumber} of {cells.Count}: {KernelDeath.Describe(exit.ExitCode, exit.ErrorLines)}";
            cell.Outputs.Add(new ErrorElement(errorName: "KernelDied", errorValue: message, stackTrace: exit.ErrorLines.ToArray()));
        }
        return (new CellsRun(status, codeNumber, codeCells, new CellFailure(cellNumber, FailureText.FirstLine(cell.Contents), message)), cell);
    }

    private static string KernelDied(KernelExit exit) =>
        exit.TimedOut
            ? "the kernel did not exit after its last cell and was stopped"
            : $"the kernel died after its last cell: {KernelDeath.Describe(exit.ExitCode, exit.ErrorLines)}";
}
