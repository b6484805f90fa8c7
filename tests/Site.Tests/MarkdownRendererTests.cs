using SiteBuilder.Rendering;

namespace Site.Tests;

public class MarkdownRendererTests
{
    [Theory]
    [InlineData("headings, emphasis and inline code", "## Setup\n\nThe **balanced** classes, `DataFrame` and *logits*.",
        new[] { "<h2 id=\"setup\">Setup</h2>", "<strong>balanced</strong>", "<code>DataFrame</code>", "<em>logits</em>" })]
    [InlineData("pipe tables as html tables", "| Kind | Example |\n|---|---|\n| Binary | spam or not |\n",
        new[] { "<table>", "<th>Kind</th>", "<td>spam or not</td>" })]
    [InlineData("fenced code, escaped", "```csharp\nif (a < b) {}\n```", new[] { "<code class=\"language-csharp\">if (a &lt; b) {}" })]
    public void Renders_markdown_as_html(string _, string markdown, string[] fragments)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.All(fragments, fragment => Assert.Contains(fragment, html));
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

[Trait("Category", "Adversarial")] // issue 15: bad input and hostile payloads against the site builder
public class MarkdownSafetyTests
{
    [Fact]
    public void Raw_html_is_shown_as_text_never_passed_through()
    {
        var html = MarkdownRenderer.ToHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)> and <b onclick=\"x()\">bold</b>");

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b ", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public void Javascript_links_and_images_lose_their_address()
    {
        var html = MarkdownRenderer.ToHtml("[x](javascript:alert(1)) [y](JAVASCRIPT:alert(2)) ![z](javascript:alert(3)) <javascript:alert(4)> [ok](https://example.org)");

        Assert.DoesNotContain("=\"javascript:", html, StringComparison.OrdinalIgnoreCase); // in no href or src
        Assert.Contains("<a href=\"#\">x</a>", html);
        Assert.Contains("<img src=\"#\" alt=\"z\" />", html);
        Assert.Contains(" &lt;javascript:alert(4)&gt; ", html); // an unsafe autolink stays as text
        Assert.Contains("<a href=\"https://example.org\">ok</a>", html);
    }

    [Fact]
    public void Attribute_syntax_does_not_add_event_handlers()
    {
        var html = MarkdownRenderer.ToHtml("## Title {onclick=\"alert(1)\"}\n\nText {onmouseover=alert(1)}");

        Assert.DoesNotContain("onclick=\"", html);
        Assert.DoesNotContain("onmouseover=alert", html.Replace("{onmouseover=alert(1)}", ""));
    }

    [Fact]
    public void Heading_ids_stay_unique_across_the_cells_of_a_page()
    {
        var ids = new HashSet<string>();

        var first = MarkdownRenderer.Render("## Exercises\n\ntext", ids);
        var second = MarkdownRenderer.Render("## Exercises\n\n## Exercises", ids);

        var all = first.Headings.Concat(second.Headings).Select(h => h.Id).ToList();
        Assert.Equal(["exercises"], first.Headings.Select(h => h.Id));
        Assert.Equal("exercises-1", second.Headings[0].Id);
        Assert.Equal(3, all.Distinct().Count());
        Assert.All(second.Headings, h => Assert.Contains($"<h2 id=\"{h.Id}\">Exercises</h2>", second.Html));
    }

    [Fact]
    public void A_cell_s_text_comes_block_by_block_with_its_headings()
    {
        var rendered = MarkdownRenderer.Render("# Title\n\nIntro **bold**.\n\n## Part `one`\n\n- a\n- b", new HashSet<string>());

        Assert.Equal([(1, "Title"), (2, "Part one")], rendered.Headings.Select(h => (h.Level, h.Text)));
        Assert.Equal(["Title", "Intro bold.", "Part one", "a\nb"], rendered.Blocks.Select(b => b.Text));
        Assert.Same(rendered.Headings[1], rendered.Blocks[2].Heading);
    }
}
