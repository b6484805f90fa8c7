using SiteBuilder.Rendering;

namespace Site.Tests;

[Trait("Category", "Adversarial")] // issue 15: bad input and hostile payloads against the site builder
public class LinkPolicyTests
{
    [Theory]
    [InlineData("https://github.com/dotnet/TorchSharp")]
    [InlineData("http://example.org")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("02_model.html#setup")]
    [InlineData("#setup")]
    [InlineData("../data/README.md")]
    [InlineData("")]
    public void Web_mail_and_relative_links_are_kept(string url)
    {
        Assert.True(LinkPolicy.IsSafe(url));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("file:///etc/passwd")]
    public void Links_that_run_code_or_reach_elsewhere_are_not_kept(string url)
    {
        Assert.False(LinkPolicy.IsSafe(url));
    }

    [Fact]
    public void Images_may_be_base64_data_but_not_svg_or_html()
    {
        Assert.True(LinkPolicy.IsSafe("data:image/png;base64,iVBORw0KGgo=", isImage: true));
        Assert.False(LinkPolicy.IsSafe("data:image/svg+xml;base64,PHN2Zz4=", isImage: true));
        Assert.False(LinkPolicy.IsSafe("data:image/png;base64,iVBORw0KGgo=", isImage: false));
        Assert.False(LinkPolicy.IsSafe("data:text/html,<script>alert(1)</script>", isImage: true));
    }
}
