using SiteBuilder.Notebooks;
using SiteBuilder.Rendering;

namespace SiteBuilder.Site;

/// <summary>A figure one chapter shows, and the copy of it the site keeps.</summary>
/// <param name="Address">The address as the chapter's markdown writes it (<c>figures/name.svg</c>).</param>
/// <param name="SourcePath">The file, below the notebooks folder.</param>
/// <param name="SitePath">Where the site keeps its copy, relative to the site's root (<c>images/figures/name.svg</c>).</param>
public sealed record ChapterFigure(string Address, string SourcePath, string SitePath);

/// <summary>
/// The images a chapter's markdown shows from the course's own files, such as <c>![alt](figures/name.svg)</c> beside the
/// notebooks. They are resolved the way VS Code and Jupyter resolve them, relative to the notebook's own folder, and must be
/// files inside the notebooks folder. The site copies exactly these files, keeping their place below that folder, into
/// <see cref="Folder"/>: pages all sit at the site's root, so one path works from every page.
/// </summary>
public static class ChapterFigures
{
    /// <summary>The site's folder for the figures, below its root.</summary>
    public const string Folder = "images";

    /// <summary>The kinds of image a browser shows in an <c>&lt;img&gt;</c>, by file extension.</summary>
    public static readonly IReadOnlyList<string> ImageExtensions = [".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp"];

    /// <summary>Every figure the chapter's markdown cells show, once each, checked.</summary>
    /// <param name="notebook">The chapter's notebook.</param>
    /// <param name="notebooksRoot">The folder the notebook's path is relative to, which every figure must be inside.</param>
    /// <exception cref="InvalidDataException">
    /// A figure is missing, lies outside <paramref name="notebooksRoot"/>, is not an image, or has no text alternative;
    /// the message names the notebook and the address.
    /// </exception>
    public static IReadOnlyList<ChapterFigure> Find(Notebook notebook, string notebooksRoot)
    {
        var root = Path.GetFullPath(notebooksRoot);
        var notebookFolder = Path.GetDirectoryName(Path.Combine(root, notebook.RelativePath))!;
        var figures = new Dictionary<string, ChapterFigure>(StringComparer.Ordinal);
        foreach (var image in notebook.Cells.OfType<MarkdownCell>().SelectMany(c => MarkdownImages.LocalImages(c.Source)))
        {
            if (figures.ContainsKey(image.Address))
                continue;
            figures[image.Address] = Resolve(notebook.RelativePath, image, root, notebookFolder);
        }
        return [.. figures.Values];
    }

    private static ChapterFigure Resolve(string notebookPath, LocalImage image, string root, string notebookFolder)
    {
        string Problem(string what) => $"{notebookPath}: the figure \"{image.Address}\" {what}";

        // The path part of the address, as a browser reads it: without ?query or #fragment, %20 decoded.
        var path = Uri.UnescapeDataString(image.Address.Split('?', '#')[0]);
        if (path.StartsWith('/') || path.StartsWith('\\') || Path.IsPathRooted(path))
            throw new InvalidDataException(Problem(
                $"is an absolute path; write it relative to the notebook (e.g. figures/{Path.GetFileName(path)}), and keep the file inside {root}."));
        var file = Path.GetFullPath(Path.Combine(notebookFolder, path));
        if (!IsInside(root, file))
            throw new InvalidDataException(Problem(
                $"points outside the notebooks folder ({file} is not inside {root}); the site publishes only files of the notebooks folder: move it to e.g. figures/ there."));
        if (!ImageExtensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
            throw new InvalidDataException(Problem($"is not an image the site shows ({string.Join(", ", ImageExtensions)})."));
        if (!File.Exists(file))
            throw new InvalidDataException(Problem($"is missing: there is no file {file}. Add it, or correct the address in the markdown cell."));
        // A link inside the folder that leads out of it, the file's own or a folder's on the way (figures/ linking
        // elsewhere), would publish a file from elsewhere.
        if (!RealPath.IsInside(root, file))
            throw new InvalidDataException(Problem(
                $"is a link to {RealPath.Of(file)} (through a symbolic link on its way), outside the notebooks folder {RealPath.Of(root)}; the site publishes only files of that folder."));
        if (image.AltText.Length == 0)
            throw new InvalidDataException(Problem("has no text alternative: write what it shows between the brackets, ![what it shows](...), for readers who cannot see it."));
        var sitePath = Folder + "/" + Path.GetRelativePath(root, file).Replace('\\', '/');
        return new ChapterFigure(image.Address, file, sitePath);
    }

    private static bool IsInside(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        // "..", "../x": outside; a name that merely starts with two dots ("..x.svg") is inside.
        var first = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0];
        return relative != "." && first != ".." && !Path.IsPathRooted(relative);
    }
}
