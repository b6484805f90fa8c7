using System.Diagnostics;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Events;

namespace NotebookRunner;

/// <summary>What a kernel process tells its supervisor while it runs a notebook's cells.</summary>
public interface ICellProgress
{
    /// <summary>Cell <paramref name="cellNumber"/> (1-based, counting every cell) starts, as code cell <paramref name="codeNumber"/>.</summary>
    void CellStarting(int cellNumber, int codeNumber);

    /// <summary>Cell <paramref name="cellNumber"/> finished; <paramref name="document"/> holds every output so far.</summary>
    void CellFinished(int cellNumber, InteractiveDocument document);
}

/// <summary>How the cells of one notebook ran.</summary>
public sealed record CellsRun(NotebookStatus Status, int CodeCellsRun, int CodeCells, CellFailure? Failure);

/// <summary>
/// Runs one notebook top to bottom in a fresh kernel in this process, in the notebook's own folder (so relative
/// paths in <c>#r</c> and file reads resolve as they do in VS Code), stops at the first failing cell, and writes
/// the executed copy with every output. A cell that ends the process ends this one too: the command line runs
/// each notebook in a kernel process of its own instead (<see cref="IsolatedNotebookRunner"/>).
/// </summary>
public sealed class NotebookExecutor(RunnerOptions options, TextWriter log)
{
    /// <summary>Reads, runs and writes the executed copy of <paramref name="notebookPath"/>.</summary>
    public async Task<NotebookResult> RunAsync(string notebookPath)
    {
        var stopwatch = Stopwatch.StartNew();
        NotebookFile notebook;
        try
        {
            notebook = NotebookFile.Read(notebookPath);
        }
        catch (NotebookRefusedException e)
        {
            return new NotebookResult(notebookPath, e.Status, 0, 0, stopwatch.Elapsed, null, Error: e.Message);
        }

        var run = await ExecuteAsync(notebookPath, notebook, progress: null);
        var executedCopy = options.ExecutedCopyPath(notebookPath);
        var copyError = ExecutedCopy.TryWrite(notebook.Document, executedCopy);
        var result = new NotebookResult(notebookPath, run.Status, run.CodeCellsRun, run.CodeCells, stopwatch.Elapsed,
            copyError is null ? executedCopy : null, run.Failure, CopyError: copyError);
        // The figures its markdown shows, beside the copy as they are beside the notebook.
        if (copyError is null && FiguresBeside.TryCopy(notebookPath, executedCopy, options) is { } figureProblem)
            log.WriteLine($"  ! {figureProblem}");
        log.WriteLine(result.Succeeded ? $"  ✔ {stopwatch.Elapsed.TotalSeconds:F1} s" : $"  ✘ {result.Describe()}");
        return result;
    }

    /// <summary>Runs the code cells of <paramref name="notebook"/>, recording their outputs in its document.</summary>
    public async Task<CellsRun> ExecuteAsync(string notebookPath, NotebookFile notebook, ICellProgress? progress)
    {
        var cells = notebook.Document.Elements;
        int codeCells = cells.Count(IsCode);
        log.WriteLine($"▶ {notebookPath} ({codeCells} code cells)");

        var outputs = new CellOutputs();
        int executed = 0;
        CellFailure? failure = null;
        var status = NotebookStatus.Passed;
        var previousDirectory = Directory.GetCurrentDirectory();
        using (var kernel = NotebookKernel.Create(log))
        {
            try
            {
                Directory.SetCurrentDirectory(Path.GetDirectoryName(Path.GetFullPath(notebookPath))!);
                for (int i = 0; i < cells.Count && failure is null; i++)
                {
                    var cell = cells[i];
                    if (!IsCode(cell)) continue;
                    cell.Outputs.Clear();
                    cell.ExecutionOrder = ++executed;
                    progress?.CellStarting(i + 1, executed);
                    var cellWatch = Stopwatch.StartNew();
                    try
                    {
                        (status, failure) = await RunCellAsync(kernel, cell, i + 1, notebook.DefaultKernel, outputs);
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        // The kernel itself broke (not the cell's code, which it reports as CommandFailed).
                        var cause = FailureText.RootCause(e);
                        cell.Outputs.Add(new ErrorElement(errorName: cause.GetType().Name, errorValue: cause.Message, stackTrace: []));
                        (status, failure) = (NotebookStatus.Failed, new CellFailure(i + 1, FailureText.FirstLine(cell.Contents), $"{cause.GetType().Name}: {cause.Message}"));
                    }
                    log.WriteLine($"  cell {i + 1}/{cells.Count} (code {executed}/{codeCells}) {cellWatch.Elapsed.TotalSeconds,6:F1} s  {FailureText.FirstLine(cell.Contents)}");
                    progress?.CellFinished(i + 1, notebook.Document);
                }
            }
            finally
            {
                Directory.SetCurrentDirectory(previousDirectory);
            }
        }
        return new CellsRun(status, executed, codeCells, failure);
    }

    private async Task<(NotebookStatus, CellFailure?)> RunCellAsync(Kernel kernel, InteractiveDocumentElement cell, int cellNumber, string defaultKernel, CellOutputs outputs)
    {
        var language = CellLanguage.Of(cell, defaultKernel);
        if (language != NotebookKernel.CSharp)
        {
            var message = CellLanguage.NotCSharp(cellNumber, language);
            cell.Outputs.Add(new ErrorElement(errorName: "NotCSharp", errorValue: message, stackTrace: []));
            return (NotebookStatus.Failed, new CellFailure(cellNumber, FailureText.FirstLine(cell.Contents), message));
        }

        var (code, timed) = TimeMagic.Strip(cell.Contents);
        using var cancellation = new CancellationTokenSource();
        var wallClock = Stopwatch.StartNew();
        var submission = kernel.SendAsync(new SubmitCode(code, NotebookKernel.CSharp), cancellation.Token);
        var finished = await Task.WhenAny(submission, Task.Delay(options.CellTimeout));
        if (finished != submission)
        {
            // In this process the kernel cannot stop arbitrary user code; cancel what can be, and leave this
            // notebook. (The command line's kernel processes are stopped for real: IsolatedNotebookRunner.)
            await cancellation.CancelAsync();
            outputs.RecordTimeout(cell, options.CellTimeout);
            return (NotebookStatus.TimedOut, new CellFailure(cellNumber, FailureText.FirstLine(cell.Contents), FailureText.Timeout(options.CellTimeout)));
        }

        var result = await submission;
        wallClock.Stop();
        outputs.Record(cell, result.Events);

        var failed = result.Events.OfType<CommandFailed>().FirstOrDefault();
        if (timed && failed is null)
            outputs.AppendStandardOutput(cell, TimeMagic.Report(wallClock.Elapsed));
        if (failed is null) return (NotebookStatus.Passed, null);
        var (name, text) = FailureText.Describe(failed);
        return (NotebookStatus.Failed, new CellFailure(cellNumber, FailureText.FirstLine(cell.Contents), name == "Error" ? text : $"{name}: {text}"));
    }

    /// <summary>Cells the runner submits to a kernel: not markdown, not raw.</summary>
    public static bool IsCode(InteractiveDocumentElement cell) => cell.KernelName is not ("markdown" or NotebookFile.RawKernel);
}
