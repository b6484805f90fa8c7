using System.Text.Json.Nodes;
using SiteBuilder.Rendering;
using SiteBuilder.Site;

namespace SiteBuilder.Downloads;

/// <summary>
/// Puts the figures a markdown cell shows from files (<c>![alt](figures/name.svg)</c>) into the cell itself, as nbformat
/// attachments (<c>![alt](attachment:name.svg)</c> and the file, base64, under the cell's <c>attachments</c>). Jupyter
/// Notebook, JupyterLab, VS Code and nbconvert (so nbviewer) show an attachment as the image it holds, trusted or not;
/// a relative link would need a <c>figures/</c> folder beside the file, which a downloaded notebook never has.
/// </summary>
public static class FigureAttachments
{
    /// <summary>The MIME types of the images the site shows, by extension (<see cref="ChapterFigures.ImageExtensions"/>).</summary>
    private static readonly IReadOnlyDictionary<string, string> MimeTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".svg"] = "image/svg+xml", [".png"] = "image/png", [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif", [".webp"] = "image/webp",
    };

    /// <summary>Attaches the figures <paramref name="cell"/> shows and points its markdown at them; returns how many.</summary>
    /// <param name="cell">A markdown cell of the download.</param>
    /// <param name="relativePath">The notebook's path, for messages.</param>
    /// <param name="figures">The chapter's figures, checked and found by <see cref="ChapterFigures.Find"/>.</param>
    /// <exception cref="InvalidDataException">The cell shows a file that is not one of <paramref name="figures"/>, or the
    /// markdown's link could not be rewritten (an address written in a form this does not recognise).</exception>
    public static int Attach(JsonObject cell, string relativePath, IReadOnlyList<ChapterFigure> figures)
    {
        var source = ExecutedDownload.Joined(cell["source"]);
        var images = MarkdownImages.LocalImages(source);
        if (images.Count == 0)
            return 0;
        var attachments = cell["attachments"] as JsonObject ?? [];
        foreach (var address in images.Select(i => i.Address).Distinct(StringComparer.Ordinal))
        {
            var figure = figures.FirstOrDefault(f => f.Address == address)
                ?? throw new InvalidDataException($"{relativePath}: the figure \"{address}\" is not one the chapter's figures were checked for.");
            var name = Path.GetFileName(figure.SourcePath);
            if (attachments[name] is JsonObject taken && !SameFile(taken, figure))
                throw new InvalidDataException($"{relativePath}: two figures in one cell are named {name}; rename one.");
            attachments[name] = new JsonObject { [MimeTypes[Path.GetExtension(name)]] = Convert.ToBase64String(File.ReadAllBytes(figure.SourcePath)) };
            source = Relinked(source, address, "attachment:" + Uri.EscapeDataString(name));
        }
        if (MarkdownImages.LocalImages(source).Count > 0)
            throw new InvalidDataException($"{relativePath}: a figure's link in \"{Shorten(source)}\" could not be pointed at its attachment; " +
                                           "write it as ![what it shows](figures/name.svg).");
        cell["source"] = source;
        cell["attachments"] = attachments;
        return images.Count;
    }

    // An inline image's destination, bare, in angle brackets or followed by a title, and a reference definition's.
    private static string Relinked(string markdown, string address, string attachment) =>
        markdown.Replace($"]({address})", $"]({attachment})", StringComparison.Ordinal)
            .Replace($"](<{address}>", $"](<{attachment}>", StringComparison.Ordinal)
            .Replace($"]({address} ", $"]({attachment} ", StringComparison.Ordinal)
            .Replace($"]: {address}", $"]: {attachment}", StringComparison.Ordinal);

    private static bool SameFile(JsonObject attachment, ChapterFigure figure) =>
        attachment.Select(kv => (string?)kv.Value).FirstOrDefault() == Convert.ToBase64String(File.ReadAllBytes(figure.SourcePath));

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
