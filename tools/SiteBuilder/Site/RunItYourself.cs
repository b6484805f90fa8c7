using SiteBuilder.Rendering;

namespace SiteBuilder.Site;

/// <summary>
/// The "Run it yourself" box of a chapter page: the notebook to download (clean, and executed), the headless runner's
/// command, the other ways the course runs (VS Code, Jupyter, the chapter as a program where one exists), and a
/// GitHub Codespaces link when the repository is known; when it is not, the box says so instead of guessing one.
/// </summary>
/// <param name="CleanDownload">The clean notebook's path in the site, or null if the course's notebooks folder is not known.</param>
/// <param name="ExecutedDownload">The executed notebook's path in the site.</param>
/// <param name="NotebookPath">The notebook's path in the repository (e.g. <c>notebooks/01_data.ipynb</c>).</param>
/// <param name="AppPath">The chapter's program in the repository (<c>apps/01_data.cs</c>), or null if it has none.</param>
/// <param name="Repository">The repository on GitHub, or null if no address is known.</param>
/// <param name="RepositoryAddress">The address the build was given or found, if it is not on GitHub (to say why there is no link; the
/// address itself is not shown: a clone's "origin" is often a folder of the machine that built the site).</param>
public sealed record RunItYourself(string? CleanDownload, string ExecutedDownload, string NotebookPath, string? AppPath,
    GitHubRepository? Repository, string? RepositoryAddress)
{
    /// <summary>The folder of the site the notebooks are downloaded from.</summary>
    public const string DownloadsFolder = "downloads";

    /// <summary>The headless runner's command for this chapter, from the repository's root.</summary>
    public string RunnerCommand => $"dotnet run --project tools/NotebookRunner -- {NotebookPath}";

    // An http(s) address names a public place; anything else (a clone's "origin" that is a folder) names the build machine.
    private static bool IsWebAddress(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>The box's HTML.</summary>
    public string ToHtml()
    {
        var downloads = (CleanDownload is null ? "" : $"<li><a href=\"{Html.Escape(CleanDownload)}\" download>the notebook</a> (without outputs, to run yourself)</li>") +
                        $"<li><a href=\"{Html.Escape(ExecutedDownload)}\" download>the notebook with its outputs</a>, as this page shows it</li>";
        var app = AppPath is null ? "" :
            $"<li><strong>As a program</strong>: <code>dotnet run {Html.Escape(AppPath)}</code> runs this chapter's code without a notebook.</li>";
        var codespaces = Repository is not null
            ? $"<p class=\"codespaces\"><a href=\"{Html.Escape(Repository.CodespacesUrl)}\">Open in GitHub Codespaces</a>: " +
              "the repository in a browser, in its dev container (.NET, the kernel and the extensions ready).</p>"
            : $"<p class=\"codespaces unknown\">No GitHub Codespaces link: {Html.Escape(RepositoryAddress is null
                ? "this site was built without the repository's address (give it with --repository URL, or build in a clone with a GitHub remote \"origin\")."
                : IsWebAddress(RepositoryAddress)
                    ? $"the repository's address ({RepositoryAddress}) is not on GitHub."
                    : "the repository this site was built from is not on GitHub.")}</p>"; // a folder of the build machine is never shown
        return $"""
            <aside class="run-it" aria-labelledby="run-it-heading">
            <h2 id="run-it-heading">Run it yourself</h2>
            <p>Download:</p>
            <ul class="downloads">{downloads}</ul>
            <p>In a clone of the course's repository:</p>
            <ul class="ways">
            <li><strong>Headless</strong>, as CI does: <code>{Html.Escape(RunnerCommand)}</code> (the executed copy lands in <code>artifacts/executed/</code>).</li>
            <li><strong>VS Code</strong>: open <code>{Html.Escape(NotebookPath)}</code> with the Polyglot Notebooks extension and run the cells top to bottom.</li>
            <li><strong>Jupyter</strong>: <code>dotnet tool restore</code>, <code>dotnet tool run dotnet-interactive jupyter install</code>, then open <code>{Html.Escape(NotebookPath)}</code> in JupyterLab with the .NET (C#) kernel.</li>
            {app}</ul>
            {codespaces}
            </aside>
            """;
    }
}
