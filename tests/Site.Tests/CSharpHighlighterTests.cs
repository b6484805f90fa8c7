using SiteBuilder.Rendering;

namespace Site.Tests;

public class CSharpHighlighterTests
{
    [Theory]
    [InlineData("keywords, strings, numbers and comments get their classes", "var x = 42; // the answer\nConsole.WriteLine(\"hi\");",
        "<span class=\"tok-keyword\">var</span> x = <span class=\"tok-number\">42</span>; " +
        "<span class=\"tok-comment\">// the answer</span>\nConsole.WriteLine(<span class=\"tok-string\">&quot;hi&quot;</span>);")]
    [InlineData("notebook directives are marked and their argument is a string", "#r \"nuget: TorchSharp-cpu, 0.107.0\"",
        "<span class=\"tok-directive\">#r</span> <span class=\"tok-string\">&quot;nuget: TorchSharp-cpu, 0.107.0&quot;</span>")]
    [InlineData("identifiers containing keywords are not keywords, and markup is escaped", "if (intValue < 1f) {}",
        "<span class=\"tok-keyword\">if</span> (intValue &lt; <span class=\"tok-number\">1f</span>) {}")]
    [InlineData("block comments span lines", "/* one\ntwo */", "<span class=\"tok-comment\">/* one\ntwo */</span>")]
    public void Highlights_each_kind_of_token(string _, string code, string expected)
    {
        Assert.Equal(expected, CSharpHighlighter.Highlight(code));
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
}
