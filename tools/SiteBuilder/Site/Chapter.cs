using SiteBuilder.Notebooks;
using SiteBuilder.Rendering;

namespace SiteBuilder.Site;

/// <summary>A notebook as a page of the site.</summary>
/// <param name="Notebook">The executed notebook.</param>
/// <param name="Title">The notebook's first heading (e.g. <c>01 · Data for classification</c>), or its file name if it has none.</param>
/// <param name="PageName">The page's file name at the site's root (e.g. <c>01_data.html</c>).</param>
public sealed record Chapter(Notebook Notebook, string Title, string PageName)
{
    /// <summary>The chapter for a notebook, titled by its first heading.</summary>
    public static Chapter For(Notebook notebook) => new(notebook, TitleOf(notebook), PageNameFor(notebook.RelativePath));

    /// <summary>
    /// The page file for a notebook path below the executed folder: <c>01_data.ipynb</c> gives <c>01_data.html</c>,
    /// <c>part2/06_x.ipynb</c> gives <c>part2-06_x.html</c>. Every page sits at the site's root, so each links to
    /// the assets and to the others the same way.
    /// </summary>
    public static string PageNameFor(string notebookRelativePath) =>
        Path.ChangeExtension(notebookRelativePath.Replace('\\', '/').Replace('/', '-'), ".html");

    private static string TitleOf(Notebook notebook) =>
        notebook.Cells.OfType<MarkdownCell>().Select(c => MarkdownRenderer.FirstHeading(c.Source)).FirstOrDefault(h => h is not null)
        ?? Path.GetFileNameWithoutExtension(notebook.RelativePath);
}
