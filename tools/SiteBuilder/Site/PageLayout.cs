using System.Text;
using SiteBuilder.Rendering;

namespace SiteBuilder.Site;

/// <summary>The HTML around a page's content: head, site header, previous/next navigation.</summary>
public static class PageLayout
{
    /// <summary>A chapter page.</summary>
    /// <param name="siteTitle">The course's name, shown in the header and the window title.</param>
    /// <param name="chapter">The chapter shown.</param>
    /// <param name="previous">The chapter before, or null for the first.</param>
    /// <param name="next">The chapter after, or null for the last.</param>
    /// <param name="article">The rendered cells.</param>
    /// <param name="hasCharts">Whether the page loads plotly.js (only pages with charts pay for its 3.5 MB).</param>
    public static string ChapterPage(string siteTitle, Chapter chapter, Chapter? previous, Chapter? next, string article, bool hasCharts)
    {
        var extraHead = hasCharts ? $"<script src=\"{SiteAssets.PlotlyPath}\"></script>" : "";
        return Document($"{chapter.Title} · {siteTitle}", extraHead, $"""
            <header class="site-header"><a class="home" href="index.html">{Html.Escape(siteTitle)}</a></header>
            {Navigation("top", previous, next)}
            <main class="chapter">
            {article}
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
        return Document(siteTitle, "", $"""
            <header class="site-header"><a class="home" href="index.html">{Html.Escape(siteTitle)}</a></header>
            <main class="index">
            <h1>{Html.Escape(siteTitle)}</h1>
            <p class="introduction">{Html.Escape(introduction)}</p>
            <ol class="chapters">
            {list}</ol>
            </main>
            """);
    }

    // The same links above and below the article; "top"/"bottom" tells them apart for styling and tests.
    private static string Navigation(string position, Chapter? previous, Chapter? next) =>
        $"<nav class=\"chapter-nav {position}\">" +
        (previous is null ? "<span class=\"previous\"></span>" : $"<a class=\"previous\" rel=\"prev\" href=\"{Html.Escape(previous.PageName)}\">← {Html.Escape(previous.Title)}</a>") +
        "<a class=\"contents\" href=\"index.html\">Contents</a>" +
        (next is null ? "<span class=\"next\"></span>" : $"<a class=\"next\" rel=\"next\" href=\"{Html.Escape(next.PageName)}\">{Html.Escape(next.Title)} →</a>") +
        "</nav>";

    private static string Document(string title, string extraHead, string body) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Html.Escape(title)}</title>
        <link rel="stylesheet" href="{SiteAssets.StylesheetPath}">
        {extraHead}
        </head>
        <body>
        {body}
        </body>
        </html>

        """;
}
