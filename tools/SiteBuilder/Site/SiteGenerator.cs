using System.Text.RegularExpressions;
using SiteBuilder.Downloads;
using SiteBuilder.Notebooks;
using SiteBuilder.Rendering;

namespace SiteBuilder.Site;

/// <summary>What a build wrote.</summary>
/// <param name="Chapters">The chapter pages, in reading order.</param>
/// <param name="ChartCount">How many charts the pages draw, over all chapters.</param>
public sealed record SiteBuildResult(IReadOnlyList<Chapter> Chapters, int ChartCount)
{
    /// <summary>Executed notebooks that are not chapters of the course (scratch runs), by path below the executed folder; not published.</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];

    /// <summary>Every file the build wrote, relative to the site's root.</summary>
    public IReadOnlyCollection<string> Files { get; init; } = [];

    /// <summary>The figures the chapters' markdown shows, as copied into the site (relative to its root), once each.</summary>
    public IReadOnlyList<string> Figures { get; init; } = [];

    /// <summary>How many charts the downloadable executed notebooks carry, and how many of them with an image.</summary>
    public (int Charts, int WithImages) DownloadCharts { get; init; }

    /// <summary>What the build could not do but a reader should know (e.g. downloads without chart images), one sentence each.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>Builds the whole site: an index, one page per chapter, the notebooks to download, the search index and the assets.</summary>
public static partial class SiteGenerator
{
    /// <summary>Reads the chapters' executed notebooks below <see cref="SiteOptions.ExecutedRoot"/> and writes the site to <see cref="SiteOptions.SiteRoot"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">There are no executed notebooks (run the NotebookRunner first).</exception>
    /// <exception cref="InvalidDataException">
    /// A notebook cannot be read, one of its outputs cannot be shown offline, or a figure its markdown shows is missing or outside
    /// the notebooks folder (<see cref="ChapterFigures"/>); the message names the notebook.
    /// </exception>
    /// <exception cref="IOException">The output folder holds files no build of the site wrote (see <see cref="SiteFolder"/>).</exception>
    public static SiteBuildResult Build(SiteOptions options)
    {
        var (notebooks, skipped) = ReadChapters(options);
        var chapters = new ChapterList(notebooks);
        var paths = MachinePaths.ForThisMachine(options.RepositoryRoot);
        // Everything is rendered, and every figure found, before the old site is touched: a bad notebook leaves the previous site as it was.
        var figures = chapters.Chapters.ToDictionary(c => c, c => ChapterFigures.Find(c.Notebook, FiguresRoot(options)));
        var articles = chapters.Chapters.Select(c => (Chapter: c, Article: RenderArticle(c, paths, figures[c]))).ToList();
        var typeset = MathTypesetter.Typeset(articles.Select(a => a.Article.Html).ToList());
        articles = articles.Select((a, i) => (a.Chapter, a.Article with { Html = typeset[i] })).ToList();
        var hasMath = articles.Any(a => a.Article.Html.Contains("class=\"katex", StringComparison.Ordinal));
        var repositoryAddress = options.RepositoryUrl ?? (options.RepositoryRoot is null ? null : GitHubRepository.OriginOf(options.RepositoryRoot));
        // The downloads too, their charts drawn as pictures (ExecutedDownload): all in memory, a few MB each.
        IReadOnlyList<string> warnings;
        Dictionary<Chapter, ExecutedDownload.Result> downloads;
        using (var images = new DownloadImages(options.ChromiumPath))
        {
            downloads = chapters.Chapters.ToDictionary(c => c, c => ExecutedDownload.Make(
                paths.Redact(File.ReadAllText(Path.Combine(options.ExecutedRoot, c.Notebook.RelativePath))), c.Notebook.RelativePath, images.Draw, figures[c]));
            warnings = images.Warnings;
        }

        using var site = SiteFolder.Prepare(options.SiteRoot);
        SiteAssets.WriteTo(site);
        if (hasMath)
            MathTypesetter.WriteAssetsTo(site);
        // Only the figures a chapter shows, each once however many chapters show it.
        var figureCopies = figures.Values.SelectMany(f => f).DistinctBy(f => f.SitePath).OrderBy(f => f.SitePath, StringComparer.Ordinal).ToList();
        foreach (var figure in figureCopies)
            site.Copy(figure.SourcePath, figure.SitePath);
        var chartCount = 0;
        foreach (var (chapter, article) in articles)
        {
            var charts = ChartCount(article.Html);
            chartCount += charts;
            var runIt = WriteDownloads(site, options, chapter, downloads[chapter], repositoryAddress);
            site.WriteText(chapter.PageName, PageLayout.ChapterPage(options.Title, chapters, chapter, article, runIt, charts > 0,
                article.Html.Contains("class=\"katex", StringComparison.Ordinal)));
        }
        site.WriteText("index.html", PageLayout.IndexPage(options.Title, options.Introduction, chapters.Chapters));
        SearchIndex.WriteTo(site, SearchIndex.Documents(articles));
        return new SiteBuildResult(chapters.Chapters, chartCount)
        {
            Skipped = skipped, Files = site.Written, Figures = figureCopies.Select(f => f.SitePath).ToList(),
            DownloadCharts = (downloads.Values.Sum(d => d.Charts), downloads.Values.Sum(d => d.ChartsWithImages)), Warnings = warnings,
        };
    }

