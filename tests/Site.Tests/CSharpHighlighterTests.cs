using SiteBuilder.Rendering;

namespace Site.Tests;

public class CSharpHighlighterTests
{
    [Fact]
    public void Keywords_strings_numbers_and_comments_get_their_classes()
    {
        var html = CSharpHighlighter.Highlight("var x = 42; // the answer\nConsole.WriteLine(\"hi\");");

        Assert.Equal(
            "<span class=\"tok-keyword\">var</span> x = <span class=\"tok-number\">42</span>; " +
            "<span class=\"tok-comment\">// the answer</span>\nConsole.WriteLine(<span class=\"tok-string\">&quot;hi&quot;</span>);",
            html);
    }

    [Fact]
    public void Notebook_directives_are_marked_and_their_argument_is_a_string()
    {
        var html = CSharpHighlighter.Highlight("#r \"nuget: TorchSharp-cpu, 0.107.0\"");

        Assert.Equal("<span class=\"tok-directive\">#r</span> <span class=\"tok-string\">&quot;nuget: TorchSharp-cpu, 0.107.0&quot;</span>", html);
    }

    [Fact]
    public void A_comment_marker_inside_a_string_stays_part_of_the_string()
    {
        var html = CSharpHighlighter.Highlight("var url = \"a//b\";");

        Assert.Contains("<span class=\"tok-string\">&quot;a//b&quot;</span>", html);
        Assert.DoesNotContain("tok-comment", html);
    }

    [Fact]
    public void Interpolated_and_verbatim_strings_are_strings()
    {
        var html = CSharpHighlighter.Highlight("$\"Loss: {loss:F5}\" + @\"C:\\dir\"\"x\"");

        Assert.Contains("<span class=\"tok-string\">$&quot;Loss: {loss:F5}&quot;</span>", html);
        Assert.Contains("<span class=\"tok-string\">@&quot;C:\\dir&quot;&quot;x&quot;</span>", html);
    }

    [Fact]
    public void Identifiers_containing_keywords_are_not_keywords_and_markup_is_escaped()
    {
        var html = CSharpHighlighter.Highlight("if (intValue < 1f) {}");

        Assert.Equal("<span class=\"tok-keyword\">if</span> (intValue &lt; <span class=\"tok-number\">1f</span>) {}", html);
    }

    [Fact]
    public void Block_comments_span_lines()
    {
        Assert.Equal("<span class=\"tok-comment\">/* one\ntwo */</span>", CSharpHighlighter.Highlight("/* one\ntwo */"));
    }
}
