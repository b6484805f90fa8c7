using System.Diagnostics;
using System.Text.Json;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using Microsoft.DotNet.Interactive.Events;

namespace NotebookRunner;

/// <summary>
/// Runs one notebook top to bottom in a fresh kernel, in the notebook's own folder (so relative paths in
/// <c>#r</c> and file reads resolve as they do in VS Code), stops at the first failing cell, and writes
/// the executed copy with every output.
/// </summary>
public sealed class NotebookExecutor(RunnerOptions options, TextWriter log)
{
    public async Task<NotebookResult> RunAsync(string notebookPath)
    {
        var stopwatch = Stopwatch.StartNew();
        InteractiveDocument document;
        try
        {
            document = Read(notebookPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidDataException or FormatException)
        {
            return new NotebookResult(notebookPath, NotebookStatus.Unreadable, 0, 0, stopwatch.Elapsed, null, Error: e.Message);
        }

        var cells = document.Elements;
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
                    var cellWatch = Stopwatch.StartNew();
                    try
                    {
                        (status, failure) = await RunCellAsync(kernel, cell, i + 1, outputs);
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        // The kernel itself broke (not the cell's code, which it reports as CommandFailed).
                        var cause = FailureText.RootCause(e);
                        cell.Outputs.Add(new ErrorElement(errorName: cause.GetType().Name, errorValue: cause.Message, stackTrace: []));
                        (status, failure) = (NotebookStatus.Failed, new CellFailure(i + 1, FailureText.FirstLine(cell.Contents), $"{cause.GetType().Name}: {cause.Message}"));
                    }
                    log.WriteLine($"  cell {i + 1}/{cells.Count} (code {executed}/{codeCells}) {cellWatch.Elapsed.TotalSeconds,6:F1} s  {FailureText.FirstLine(cell.Contents)}");
                }
            }
            finally
            {
                Directory.SetCurrentDirectory(previousDirectory);
            }
        }

        var executedCopy = options.ExecutedCopyPath(notebookPath);
        Write(document, executedCopy);
        var result = new NotebookResult(notebookPath, status, executed, codeCells, stopwatch.Elapsed, executedCopy, failure);
        log.WriteLine(result.Succeeded ? $"  ✔ {stopwatch.Elapsed.TotalSeconds:F1} s" : $"  ✘ {result.Describe()}");
        return result;
    }

    private async Task<(NotebookStatus, CellFailure?)> RunCellAsync(Kernel kernel, InteractiveDocumentElement cell, int cellNumber, CellOutputs outputs)
    {
        using var cancellation = new CancellationTokenSource();
        var submission = kernel.SendAsync(new SubmitCode(cell.Contents, NotebookKernel.CSharp), cancellation.Token);
        var finished = await Task.WhenAny(submission, Task.Delay(options.CellTimeout));
        if (finished != submission)
        {
            // The kernel cannot stop arbitrary user code; cancel what can be, and leave this notebook.
            await cancellation.CancelAsync();
            outputs.RecordTimeout(cell, options.CellTimeout);
            return (NotebookStatus.TimedOut, new CellFailure(cellNumber, FailureText.FirstLine(cell.Contents), FailureText.Timeout(options.CellTimeout)));
        }

        var result = await submission;
        foreach (var kernelEvent in result.Events)
            outputs.Record(cell, kernelEvent);

        var failed = result.Events.OfType<CommandFailed>().FirstOrDefault();
        if (failed is null) return (NotebookStatus.Passed, null);
        var (name, message) = FailureText.Describe(failed);
        return (NotebookStatus.Failed, new CellFailure(cellNumber, FailureText.FirstLine(cell.Contents), name == "Error" ? message : $"{name}: {message}"));
    }

    private static bool IsCode(InteractiveDocumentElement cell) => cell.KernelName != "markdown";

    private static InteractiveDocument Read(string notebookPath)
    {
        if (!File.Exists(notebookPath))
            throw new FileNotFoundException($"no such notebook: {notebookPath}");
        var json = File.ReadAllText(notebookPath);
        try
        {
            using var parsed = JsonDocument.Parse(json);
            if (parsed.RootElement.ValueKind != JsonValueKind.Object || !parsed.RootElement.TryGetProperty("cells", out _))
                throw new InvalidDataException($"{notebookPath} is not a Jupyter notebook: it has no \"cells\" list.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{notebookPath} is not valid JSON (line {e.LineNumber + 1}): {e.Message.Split('.')[0]}.");
        }
        return Notebook.Parse(json, NotebookKernel.KernelInfos());
    }

    /// <summary>Write to a temporary file and rename, so a crash never leaves a half-written notebook.</summary>
    private static void Write(InteractiveDocument document, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // A name of its own, so two runs writing the same notebook (say two test assemblies) never share a temp file.
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        using (var stream = File.Create(temp))
            Notebook.Write(document, stream, NotebookKernel.KernelInfos());
        File.Move(temp, path, overwrite: true);
    }
}
