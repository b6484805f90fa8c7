using System.Text.Json;
using System.Text.RegularExpressions;
using CourseTests;
using SiteBuilder.Site;

namespace Site.Tests;

/// <summary>
/// The course site as a reader meets it, in Chromium: text that paints before plotly.js is even asked for, typeset
/// math, DataFrames as plain tables, the setup folded away, no path of the build machine, an icon, headings that link
/// to themselves, a chapter menu on narrow screens, copy buttons beside the code, figures readable on a phone and dark
/// in the dark theme.
/// </summary>
[Trait("Tier", "Full")]
public class ReadingTheSiteTests(CourseSite site, OfflineBrowser browser) : ChromiumTests
{
    private static string Html(string page) => File.ReadAllText(CourseSite.PagePath(page));

    [Fact]
    public async Task A_chapter_s_text_paints_before_plotly_js_is_requested()
    {
        Prerequisite.Chromium.Require();
        // Recorded from the page's first line on: when a script naming plotly joins the document.
        await browser.Context.AddInitScriptAsync("""
            new MutationObserver(records => records.forEach(r => r.addedNodes.forEach(n => {
              if (n.tagName === 'SCRIPT' && /plotly/.test(n.src) && window.plotlyRequestedAt === undefined) window.plotlyRequestedAt = performance.now();
            }))).observe(document, { childList: true, subtree: true });
            """);
        await using var visit = await browser.OpenAsync(CourseSite.PagePath("05_non_linearity.html"));
        await SitePageReady.WaitAsync(visit);

        var timing = await visit.Page.EvaluateAsync<JsonElement>("""
            () => ({ paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null, plotly: window.plotlyRequestedAt ?? null })
            """);

        Assert.Equal(JsonValueKind.Number, timing.GetProperty("plotly").ValueKind); // requested by site.js, not in the head
        Assert.True(timing.GetProperty("paint").GetDouble() < timing.GetProperty("plotly").GetDouble(),
            $"the first paint came at {timing.GetProperty("paint")} ms, after plotly.js was requested at {timing.GetProperty("plotly")} ms");
        Assert.DoesNotMatch(new Regex("<head>.*<script[^>]+plotly.*</head>", RegexOptions.Singleline), Html("05_non_linearity.html"));
    }

    [Fact]
    public async Task Math_is_typeset_at_build_time_and_needs_no_network()
    {
        Prerequisite.Chromium.Require();
        var html = Html("05_non_linearity.html");
        Assert.DoesNotContain("\\(\\operatorname", html);
        Assert.Contains("class=\"katex", html);
        Assert.True(File.Exists(Path.Combine(CourseSite.Options.SiteRoot, MathTypesetter.StylesheetPath)));

        await using var visit = await browser.OpenAsync(CourseSite.PagePath("05_non_linearity.html"));
        var formula = await visit.Page.EvaluateAsync<JsonElement>("""
            async () => {
              await document.fonts.ready;
              const math = document.querySelector('.math.display .katex-html');
              return { text: math.textContent, height: math.getBoundingClientRect().height,
                       fonts: [...document.fonts].filter(f => f.family.startsWith('KaTeX') && f.status === 'loaded').length };
            }
            """);

        Assert.Contains("relu", formula.GetProperty("text").GetString());
        Assert.DoesNotContain("\\", formula.GetProperty("text").GetString());
        Assert.True(formula.GetProperty("height").GetDouble() > 20, "a fraction stands taller than a line of text");
        Assert.True(formula.GetProperty("fonts").GetInt32() > 0, "KaTeX's own fonts, shipped in the site, are loaded");
        Assert.Empty(visit.OffsiteRequests);
    }

