using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteBuilder.Rendering;

/// <summary>A heading of a chapter page, with the id its element has on the page.</summary>
/// <param name="Level">1 for <c>#</c>, 2 for <c>##</c>, …</param>
/// <param name="Id">The element's id, unique on its page.</param>
/// <param name="Text">The heading's text without markup.</param>
public sealed record PageHeading(int Level, string Id, string Text);

/// <summary>One markdown cell rendered: its HTML, and its text split at its headings for the search index.</summary>
/// <param name="Html">The cell as HTML.</param>
/// <param name="Headings">Its headings, in order.</param>
/// <param name="Blocks">Its blocks in order as plain text; a heading's block carries the heading.</param>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<PageHeading> Headings, IReadOnlyList<MarkdownBlock> Blocks);

/// <summary>One top-level block of a markdown cell as plain text.</summary>
/// <param name="Heading">The heading, if the block is one.</param>
/// <param name="Text">The block's text without markup.</param>
public sealed record MarkdownBlock(PageHeading? Heading, string Text);

/// <summary>
/// Markdown cells to HTML, with the extensions notebooks commonly use (tables, task lists, auto links…).
/// Markdown is treated as text from anyone: raw HTML in it is escaped (shown, never run), attribute syntax
/// (<c>{onclick=…}</c>) and embedded media are not enabled, and unsafe link schemes are removed (<see cref="LinkPolicy"/>).
/// </summary>
public static class MarkdownRenderer
{
    /// <summary>The one markdown dialect of the site: what is rendered is what <see cref="MarkdownImages"/> finds.</summary>
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAbbreviations().UseAutoIdentifiers().UseCitations().UseCustomContainers().UseDefinitionLists()
        .UseEmphasisExtras().UseFigures().UseFooters().UseFootnotes().UseGridTables().UseMathematics()
        .UsePipeTables().UseListExtras().UseTaskLists().UseAutoLinks()
        .Build();

    /// <summary>The cell's markdown as HTML.</summary>
    public static string ToHtml(string markdown) => Render(markdown, new HashSet<string>()).Html;

    /// <summary>
    /// The cell's markdown as HTML, its heading ids made unique among <paramref name="usedIds"/> (the ids already
    /// on the page; the new ones are added), and its text block by block.
    /// </summary>
    /// <param name="markdown">The cell's source.</param>
    /// <param name="usedIds">The ids already on the page.</param>
    /// <param name="figureAddresses">
    /// Where the site keeps each image the cell shows from a course file, by the address the markdown writes
    /// (<c>figures/x.svg</c> → <c>images/figures/x.svg</c>); those images get the <c>figure</c> class. Null leaves addresses as written.
    /// </param>
    public static RenderedMarkdown Render(string markdown, ISet<string> usedIds, IReadOnlyDictionary<string, string>? figureAddresses = null)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        RemoveUnsafeLinks(document);
        if (figureAddresses is not null)
            PointFiguresAtTheSiteCopies(document, figureAddresses);
        var headings = new List<PageHeading>();
        var blocks = new List<MarkdownBlock>();
        foreach (var block in document)
        {
            var text = PlainText(markdown, block);
            if (block is HeadingBlock heading)
            {
                var attributes = heading.GetAttributes();
                attributes.Id = Unique(attributes.Id ?? "section", usedIds);
                var pageHeading = new PageHeading(heading.Level, attributes.Id, text);
                headings.Add(pageHeading);
                blocks.Add(new MarkdownBlock(pageHeading, text));
            }
            else if (text.Length > 0)
                blocks.Add(new MarkdownBlock(null, text));
        }
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return new RenderedMarkdown(writer.ToString(), headings, blocks);
    }

    /// <summary>
    /// The text of the first heading in <paramref name="markdown"/> without its markup
    /// (<c># The `Linear` layer</c> gives <c>The Linear layer</c>), or null if there is none.
    /// </summary>
    public static string? FirstHeading(string markdown)
    {
        var heading = Markdown.Parse(markdown, Pipeline).Descendants<HeadingBlock>().FirstOrDefault();
        if (heading is null)
            return null;
        var text = PlainText(markdown, heading);
        return text.Length > 0 ? text : null;
    }

    private static string PlainText(string markdown, Block block) =>
        Markdown.ToPlainText(markdown.Substring(block.Span.Start, block.Span.Length), Pipeline).Trim();

    private static void RemoveUnsafeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
            if (!LinkPolicy.IsSafe(link.Url, link.IsImage))
                link.Url = LinkPolicy.Removed;
        // An unsafe autolink (<javascript:…>) stays as its text, escaped, not as a link.
        foreach (var link in document.Descendants<AutolinkInline>().ToList())
            if (!link.IsEmail && !LinkPolicy.IsSafe(link.Url))
                link.ReplaceBy(new LiteralInline($"<{link.Url}>"));
    }

    private static void PointFiguresAtTheSiteCopies(MarkdownDocument document, IReadOnlyDictionary<string, string> figureAddresses)
    {
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage && l.Url is not null))
        {
            if (!figureAddresses.TryGetValue(image.Url!, out var sitePath))
                continue;
            image.Url = sitePath;
            image.GetAttributes().AddClass("figure");
        }
    }

    private static string Unique(string id, ISet<string> usedIds)
    {
        var unique = id;
        for (var n = 1; !usedIds.Add(unique); n++)
            unique = $"{id}-{n}";
        return unique;
    }
}
