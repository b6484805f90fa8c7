namespace CourseTests;

/// <summary>
/// The course notebooks, the one list every test project reads (linked as source, like <see cref="NotebookJson"/>):
/// every <c>.ipynb</c> in notebooks/, as paths below that folder with '/' separators, in file-name order, which is
/// reading order. Adding a notebook file adds it to every test that goes through the course's notebooks.
/// </summary>
internal static class CourseNotebookFiles
{
    /// <summary>The notebooks below <paramref name="notebooksFolder"/>, relative to it, sorted ordinally.</summary>
    public static IReadOnlyList<string> In(string notebooksFolder) =>
        Directory.EnumerateFiles(notebooksFolder, "*.ipynb", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(notebooksFolder, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
