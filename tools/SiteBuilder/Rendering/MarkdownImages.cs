using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteBuilder.Rendering;

/// <summary>An image that a markdown cell shows from a file of the course (<c>![alt](figures/name.svg)</c>), not from the web.</summary>
/// <param name="Address">The address as the markdown writes it, e.g. <c>figures/name.svg</c>.</param>
/// <param name="AltText">The image's text alternative, as the page's <c>alt</c> attribute will carry it.</param>
public sealed record LocalImage(string Address, string AltText);

/// <summary>Finds the images a markdown cell shows from files beside its notebook, parsed exactly as the page renders them.</summary>
public static class MarkdownImages
{
    /// <summary>
    /// The cell's images whose address is a relative path (no scheme such as http: or data:, not a bare fragment), in
    /// order; reference-style images (<c>![alt][ref]</c>) are included with the address their definition gives.
    /// </summary>
    public static IReadOnlyList<LocalImage> LocalImages(string markdown) =>
        Markdown.Parse(markdown, MarkdownRenderer.Pipeline).Descendants<LinkInline>()
            .Where(link => link.IsImage && LinkPolicy.IsLocalFile(link.Url))
            .Select(link => new LocalImage(link.Url!, AltText(link)))
            .ToList();

    /// <summary>The text of an image's description, without markup (what Markdig writes into <c>alt</c>).</summary>
    public static string AltText(LinkInline image) =>
        string.Concat(image.Descendants<Inline>().Select(inline => inline switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => "",
        })).Trim();
}
