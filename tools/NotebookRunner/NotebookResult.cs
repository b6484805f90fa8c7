namespace NotebookRunner;

/// <summary>How a notebook's run ended.</summary>
public enum NotebookStatus
{
    /// <summary>Every code cell ran without an error.</summary>
    Passed,
    /// <summary>A cell failed (an exception, a compile error, a cell for another kernel); later cells did not run.</summary>
    Failed,
    /// <summary>A cell ran longer than the cell timeout and was stopped.</summary>
    TimedOut,
    /// <summary>The file is missing or is not a well-formed nbformat 4 notebook.</summary>
    Unreadable,
    /// <summary>The notebook is for another language (a Python notebook, say).</summary>
    Unsupported,
    /// <summary>The kernel's process died during a cell (<c>Environment.Exit</c>, a stack overflow, a crash on another thread).</summary>
    Crashed,
}

/// <summary>Where and why a notebook stopped: the 1-based cell number (counting every cell, as an editor shows them).</summary>
public sealed record CellFailure(int CellNumber, string FirstLine, string Message)
{
    public override string ToString() => $"cell {CellNumber} ({FirstLine}): {Message}";
}

/// <summary>The outcome of running one notebook.</summary>
/// <param name="Notebook">The notebook's path as given.</param>
/// <param name="CodeCellsRun">How many code cells ran (including the one that failed).</param>
/// <param name="CodeCells">How many code cells the notebook has.</param>
/// <param name="ExecutedCopy">Where the executed copy was written, if it was.</param>
/// <param name="CopyError">Why the executed copy could not be written, if it could not.</param>
public sealed record NotebookResult(
    string Notebook,
    NotebookStatus Status,
    int CodeCellsRun,
    int CodeCells,
    TimeSpan Duration,
    string? ExecutedCopy,
    CellFailure? Failure = null,
    string? Error = null,
    string? CopyError = null)
{
    /// <summary>Every cell ran and the executed copy was written.</summary>
    public bool Succeeded => Status == NotebookStatus.Passed && CopyError is null;

    /// <summary>The status as the summary table shows it.</summary>
    public string StatusText => Status.ToString().ToLowerInvariant() + (CopyError is null ? "" : ", copy not written");

    /// <summary>One line naming the notebook and what went wrong, for logs and test failures.</summary>
    public string Describe() => (Status switch
    {
        NotebookStatus.Passed => $"{Notebook}: passed ({CodeCells} code cells, {Duration.TotalSeconds:F1} s)",
        _ when Failure is not null => $"{Notebook}: {Status.ToString().ToLowerInvariant()} at {Failure}",
        _ => $"{Notebook}: {Error}",
    }) + (CopyError is null ? "" : $"; {CopyError}");
}