    private static (List<Notebook> Chapters, List<string> Skipped) ReadChapters(SiteOptions options)
    {
        var executedRoot = options.ExecutedRoot;
        var paths = Directory.Exists(executedRoot)
            ? Directory.EnumerateFiles(executedRoot, "*.ipynb", SearchOption.AllDirectories)
                .Select(p => (Path: p, Relative: Path.GetRelativePath(executedRoot, p).Replace('\\', '/')))
                .OrderBy(p => p.Relative, StringComparer.Ordinal).ToList()
            : [];
        if (paths.Count == 0)
            throw new DirectoryNotFoundException(
                $"No executed notebooks in {executedRoot}; run them first: dotnet run --project tools/NotebookRunner");
        var chapters = paths.Where(p => IsChapter(options, p.Relative)).ToList();
        if (chapters.Count == 0)
            throw new DirectoryNotFoundException(
                $"None of the {paths.Count} notebooks in {executedRoot} is a chapter of the course " +
                (options.NotebooksRoot is null ? "(named NN_name.ipynb)" : $"(has a notebook in {options.NotebooksRoot})") +
                "; run the course's notebooks first: dotnet run --project tools/NotebookRunner");
        var skipped = paths.Except(chapters).Select(p => p.Relative).ToList();
        return (chapters.Select(p => NotebookReader.Read(p.Path, p.Relative)).ToList(), skipped);
    }

    /// <summary>
    /// Whether an executed notebook is one of the course's chapters: it has a notebook in the course's notebooks folder,
    /// or, when that folder is not known, it is named like one (two digits, an underscore, a name).
    /// </summary>
    public static bool IsChapter(SiteOptions options, string relativePath) =>
        options.NotebooksRoot is { } notebooks
            ? File.Exists(Path.Combine(notebooks, relativePath))
            : ChapterName().IsMatch(Path.GetFileName(relativePath));

    private static RunItYourself WriteDownloads(SiteFolder site, SiteOptions options, Chapter chapter, ExecutedDownload.Result download,
        string? repositoryAddress)
    {
        var baseName = Path.GetFileNameWithoutExtension(chapter.PageName);
        var executed = $"{RunItYourself.DownloadsFolder}/{baseName}.executed.ipynb";
        // The executed copy as readers get it: outputs without the machine's paths, like the page; charts with pictures,
        // figures inside it, and no copy of plotly.js (ExecutedDownload).
        site.WriteText(executed, download.Json);
        string? clean = null;
        var source = options.NotebooksRoot is null ? null : Path.Combine(options.NotebooksRoot, chapter.Notebook.RelativePath);
        if (source is not null && File.Exists(source))
        {
            clean = $"{RunItYourself.DownloadsFolder}/{baseName}.ipynb";
            site.Copy(source, clean);
        }
        var notebookPath = "notebooks/" + chapter.Notebook.RelativePath;
        var app = options.RepositoryRoot is null ? null : Path.Combine("apps", Path.GetFileNameWithoutExtension(chapter.Notebook.RelativePath) + ".cs");
        var appExists = app is not null && File.Exists(Path.Combine(options.RepositoryRoot!, app));
        return new RunItYourself(clean, executed, notebookPath, appExists ? app!.Replace('\\', '/') : null,
            GitHubRepository.FromUrl(repositoryAddress), repositoryAddress);
    }

    /// <summary>
    /// The folder a chapter's figures are looked up in: the course's notebooks folder, where the committed figures live
    /// beside the notebooks, or the executed notebooks' folder when the notebooks folder is not known.
    /// </summary>
    private static string FiguresRoot(SiteOptions options) => options.NotebooksRoot ?? options.ExecutedRoot;

    private static RenderedArticle RenderArticle(Chapter chapter, MachinePaths paths, IReadOnlyList<ChapterFigure> figures)
    {
        try
        {
            return CellRenderer.RenderArticle(chapter.Notebook, paths, figures.ToDictionary(f => f.Address, f => f.SitePath, StringComparer.Ordinal));
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"{chapter.Notebook.RelativePath}: {e.Message}", e);
        }
    }

    private static int ChartCount(string article)
    {
        var count = 0;
        for (var at = article.IndexOf("class=\"plotly-chart\"", StringComparison.Ordinal); at >= 0;
             at = article.IndexOf("class=\"plotly-chart\"", at + 1, StringComparison.Ordinal))
            count++;
        return count;
    }

    [GeneratedRegex(@"^\d{2}_[A-Za-z0-9_\-]+\.ipynb$")]
    private static partial Regex ChapterName();
}
