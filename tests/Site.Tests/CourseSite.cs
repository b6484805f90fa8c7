using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CourseTests;
using NotebookRunner;
using SiteBuilder.Site;

namespace Site.Tests;

/// <summary>
/// The real course site, built from the executed course notebooks exactly as
/// <c>dotnet run --project tools/SiteBuilder</c> builds it, into artifacts/site/.
/// The notebooks are taken from artifacts/executed/ where their copy is there and newer than the notebook;
/// the others are run here through the same runner as the README's command. Everything is gathered in a
/// folder of this fixture's own (artifacts/site-tests/executed/): tests/Notebooks.Tests rewrites
/// artifacts/executed/ while these tests run, and two runs writing the same executed copy could collide.
/// </summary>
public sealed partial class CourseSite : IAsyncLifetime
{
    /// <summary>Where the README's runner command puts executed notebooks.</summary>
    public static readonly RunnerOptions Runner = RunnerOptions.ForRepository(AppContext.BaseDirectory);

    /// <summary>The executed notebooks the site is built from: this fixture's own copies.</summary>
    public static readonly string ExecutedSnapshot =
        Path.GetFullPath(Path.Combine(Runner.OutputRoot, "..", "site-tests", "executed"));

    /// <summary>The build: from <see cref="ExecutedSnapshot"/> to artifacts/site/.</summary>
    public static readonly SiteOptions Options = SiteOptions.ForRepository(AppContext.BaseDirectory) with { ExecutedRoot = ExecutedSnapshot };

    /// <summary>What the build wrote.</summary>
    public SiteBuildResult Build { get; private set; } = null!;

    /// <summary>The course notebooks, as paths below notebooks/, in reading order.</summary>
    public static IReadOnlyList<string> Notebooks() =>
        Directory.EnumerateFiles(Runner.NotebooksRoot, "*.ipynb", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Runner.NotebooksRoot, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>Every page of the site: the index, then a page per course notebook.</summary>
    public static TheoryData<string> Pages() => new(Notebooks().Select(Chapter.PageNameFor).Prepend("index.html"));

    /// <summary>The chapter pages, one per course notebook.</summary>
    public static TheoryData<string> ChapterPages() => new(Notebooks().Select(Chapter.PageNameFor));

    public async Task InitializeAsync()
    {
        if (Directory.Exists(ExecutedSnapshot))
            Directory.Delete(ExecutedSnapshot, recursive: true);
        var runHere = Runner with { OutputRoot = ExecutedSnapshot };
        foreach (var notebook in Notebooks().Select(n => Path.Combine(Runner.NotebooksRoot, n)))
        {
            var executed = Runner.ExecutedCopyPath(notebook);
            if (File.Exists(executed) && File.GetLastWriteTimeUtc(executed) >= File.GetLastWriteTimeUtc(notebook))
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

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A page's file path in the built site.</summary>
    public static string PagePath(string page) => Path.Combine(Options.SiteRoot, page);

    /// <summary>
    /// The charts the executed notebook behind <paramref name="page"/> showed, read straight from its .ipynb
    /// (not through the SiteBuilder): each chart's element id and its number of traces.
    /// </summary>
    public IReadOnlyDictionary<string, int> ExpectedCharts(string page)
    {
        var chapter = Build.Chapters.Single(c => c.PageName == page);
        var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(Options.ExecutedRoot, chapter.Notebook.RelativePath)))!;
        var charts = new Dictionary<string, int>();
        foreach (var output in notebook["cells"]!.AsArray().SelectMany(c => c!["outputs"]?.AsArray() ?? []))
        {
            var html = NotebookJson.JoinedText(output!["data"]?["text/html"]); // a null-conditional chain would skip the call
            if (html.Contains("<!-- course: plotly.js offline -->", StringComparison.Ordinal))
                continue; // the notebook's own copy of plotly.js, not a chart
            var figure = ChartFigure().Match(html);
            if (figure.Success)
                charts[figure.Groups["id"].Value] = JsonNode.Parse(figure.Groups["data"].Value)!.AsArray().Count;
        }
        return charts;
    }

    // With or without the CDN loader around it: the figure, then the newPlot call that names the chart's element.
    [GeneratedRegex(@"var data = (?<data>\[.*?\]);\s*var layout = .*?Plotly\.newPlot\(\s*['""](?<id>[^'""]+)['""]", RegexOptions.Singleline)]
    private static partial Regex ChartFigure();
}

/// <summary>The tests that share one build of the real course site.</summary>
[CollectionDefinition(Name)]
public sealed class CourseSiteCollection : ICollectionFixture<CourseSite>
{
    public const string Name = "course site";
}
