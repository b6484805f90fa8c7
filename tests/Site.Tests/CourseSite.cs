using System.Text.Json.Nodes;
using CourseTests;
using NotebookRunner;
using SiteBuilder.Rendering;
using SiteBuilder.Site;

namespace Site.Tests;

/// <summary>
/// The real course site, built from the executed course notebooks exactly as
/// <c>dotnet run --project tools/SiteBuilder</c> builds it, into artifacts/site/.
/// The notebooks are taken from artifacts/executed/ where their copy is there and newer than the notebook and the
/// library it loads (<see cref="ExecutedCopyFreshness"/>); the others are run here through the same runner as the README's command. Everything is gathered in a
/// folder of this fixture's own (artifacts/site-tests/executed/): tests/Notebooks.Tests rewrites
/// artifacts/executed/ while these tests run, and two runs writing the same executed copy could collide.
/// </summary>
public sealed class CourseSite : IAsyncLifetime
{
    /// <summary>Where the README's runner command puts executed notebooks.</summary>
    public static readonly RunnerOptions Runner = RunnerOptions.ForRepository(AppContext.BaseDirectory);

    /// <summary>The executed notebooks the site is built from: this fixture's own copies.</summary>
    public static readonly string ExecutedSnapshot =
        Path.GetFullPath(Path.Combine(Runner.OutputRoot, "..", "site-tests", "executed"));

    /// <summary>The build: from <see cref="ExecutedSnapshot"/> to artifacts/site/.</summary>
    public static readonly SiteOptions Options = SiteOptions.ForRepository(AppContext.BaseDirectory) with { ExecutedRoot = ExecutedSnapshot };

    /// <summary>lib/, whose dll every notebook loads: a change there makes every executed copy out of date.</summary>
    public static readonly string LibraryFolder = Path.Combine(Path.GetDirectoryName(Runner.NotebooksRoot)!, "lib");

    /// <summary>What the build wrote.</summary>
    public SiteBuildResult Build { get; private set; } = null!;

    /// <summary>The course notebooks, as paths below notebooks/, in reading order.</summary>
    public static IReadOnlyList<string> Notebooks() => CourseNotebookFiles.In(Runner.NotebooksRoot);

    /// <summary>Every page of the site: the index, then a page per course notebook.</summary>
    public static TheoryData<string> Pages() => new(Notebooks().Select(Chapter.PageNameFor).Prepend("index.html"));

    /// <summary>The chapter pages, one per course notebook.</summary>
    public static TheoryData<string> ChapterPages() => new(Notebooks().Select(Chapter.PageNameFor));

    public async ValueTask InitializeAsync()
    {
        if (Directory.Exists(ExecutedSnapshot))
            Directory.Delete(ExecutedSnapshot, recursive: true);
        var runHere = Runner with { OutputRoot = ExecutedSnapshot };
        var freshness = new ExecutedCopyFreshness(LibraryFolder);
        foreach (var notebook in Notebooks().Select(n => Path.Combine(Runner.NotebooksRoot, n)))
        {
            var executed = Runner.ExecutedCopyPath(notebook);
            if (freshness.IsCurrent(executed, notebook))
            {
                // The runner replaces executed copies by renaming, so a copy taken now is a whole notebook.
                var snapshot = runHere.ExecutedCopyPath(notebook);
                Directory.CreateDirectory(Path.GetDirectoryName(snapshot)!);
                File.Copy(executed, snapshot);
                continue;
            }
            var result = await new NotebookExecutor(runHere, TextWriter.Null).RunAsync(notebook);
            if (!result.Succeeded)
                throw new InvalidOperationException($"The site needs every notebook executed: {result.Describe()}");
        }
        Build = SiteGenerator.Build(Options);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>A page's file path in the built site.</summary>
    public static string PagePath(string page) => Path.Combine(Options.SiteRoot, page);

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

/// <summary>The tests that share one build of the real course site.</summary>
[CollectionDefinition(Name)]
public sealed class CourseSiteCollection : ICollectionFixture<CourseSite>
{
    public const string Name = "course site";
}
