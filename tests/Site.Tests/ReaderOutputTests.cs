using System.Text.RegularExpressions;

namespace Site.Tests;

/// <summary>What the real course site shows readers: no paths of the machine that ran it, no setup chatter, long output folded.</summary>
[Trait("Tier", "Full")]
public partial class ReaderOutputTests(OfflineBrowser browser) : ChromiumTests
{
    [Theory]
    [MemberData(nameof(CourseSite.Pages), MemberType = typeof(CourseSite))]
    public async Task No_page_shows_a_machine_path_or_setup_chatter(string page)
    {
        await using var visit = await browser.OpenAsync(CourseSite.PagePath(page));
        // Everything a reader can see, folded output opened.
        await visit.Page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        var text = await visit.Page.InnerTextAsync("body");

        Assert.DoesNotMatch(MachinePath(), text);
        Assert.DoesNotContain("libtorch loaded from", text);
        Assert.DoesNotContain("nothing to repair", text);
        Assert.DoesNotContain(CourseSite.Options.RepositoryRoot!, text);
    }

    [Theory]
    [MemberData(nameof(CourseSite.ChapterPages), MemberType = typeof(CourseSite))]
    public async Task No_output_longer_than_the_fold_is_shown_whole(string page)
    {
        await using var visit = await browser.OpenAsync(CourseSite.PagePath(page));

        var unfolded = await visit.Page.EvalOnSelectorAllAsync<int[]>("pre.output",
            "pres => pres.map(p => p.textContent.replace(/\\n$/, '').split('\\n').length)");

        Assert.All(unfolded, lines => Assert.True(lines <= SiteBuilder.Rendering.OutputRenderer.FoldAfterLines, $"{page}: an output of {lines} lines is not folded"));
    }

    // An absolute path under a home folder or the NuGet package folder.
    [GeneratedRegex(@"(?<![\w~])(?:/home/[^/\s]+/|/root/|/Users/[^/\s]+/|[A-Za-z]:\\Users\\|/[^\s]*/\.nuget/packages/)")]
    private static partial Regex MachinePath();
}
