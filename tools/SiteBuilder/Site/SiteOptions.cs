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

    /// <summary>
    /// The course's own notebooks (notebooks/), without outputs. When known, only executed notebooks that have a
    /// notebook here are chapters (scratch runs are not published), and each page offers this clean copy to download.
    /// When null, chapters are the executed notebooks named like the course's (<c>NN_name.ipynb</c>).
    /// </summary>
    public string? NotebooksRoot { get; init; }

    /// <summary>The repository's folder, if known: for the "Run it yourself" commands, the chapter programs (apps/) and the git remote.</summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>
    /// The repository's address on GitHub (e.g. <c>https://github.com/owner/course</c>), for the "Open in GitHub Codespaces"
    /// link; when null, the repository's git remote <c>origin</c> is asked.
    /// </summary>
    public string? RepositoryUrl { get; init; }

    /// <summary>
    /// The Chromium that draws each chart of the downloadable executed notebooks as an image (so that a viewer that runs
    /// no script shows it), or null to build without images (the build then warns). Only
    /// <see cref="ForRepository"/> and the command find one (<see cref="Downloads.ChartImages.Find"/>): a site built in a
    /// unit test opens no browser.
    /// </summary>
    public string? ChromiumPath { get; init; }

    /// <summary>The repository's artifacts/executed/ and artifacts/site/, found from a folder inside the repository.</summary>
    public static SiteOptions ForRepository(string startFolder)
    {
        var root = CourseTools.RepositoryRoot.Find(startFolder);
        return new SiteOptions(Path.Combine(root, "artifacts", "executed"), Path.Combine(root, "artifacts", "site"))
        {
            NotebooksRoot = Path.Combine(root, "notebooks"),
            RepositoryRoot = root,
            ChromiumPath = Downloads.ChartImages.Find(),
        };
    }
}
