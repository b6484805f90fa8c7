using System.Text.Json;
using SiteBuilder.Rendering;

namespace SiteBuilder.Site;

/// <summary>One searchable stretch of a chapter: the text under one of its headings.</summary>
/// <param name="Id">Unique over the site.</param>
/// <param name="Page">The chapter page.</param>
/// <param name="Anchor">The heading's id on the page ("" for the top).</param>
/// <param name="Chapter">The chapter's title.</param>
/// <param name="Heading">The heading's text.</param>
/// <param name="Prose">The prose under it.</param>
/// <param name="Code">The code under it.</param>
/// <param name="Excerpt">The start of the prose, shown in the results.</param>
public sealed record SearchDocument(int Id, string Page, string Anchor, string Chapter, string Heading, string Prose, string Code, string Excerpt);

/// <summary>
/// The site's search: a MiniSearch index (npm's <c>minisearch</c>, restored by <c>npm ci</c> when the builder is built)
/// made at build time by Node.js, so that pages load a ready index instead of indexing every chapter in the browser.
/// MiniSearch itself ships once, as assets/minisearch.js, beside the index (assets/search-index.js).
/// </summary>
public static class SearchIndex
{
    /// <summary>The library's path relative to a page.</summary>
    public const string LibraryPath = SiteAssets.Folder + "/minisearch.js";

    /// <summary>The index's path relative to a page: a script that sets <c>window.courseSearchIndex</c>.</summary>
    public const string IndexPath = SiteAssets.Folder + "/search-index.js";

    private const int ExcerptLength = 160;

    // Beside the builder's assembly: SiteBuilder.csproj copies them there from the npm package and Search/.
    private static string ToolFolder => Path.Combine(AppContext.BaseDirectory, "search");

    /// <summary>The documents of the index: one per section of every chapter.</summary>
    public static IReadOnlyList<SearchDocument> Documents(IEnumerable<(Chapter Chapter, RenderedArticle Article)> chapters)
    {
        var documents = new List<SearchDocument>();
        foreach (var (chapter, article) in chapters)
            foreach (var section in article.Sections)
                documents.Add(new SearchDocument(documents.Count, chapter.PageName, section.Anchor, chapter.Title,
                    section.Heading.Length > 0 ? section.Heading : chapter.Title, section.Prose, section.Code, Excerpt(section.Prose)));
        return documents;
    }

    /// <summary>Builds the index and writes it, with the library, into the site's assets.</summary>
    /// <exception cref="InvalidOperationException">Node.js is missing or the index could not be built; the message says what to install.</exception>
    public static void WriteTo(SiteFolder site, IReadOnlyList<SearchDocument> documents)
    {
        var library = Path.Combine(ToolFolder, "minisearch.js");
        if (!File.Exists(library))
            throw new InvalidOperationException($"The search library is missing at {library}: build the SiteBuilder (dotnet build tools/SiteBuilder), " +
                                                "which restores it with npm ci (Node.js and npm must be installed).");
        var index = RunNode(JsonSerializer.Serialize(documents, JsonOptions));
        site.WriteText(IndexPath, $"window.courseSearchIndex = {index};\n");
        site.Copy(library, LibraryPath);
        site.Copy(Path.Combine(ToolFolder, "minisearch.LICENSE.txt"), SiteAssets.Folder + "/minisearch.LICENSE.txt");
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static string RunNode(string documentsJson) =>
        NodeScript.Run(Path.Combine(ToolFolder, "build-index.js"), documentsJson, "Building the search index");

    private static string Excerpt(string prose)
    {
        var flat = string.Join(' ', prose.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= ExcerptLength)
            return flat;
        var cut = flat.LastIndexOf(' ', ExcerptLength);
        return flat[..(cut > 0 ? cut : ExcerptLength)] + " …";
    }
}
