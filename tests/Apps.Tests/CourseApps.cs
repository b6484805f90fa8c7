using AppGenerator;
using CourseTools;

namespace Apps.Tests;

/// <summary>The repository's notebooks and the programs generated from them.</summary>
public static class CourseApps
{
    public static readonly string Root = RepositoryRoot.Find(AppContext.BaseDirectory);

    public static readonly AppFolder Folder = new(Root);

    /// <summary>Every chapter (notebook file name without .ipynb), in order.</summary>
    public static IEnumerable<string> Chapters() => Folder.Notebooks().Select(Path.GetFileNameWithoutExtension)!;

    public static TheoryData<string> ChaptersAsTheoryData() => new(Chapters());

    public static string NotebookPath(string chapter) => Path.Combine(Root, "notebooks", chapter + ".ipynb");
}
