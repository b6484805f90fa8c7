using System.Text.Json.Nodes;
using CourseTests;
using NotebookRunner;
using SiteBuilder.Rendering;
using SiteBuilder.Site;

namespace Site.Tests;

/// <summary>
/// The real course site, built from the executed course notebooks exactly as
/// <c>dotnet run --project tools/SiteBuilder</c> builds it, from artifacts/executed/ into artifacts/site/. The executed
/// copies are the execution stage's runner copies (each notebook executed once per test run, or reused where nothing
/// it depends on changed). The site is built once, when a test first asks for it (an assembly fixture: a test of the
/// builder alone builds nothing, and no test class has to share a collection to share the site). Where Node.js is missing
/// (the search index needs it) each test that asks for a page is skipped, saying so.
/// </summary>
public sealed class CourseSite
{
    /// <summary>Where the README's runner command, and so the stage's runner front end, puts executed notebooks.</summary>
    public static readonly RunnerOptions Runner = RunnerOptions.ForRepository(AppContext.BaseDirectory);

    /// <summary>The build: from artifacts/executed/ to artifacts/site/.</summary>
    public static readonly SiteOptions Options = SiteOptions.ForRepository(AppContext.BaseDirectory);

    private static readonly Lazy<SiteBuildResult> Built = new(() =>
    {
        foreach (var record in StagedCopies.GetAllAsync(StagedCopies.Runner, Notebooks()).GetAwaiter().GetResult())
            if (!record.Succeeded)
                throw new InvalidOperationException($"The site needs every notebook executed: {record.Summary}");
        return SiteGenerator.Build(Options);
    });

    /// <summary>What the build wrote (built now if no test asked before).</summary>
    public SiteBuildResult Build => BuiltSite("builds the course site from executed notebooks");

    private static SiteBuildResult BuiltSite(string what)
    {
        TestTier.RequireFull(what);
        Prerequisite.Node.Require();
        return Built.Value;
    }

    /// <summary>The course notebooks, as paths below notebooks/, in reading order.</summary>
    public static IReadOnlyList<string> Notebooks() => CourseNotebookFiles.In(Runner.NotebooksRoot);

    /// <summary>Every page of the site: the index, then a page per course notebook.</summary>
    public static TheoryData<string> Pages() => new(Notebooks().Select(Chapter.PageNameFor).Prepend("index.html"));

    /// <summary>The chapter pages, one per course notebook.</summary>
    public static TheoryData<string> ChapterPages() => new(Notebooks().Select(Chapter.PageNameFor));

    /// <summary>A page's file path in the built site.</summary>
    public static string PagePath(string page)
    {
        BuiltSite("reads the course site built from executed notebooks");
        return Path.Combine(Options.SiteRoot, page);
    }

    /// <summary>
    /// The charts the executed notebook behind <paramref name="page"/> showed, read straight from its .ipynb
    /// (parsed by the site builder's PlotlyChart, not read from the pages): each chart's element id and its number of traces.
    /// </summary>
    public IReadOnlyDictionary<string, int> ExpectedCharts(string page)
    {
        var chapter = Build.Chapters.Single(c => c.PageName == page);
        var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(Options.ExecutedRoot, chapter.Notebook.RelativePath)))!;
        var charts = new Dictionary<string, int>();
        foreach (var output in notebook["cells"]!.AsArray().SelectMany(c => c!["outputs"]?.AsArray() ?? []))
        {
            var html = NotebookJson.JoinedText(output!["data"]?["text/html"]); // a null-conditional chain would skip the call
            if (PlotlyChart.IsChart(html) && !PlotlyLibraryOutput.Is(html)) // not the notebook's own copy of plotly.js
            {
                var chart = PlotlyChart.Parse(html);
                charts[chart.ElementId] = chart.Data.Count;
            }
        }
        return charts;
    }
}
