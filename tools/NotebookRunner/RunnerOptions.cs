using CourseTools;

namespace NotebookRunner;

/// <summary>How to run notebooks.</summary>
/// <param name="NotebooksRoot">The folder whose notebooks run by default; executed copies mirror paths below it.</param>
/// <param name="OutputRoot">Where executed copies go (artifacts/executed).</param>
/// <param name="CellTimeout">How long one cell may run before the notebook is stopped.</param>
public sealed record RunnerOptions(string NotebooksRoot, string OutputRoot, TimeSpan CellTimeout)
{
    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The repository's notebooks/ and artifacts/executed/, found from a folder inside the repository.</summary>
    public static RunnerOptions ForRepository(string startFolder, TimeSpan? cellTimeout = null)
    {
        var root = RepositoryRoot.Find(startFolder);
        return new RunnerOptions(
            Path.Combine(root, "notebooks"),
            Path.Combine(root, "artifacts", "executed"),
            cellTimeout ?? DefaultCellTimeout);
    }

    /// <summary>Where the executed copy of <paramref name="notebookPath"/> goes: the same relative path under <see cref="OutputRoot"/>.</summary>
    public string ExecutedCopyPath(string notebookPath)
    {
        var full = Path.GetFullPath(notebookPath);
        var relative = Path.GetRelativePath(NotebooksRoot, full);
        // A notebook outside notebooks/ keeps just its file name.
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            relative = Path.GetFileName(full);
        return Path.Combine(OutputRoot, relative);
    }
}
