namespace AppGenerator;

/// <summary>The programs of all notebooks: which are stale, and writing them.</summary>
public sealed class AppFolder(string repositoryRoot)
{
    private readonly IReadOnlyDictionary<string, string> _pinned = ConversionContext.ReadPinnedVersions(repositoryRoot);

    /// <summary>Every notebook under notebooks/ (not in sub-folders), in order.</summary>
    public IEnumerable<string> Notebooks() =>
        Directory.EnumerateFiles(Path.Combine(repositoryRoot, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal);

    /// <summary>What converting <paramref name="notebookPath"/> needs: this repository, the notebook's full path and the pinned package versions.</summary>
    public ConversionContext ContextFor(string notebookPath) => new(repositoryRoot, Path.GetFullPath(notebookPath), _pinned);

    /// <summary>The program the notebook makes now, and whether the file on disk already has exactly that text.</summary>
    public (ConversionContext Context, string Program, bool IsCurrent) Check(string notebookPath)
    {
        var context = ContextFor(notebookPath);
        var program = AppWriter.Generate(context);
        var isCurrent = File.Exists(context.AppPath) && File.ReadAllText(context.AppPath) == program;
        return (context, program, isCurrent);
    }

    /// <summary>Programs in apps/ whose notebook is gone.</summary>
    public IEnumerable<string> Orphans()
    {
        var folder = Path.Combine(repositoryRoot, "apps");
        if (!Directory.Exists(folder)) return [];
        var chapters = Notebooks().Select(Path.GetFileNameWithoutExtension).ToHashSet();
        return Directory.EnumerateFiles(folder, "*.cs").Where(p => !chapters.Contains(Path.GetFileNameWithoutExtension(p))).Order(StringComparer.Ordinal);
    }
}