    [Fact]
    public async Task A_dataframe_is_a_plain_table_with_every_row_and_rounded_numbers()
    {
        Prerequisite.Chromium.Require();
        Assert.DoesNotContain("0.9950999999999999", Html("07_metrics.html"));
        await using var visit = await browser.OpenAsync(CourseSite.PagePath("13_diagnosis.html"));

        var tables = await visit.Page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('.output.dataframe')].map(t => ({
              rows: [...t.querySelectorAll('tbody tr')].filter(r => r.getClientRects().length > 0).length,
              buttons: t.querySelectorAll('button').length,
              scripts: t.querySelectorAll('script').length,
              size: t.querySelector('.table-size').textContent }))
            """);

        var spread = tables.EnumerateArray().Single(t => t.GetProperty("size").GetString()!.StartsWith("30 rows"));
        Assert.Equal(30, spread.GetProperty("rows").GetInt32()); // every feature, no pager
        Assert.All(tables.EnumerateArray(), t => Assert.Equal((0, 0), (t.GetProperty("buttons").GetInt32(), t.GetProperty("scripts").GetInt32())));
        Assert.Empty(visit.Errors);
    }

    [Theory]
    [MemberData(nameof(CourseSite.Pages), MemberType = typeof(CourseSite))]
    public void No_page_shows_the_build_machine_s_folders(string page)
    {
        var root = Path.TrimEndingDirectorySeparator(CourseSite.Options.RepositoryRoot!);
        // A clone's "origin" is often a folder too (the clone it was made from): the Codespaces box once printed it.
        var origin = GitHubRepository.OriginOf(root);

        Assert.DoesNotContain(root, Html(page));
        if (origin is not null && !origin.StartsWith("http", StringComparison.Ordinal))
            Assert.DoesNotContain(origin, Html(page));
    }

    [Theory]
    [MemberData(nameof(CourseSite.Pages), MemberType = typeof(CourseSite))]
    public void Every_page_names_an_icon_that_the_site_carries(string page)
    {
        var icon = Regex.Match(Html(page), "<link rel=\"icon\" href=\"([^\"]+)\"");

        Assert.True(icon.Success, $"{page} names no icon: the browser asks for favicon.ico, which is not there");
        Assert.True(File.Exists(Path.Combine(CourseSite.Options.SiteRoot, icon.Groups[1].Value)));
    }

    [Theory]
    [MemberData(nameof(CourseSite.ChapterPages), MemberType = typeof(CourseSite))]
    public void Every_section_heading_links_to_itself(string page)
    {
        var headings = Regex.Matches(Html(page), "<h([2-4]) id=\"([^\"]+)\">(.*?)</h\\1>", RegexOptions.Singleline)
            .Where(m => m.Groups[2].Value != "toc-heading" && m.Groups[2].Value != "run-it-heading").ToList();

        Assert.NotEmpty(headings);
        Assert.All(headings, h => Assert.Contains($"<a class=\"heading-anchor\" href=\"#{h.Groups[2].Value}\"", h.Groups[3].Value));
    }

    [Fact]
    public async Task Below_1100_px_the_chapters_open_from_a_menu_in_the_header()
    {
        Prerequisite.Chromium.Require();
        var page = site.Build.Chapters[3].PageName;
        await using var narrow = await browser.OpenAsync(CourseSite.PagePath(page), 390);

        Assert.False(await narrow.Page.IsVisibleAsync("nav.sidebar"));
        await narrow.Page.ClickAsync(".chapter-menu summary");
        var links = await narrow.Page.EvalOnSelectorAllAsync<string[]>(".chapter-menu a", "links => links.filter(a => a.getClientRects().length).map(a => a.getAttribute('href'))");
        Assert.Equal(site.Build.Chapters.Select(c => c.PageName), links);
        Assert.Equal(page, await narrow.Page.GetAttributeAsync(".chapter-menu a[aria-current='page']", "href"));

        await using var wide = await browser.OpenAsync(CourseSite.PagePath(page), 1280);
        Assert.False(await wide.Page.IsVisibleAsync(".chapter-menu"));
        Assert.True(await wide.Page.IsVisibleAsync("nav.sidebar"));
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task A_copy_button_covers_no_code(int width)
    {
        Prerequisite.Chromium.Require();
        await using var visit = await browser.OpenAsync(CourseSite.PagePath("04_training_loop.html"), width);

        // Where a visible cell's button overlaps the box its code is drawn in.
        var overlaps = await visit.Page.EvaluateAsync<int>("""
            () => [...document.querySelectorAll('.code-cell')].filter(c => c.getClientRects().length).filter(cell => {
              const b = cell.querySelector('.copy-code').getBoundingClientRect(), p = cell.querySelector('pre.source').getBoundingClientRect();
              return Math.min(b.right, p.right) - Math.max(b.left, p.left) > 0 && Math.min(b.bottom, p.bottom) - Math.max(b.top, p.top) > 0;
            }).length
            """);

        Assert.Equal(0, overlaps);
    }

    [Fact]
    public async Task The_index_has_no_back_to_top_and_a_chapter_s_sits_beside_the_text_on_a_wide_screen()
    {
        Prerequisite.Chromium.Require();
        Assert.DoesNotContain("back-to-top", Html("index.html"));
        await using var visit = await browser.OpenAsync(CourseSite.PagePath(site.Build.Chapters[0].PageName), 1280);

        var (link, main) = (await visit.Page.Locator("a.back-to-top").BoundingBoxAsync(), await visit.Page.Locator("main").BoundingBoxAsync());

        Assert.True(link!.X + link.Width <= main!.X, $"back to top reaches x = {link.X + link.Width}, the text starts at {main.X}");
    }
}
