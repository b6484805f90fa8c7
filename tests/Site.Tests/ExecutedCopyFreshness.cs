namespace Site.Tests;

/// <summary>
/// Whether an executed copy of a notebook still shows what the notebook prints today: it must be newer than the
/// notebook and than the course library the notebook loads (lib/bin/CourseLib.dll, and lib's sources, since a
/// changed source means a dll about to be rebuilt). A copy older than either is run again, so a change to a
/// chart helper in lib/ reaches the site's pages even though no notebook changed.
/// </summary>
public sealed class ExecutedCopyFreshness(string libraryFolder)
{
    private readonly Lazy<DateTime> _libraryChanged = new(() => LastChange(libraryFolder));

    /// <summary>When lib/ last changed: its newest source or project file, or its built dll.</summary>
    public DateTime LibraryChanged => _libraryChanged.Value;

    /// <summary>Whether <paramref name="executedCopy"/> exists and is at least as new as the notebook and the library.</summary>
    public bool IsCurrent(string executedCopy, string notebook) =>
        File.Exists(executedCopy)
        && File.GetLastWriteTimeUtc(executedCopy) >= File.GetLastWriteTimeUtc(notebook)
        && File.GetLastWriteTimeUtc(executedCopy) >= LibraryChanged;

    private static DateTime LastChange(string folder)
    {
        var objFolder = Path.Combine(folder, "obj") + Path.DirectorySeparatorChar;
        var binFolder = Path.Combine(folder, "bin") + Path.DirectorySeparatorChar;
        var sources = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal))
            .Where(f => !f.StartsWith(objFolder, StringComparison.Ordinal) && !f.StartsWith(binFolder, StringComparison.Ordinal));
        var dll = Path.Combine(folder, "bin", "CourseLib.dll");
        return sources.Append(dll).Where(File.Exists).Select(File.GetLastWriteTimeUtc).DefaultIfEmpty(DateTime.MinValue).Max();
    }
}
