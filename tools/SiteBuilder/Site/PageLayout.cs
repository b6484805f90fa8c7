using System.Text;
using SiteBuilder.Rendering;

namespace SiteBuilder.Site;

/// <summary>
/// The HTML around a page's content: head, site header (search box, theme toggle), the chapter list in a sidebar,
/// the chapter's table of contents, previous/next navigation and back-to-top.
/// </summary>
public static class PageLayout
{
    /// <summary>A chapter page.</summary>
    /// <param name="siteTitle">The course's name, shown in the header and the window title.</param>
    /// <param name="chapters">Every chapter, for the sidebar and the previous/next links.</param>
    /// <param name="chapter">The chapter shown.</param>
    /// <param name="article">The rendered cells.</param>
    /// <param name="runIt">The "Run it yourself" box.</param>
    /// <param name="hasCharts">Whether the page loads plotly.js (only pages with charts pay for its 3.6 MB), after its text has painted.</param>
    /// <param name="hasMath">Whether the page shows typeset math (it then links KaTeX's stylesheet).</param>
    public static string ChapterPage(string siteTitle, ChapterList chapters, Chapter chapter, RenderedArticle article, RunItYourself runIt, bool hasCharts,
        bool hasMath = false)
    {
        // Not a script in the head: plotly.js (3.6 MB) would keep the page blank while it loads. site.js loads it once
        // the text has painted and then draws the charts.
        var extraHead = (hasCharts ? $"<meta name=\"course-plotly\" content=\"{SiteAssets.PlotlyPath}\">" : "") +
                        (hasMath ? $"<link rel=\"stylesheet\" href=\"{MathTypesetter.StylesheetPath}\">" : "");
        var previous = chapters.Previous(chapter);
        var next = chapters.Next(chapter);
        return Document($"{chapter.Title} · {siteTitle}", extraHead, siteTitle, chapters.Chapters, chapter, $"""
            {Navigation("top", previous, next)}
            <main class="chapter" id="content">
            {WithContents(article)}
            {runIt.ToHtml()}
            </main>
            {Navigation("bottom", previous, next)}
            """);
    }

    /// <summary>The index page: the chapters in reading order.</summary>
    public static string IndexPage(string siteTitle, string introduction, IReadOnlyList<Chapter> chapters)
    {
        var list = new StringBuilder();
        foreach (var chapter in chapters)
            list.AppendLine($"""  <li><a href="{Html.Escape(chapter.PageName)}">{Html.Escape(chapter.Title)}</a></li>""");
        return Document(siteTitle, "", siteTitle, chapters, null, $"""
            <main class="index" id="content">
            <h1>{Html.Escape(siteTitle)}</h1>
            <p class="introduction">{Html.Escape(introduction)}</p>
            <ol class="chapters">
            {list}</ol>
            </main>
            """);
    }

    /// <summary>The chapter's table of contents (its <c>##</c> headings, and the "Run it yourself" box), after its title cell.</summary>
    private static string WithContents(RenderedArticle article)
    {
        var entries = new StringBuilder();
        foreach (var heading in article.Headings.Where(h => h.Level == 2))
            entries.Append($"<li><a href=\"#{Html.Escape(heading.Id)}\">{Html.Escape(heading.Text)}</a></li>");
        entries.Append("<li><a href=\"#run-it-heading\">Run it yourself</a></li>");
        var contents = $"<nav class=\"toc\" aria-labelledby=\"toc-heading\"><h2 id=\"toc-heading\" class=\"toc-title\">On this page</h2><ol>{entries}</ol></nav>";
        // The first cell is the chapter's title and introduction; the contents follow it.
        const string firstCellEnd = "</section>";
        var at = article.Html.IndexOf(firstCellEnd, StringComparison.Ordinal);
        return at < 0 ? contents + article.Html : article.Html.Insert(at + firstCellEnd.Length, "\n" + contents);
    }

    private static string Sidebar(IReadOnlyList<Chapter> chapters, Chapter? current)
    {
        var list = new StringBuilder();
        foreach (var chapter in chapters)
            list.Append(chapter == current
                ? $"<li><a href=\"{Html.Escape(chapter.PageName)}\" aria-current=\"page\">{Html.Escape(chapter.Title)}</a></li>"
                : $"<li><a href=\"{Html.Escape(chapter.PageName)}\">{Html.Escape(chapter.Title)}</a></li>");
        return $"<nav class=\"sidebar\" aria-label=\"Chapters\"><ol>{list}</ol></nav>";
    }

    // The same links above and below the article; "top"/"bottom" tells them apart for styling and tests.
    private static string Navigation(string position, Chapter? previous, Chapter? next) =>
        $"<nav class=\"chapter-nav {position}\" aria-label=\"{(position == "top" ? "Previous and next chapter" : "Previous and next chapter, page end")}\">" +
        (previous is null ? "<span class=\"previous\"></span>" : $"<a class=\"previous\" rel=\"prev\" href=\"{Html.Escape(previous.PageName)}\">← {Html.Escape(previous.Title)}</a>") +
        "<a class=\"contents\" href=\"index.html\">Contents</a>" +
        (next is null ? "<span class=\"next\"></span>" : $"<a class=\"next\" rel=\"next\" href=\"{Html.Escape(next.PageName)}\">{Html.Escape(next.Title)} →</a>") +
        "</nav>";

    // Below 1100 px there is no sidebar: the chapters open from the header instead.
    private static string ChapterMenu(IReadOnlyList<Chapter> chapters, Chapter? current)
    {
        var list = new StringBuilder();
        foreach (var chapter in chapters)
            list.Append(chapter == current
                ? $"<li><a href=\"{Html.Escape(chapter.PageName)}\" aria-current=\"page\">{Html.Escape(chapter.Title)}</a></li>"
                : $"<li><a href=\"{Html.Escape(chapter.PageName)}\">{Html.Escape(chapter.Title)}</a></li>");
        return $"<details class=\"chapter-menu\"><summary>Chapters</summary><nav aria-label=\"Chapters menu\"><ol>{list}</ol></nav></details>";
    }

    private static string Header(string siteTitle, IReadOnlyList<Chapter> chapters, Chapter? current) => $"""
        <header class="site-header" id="top">
        <a class="skip-link" href="#content">Skip to the content</a>
        <a class="home" href="index.html">{Html.Escape(siteTitle)}</a>
        {(current is null ? "" : ChapterMenu(chapters, current))}
        <div class="search" role="search">
        <label for="search-input" class="visually-hidden">Search the course</label>
        <input id="search-input" type="search" placeholder="Search the course" autocomplete="off" aria-controls="search-results">
        <div id="search-results" class="search-results" aria-live="polite" hidden></div>
        </div>
        <button type="button" class="theme-toggle" aria-label="Dark theme" aria-pressed="false">Dark theme</button>
        </header>
        """;

    private static string Document(string title, string extraHead, string siteTitle, IReadOnlyList<Chapter> chapters, Chapter? current, string body) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="course SiteBuilder">
        <title>{Html.Escape(title)}</title>
        <link rel="icon" href="{SiteAssets.IconPath}" type="image/svg+xml">
        <link rel="stylesheet" href="{SiteAssets.StylesheetPath}">
        <script src="{SiteAssets.ScriptPath}"></script>
        {extraHead}
        </head>
        <body>
        {Header(siteTitle, chapters, current)}
        <div class="layout">
        {Sidebar(chapters, current)}
        <div class="page">
        {body}
        </div>
        </div>
        {(current is null ? "" : "<a class=\"back-to-top\" href=\"#top\" aria-label=\"Back to top\">Back to top ↑</a>")}
        </body>
        </html>

        """;
}
