using Markdig;
using Markdig.Syntax;

namespace SiteBuilder.Rendering;

/// <summary>Markdown cells to HTML, with the extensions notebooks commonly use (tables, task lists, auto links…).</summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>The cell's markdown as HTML.</summary>
    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);

    /// <summary>
    /// The text of the first heading in <paramref name="markdown"/> without its markup
    /// (<c># The `Linear` layer</c> gives <c>The Linear layer</c>), or null if there is none.
    /// </summary>
    public static string? FirstHeading(string markdown)
    {
        var heading = Markdown.Parse(markdown, Pipeline).Descendants<HeadingBlock>().FirstOrDefault();
        if (heading is null)
            return null;
        var source = markdown.Substring(heading.Span.Start, heading.Span.Length);
        var text = Markdown.ToPlainText(source, Pipeline).Trim();
        return text.Length > 0 ? text : null;
    }
}
