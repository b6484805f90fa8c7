namespace NotebookRunner;

public enum NotebookStatus { Passed, Failed, TimedOut, Unreadable }

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
public sealed record NotebookResult(
    string Notebook,
    NotebookStatus Status,
    int CodeCellsRun,
    int CodeCells,
    TimeSpan Duration,
    string? ExecutedCopy,
    CellFailure? Failure = null,
    string? Error = null)
{
    public bool Succeeded => Status == NotebookStatus.Passed;

    /// <summary>One line naming the notebook and what went wrong, for logs and test failures.</summary>
    public string Describe() => Status switch
    {
        NotebookStatus.Passed => $"{Notebook}: passed ({CodeCells} code cells, {Duration.TotalSeconds:F1} s)",
        _ when Failure is not null => $"{Notebook}: {Status.ToString().ToLowerInvariant()} at {Failure}",
        _ => $"{Notebook}: {Error}",
    };
}
