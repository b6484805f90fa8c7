using SiteBuilder.Notebooks;
using SiteBuilder.Rendering;

namespace SiteBuilder.Site;

/// <summary>What a build wrote.</summary>
/// <param name="Chapters">The chapter pages, in reading order.</param>
/// <param name="ChartCount">How many charts the pages draw, over all chapters.</param>
public sealed record SiteBuildResult(IReadOnlyList<Chapter> Chapters, int ChartCount);

/// <summary>Builds the whole site: an index, one page per executed notebook, and the assets they use.</summary>
public static class SiteGenerator
{
    /// <summary>Reads every .ipynb below <see cref="SiteOptions.ExecutedRoot"/> and writes the site to <see cref="SiteOptions.SiteRoot"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">There are no executed notebooks (run the NotebookRunner first).</exception>
    /// <exception cref="InvalidDataException">A notebook cannot be read or one of its outputs cannot be shown offline.</exception>
    public static SiteBuildResult Build(SiteOptions options)
    {
        var notebooks = ReadNotebooks(options.ExecutedRoot);
        var chapters = new ChapterList(notebooks);

        ClearPreviousBuild(options.SiteRoot);
        SiteAssets.WriteTo(options.SiteRoot);
        var chartCount = 0;
        foreach (var chapter in chapters.Chapters)
        {
            var article = RenderArticle(chapter);
            var charts = CountCharts(article);
            chartCount += charts;
            var page = PageLayout.ChapterPage(options.Title, chapter, chapters.Previous(chapter), chapters.Next(chapter), article, charts > 0);
            File.WriteAllText(Path.Combine(options.SiteRoot, chapter.PageName), page);
        }
        File.WriteAllText(Path.Combine(options.SiteRoot, "index.html"),
            PageLayout.IndexPage(options.Title, options.Introduction, chapters.Chapters));
        return new SiteBuildResult(chapters.Chapters, chartCount);
    }

    private static List<Notebook> ReadNotebooks(string executedRoot)
    {
        var paths = Directory.Exists(executedRoot)
            ? Directory.EnumerateFiles(executedRoot, "*.ipynb", SearchOption.AllDirectories).ToList()
            : [];
        if (paths.Count == 0)
            throw new DirectoryNotFoundException(
                $"No executed notebooks in {executedRoot}; run them first: dotnet run --project tools/NotebookRunner");
        return paths.Select(path => NotebookReader.Read(path, Path.GetRelativePath(executedRoot, path))).ToList();
    }

    private static string RenderArticle(Chapter chapter)
    {
        try
        {
            return CellRenderer.Render(chapter.Notebook);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"{chapter.Notebook.RelativePath}: {e.Message}", e);
        }
    }

    private static int CountCharts(string article)
    {
        var count = 0;
        for (var at = article.IndexOf("class=\"plotly-chart\"", StringComparison.Ordinal); at >= 0;
             at = article.IndexOf("class=\"plotly-chart\"", at + 1, StringComparison.Ordinal))
            count++;
        return count;
    }

    // Pages of notebooks that were renamed or removed must not linger; only what a build writes is removed.
    private static void ClearPreviousBuild(string siteRoot)
    {
        Directory.CreateDirectory(siteRoot);
        foreach (var page in Directory.EnumerateFiles(siteRoot, "*.html"))
            File.Delete(page);
        var assets = Path.Combine(siteRoot, SiteAssets.Folder);
        if (Directory.Exists(assets))
            Directory.Delete(assets, recursive: true);
    }
}
