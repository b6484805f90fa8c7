using AppGenerator;
using CourseTests;
using CourseTools;

namespace Apps.Tests;

/// <summary>The repository's notebooks and the programs generated from them.</summary>
public static class CourseApps
{
    public static readonly string Root = RepositoryRoot.Find(AppContext.BaseDirectory);

    public static readonly AppFolder Folder = new(Root);

    /// <summary>Every chapter (notebook file name without .ipynb), in order: the tests' list, not the generator's own,
    /// so a notebook the generator missed still fails a test.</summary>
    public static IEnumerable<string> Chapters() =>
        CourseNotebookFiles.In(Path.Combine(Root, "notebooks")).Select(n => n[..^".ipynb".Length]);

    public static TheoryData<string> ChaptersAsTheoryData() => new(Chapters());

    public static string NotebookPath(string chapter) => Path.Combine(Root, "notebooks", chapter + ".ipynb");
}
