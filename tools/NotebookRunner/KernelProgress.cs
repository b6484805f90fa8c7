using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.DotNet.Interactive.Documents;

namespace NotebookRunner;

/// <summary>
/// One line of the progress file a kernel process writes for its supervisor: a cell starts, a cell finished
/// (its outputs are in the snapshot), or the notebook finished (how it ended).
/// </summary>
public sealed record KernelProgressEvent(
    string Event,
    int Cell = 0,
    int Code = 0,
    NotebookStatus? Status = null,
    int CodeCellsRun = 0,
    int CodeCells = 0,
    CellFailure? Failure = null,
    string? Error = null)
{
    public const string CellStarted = "cell-started", CellDone = "cell-finished", NotebookDone = "finished";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

/// <summary>
/// The kernel process's side: a line per event, flushed as it happens, and after each cell the executed notebook
/// so far, so a supervisor whose kernel died keeps every finished cell's outputs.
/// </summary>
public sealed class KernelProgressWriter(string progressFile, string snapshotFile) : ICellProgress, IDisposable
{
    private readonly StreamWriter _writer = new(new FileStream(progressFile, FileMode.Create, FileAccess.Write, FileShare.ReadWrite), new UTF8Encoding(false))
    {
        AutoFlush = true,
    };

    public void CellStarting(int cellNumber, int codeNumber) =>
        Write(new KernelProgressEvent(KernelProgressEvent.CellStarted, cellNumber, codeNumber));

    public void CellFinished(int cellNumber, InteractiveDocument document)
    {
        WriteSnapshot(document);
        Write(new KernelProgressEvent(KernelProgressEvent.CellDone, cellNumber));
    }

    /// <summary>The last line: how the notebook's cells ran (the snapshot is then the whole executed notebook).</summary>
    public void Finished(InteractiveDocument document, CellsRun run, string? error = null)
    {
        WriteSnapshot(document);
        Write(new KernelProgressEvent(KernelProgressEvent.NotebookDone, Status: run.Status, CodeCellsRun: run.CodeCellsRun,
            CodeCells: run.CodeCells, Failure: run.Failure, Error: error));
    }

    private void WriteSnapshot(InteractiveDocument document)
    {
        if (ExecutedCopy.TryWrite(document, snapshotFile) is { } problem)
            throw new IOException(problem);
    }

    private void Write(KernelProgressEvent progress) => _writer.WriteLine(JsonSerializer.Serialize(progress, KernelProgressEvent.Json));

    public void Dispose() => _writer.Dispose();
}

/// <summary>The supervisor's side: the complete lines added to the progress file since the last read.</summary>
public sealed class KernelProgressReader(string progressFile)
{
    // Where the first line not yet read starts. Only whole lines are read: the kernel may be writing one.
    private long _position;

    public IReadOnlyList<KernelProgressEvent> ReadNew()
    {
        if (!File.Exists(progressFile)) return [];
        using var stream = new FileStream(progressFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        stream.Position = _position;
        var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        var buffer = bytes.GetBuffer().AsSpan(0, (int)bytes.Length);
        // A newline byte never occurs inside a UTF-8 sequence, so the text up to the last one is whole.
        int end = buffer.LastIndexOf((byte)'\n');
        if (end < 0) return [];
        _position += end + 1;
        return Encoding.UTF8.GetString(buffer[..end]).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<KernelProgressEvent>(line, KernelProgressEvent.Json)!)
            .ToList();
    }
}
