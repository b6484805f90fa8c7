using SiteBuilder.Rendering;

namespace Site.Tests;

public class MarkdownRendererTests
{
    [Fact]
    public void Renders_headings_emphasis_and_inline_code()
    {
        var html = MarkdownRenderer.ToHtml("## Setup\n\nThe **balanced** classes, `DataFrame` and *logits*.");

        Assert.Contains("<h2 id=\"setup\">Setup</h2>", html);
        Assert.Contains("<strong>balanced</strong>", html);
        Assert.Contains("<code>DataFrame</code>", html);
        Assert.Contains("<em>logits</em>", html);
    }

    [Fact]
    public void Renders_pipe_tables_as_html_tables()
    {
        var html = MarkdownRenderer.ToHtml("| Kind | Example |\n|---|---|\n| Binary | spam or not |\n");

        Assert.Contains("<table>", html);
        Assert.Contains("<th>Kind</th>", html);
        Assert.Contains("<td>spam or not</td>", html);
    }

    [Fact]
    public void Renders_fenced_code_escaped()
    {
        var html = MarkdownRenderer.ToHtml("```csharp\nif (a < b) {}\n```");

        Assert.Contains("<code class=\"language-csharp\">if (a &lt; b) {}", html);
    }

    [Fact]
    public void The_first_heading_is_plain_text_without_markup()
    {
        Assert.Equal("02 · The Linear layer", MarkdownRenderer.FirstHeading("Intro text.\n\n# 02 · The `Linear` layer\n\n## Later"));
    }

    [Fact]
    public void Markdown_without_a_heading_has_no_first_heading()
    {
        Assert.Null(MarkdownRenderer.FirstHeading("Just a paragraph, **bold**."));
    }
}
