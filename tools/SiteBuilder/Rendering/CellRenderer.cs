using System.Text;
using SiteBuilder.Notebooks;

namespace SiteBuilder.Rendering;

/// <summary>A notebook's cells to the HTML of a chapter page's article.</summary>
public static class CellRenderer
{
    /// <summary>Every cell in order: markdown as prose, code highlighted and followed by its outputs.</summary>
    public static string Render(Notebook notebook)
    {
        var html = new StringBuilder();
        foreach (var cell in notebook.Cells)
            html.AppendLine(cell switch
            {
                MarkdownCell markdown => $"<section class=\"markdown-cell\">{MarkdownRenderer.ToHtml(markdown.Source)}</section>",
                CodeCell code => RenderCode(code),
                _ => "",
            });
        return html.ToString();
    }

    private static string RenderCode(CodeCell cell)
    {
        var source = IsCSharp(cell.Language) ? CSharpHighlighter.Highlight(cell.Source) : Html.Escape(cell.Source);
        var html = new StringBuilder()
            .Append("<section class=\"code-cell\">")
            .Append($"<pre class=\"source\" data-language=\"{Html.Escape(cell.Language)}\"><code>{source}</code></pre>");
        if (cell.Outputs.Count > 0)
        {
            html.Append("<div class=\"outputs\">");
            foreach (var output in cell.Outputs)
                html.Append(OutputRenderer.Render(output));
            html.Append("</div>");
        }
        return html.Append("</section>").ToString();
    }

    private static bool IsCSharp(string language) =>
        language.Equals("csharp", StringComparison.OrdinalIgnoreCase) || language.Equals("C#", StringComparison.OrdinalIgnoreCase);
}
