using CourseTools;

namespace SiteBuilder.Site;

/// <summary>What to build from and where.</summary>
/// <param name="ExecutedRoot">The executed notebooks (artifacts/executed/ after a NotebookRunner run).</param>
/// <param name="SiteRoot">Where the site is written (artifacts/site/).</param>
public sealed record SiteOptions(string ExecutedRoot, string SiteRoot)
{
    /// <summary>The course's name, in every page's header.</summary>
    public string Title { get; init; } = "Neural-network classification in C#";

    /// <summary>The index page's sentence about the course.</summary>
    public string Introduction { get; init; } =
        "The classification chapter of Learn PyTorch for Deep Learning, step by step in C# with TorchSharp: " +
        "each chapter is a notebook, shown here with the outputs of a headless run.";

    /// <summary>The repository's artifacts/executed/ and artifacts/site/, found from a folder inside the repository.</summary>
    public static SiteOptions ForRepository(string startFolder)
    {
        var root = RepositoryRoot.Find(startFolder);
        return new SiteOptions(Path.Combine(root, "artifacts", "executed"), Path.Combine(root, "artifacts", "site"));
    }
}
