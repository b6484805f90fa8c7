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

    /// <summary>The folder under <see cref="OutputRoot"/> for executed copies of notebooks outside <see cref="NotebooksRoot"/>.</summary>
    public const string OutsideFolder = "outside-notebooks";

    /// <summary>
    /// Where the executed copy of <paramref name="notebookPath"/> goes: the same relative path under
    /// <see cref="OutputRoot"/>. A notebook outside <see cref="NotebooksRoot"/> goes under
    /// <see cref="OutsideFolder"/>, at its whole path, so two notebooks of the same name in different folders
    /// never share an executed copy.
    /// </summary>
    public string ExecutedCopyPath(string notebookPath)
    {
        var full = Path.GetFullPath(notebookPath);
        var relative = Path.GetRelativePath(NotebooksRoot, full);
        if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
            relative = Path.Combine(OutsideFolder, WithoutRoot(full));
        return Path.Combine(OutputRoot, relative);
    }

    // "/home/me/x.ipynb" -> "home/me/x.ipynb"; "C:\me\x.ipynb" -> "C\me\x.ipynb".
    private static string WithoutRoot(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? "";
        var drive = root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar, Path.VolumeSeparatorChar).Replace(':', '_');
        return Path.Combine(drive, fullPath[root.Length..]);
    }
}
