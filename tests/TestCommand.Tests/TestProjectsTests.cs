using TestTiers;

namespace TestCommand.Tests;

/// <summary>
/// The full tier starts the long pole among the test projects first and runs the others beside it, two at a time, so
/// no core idles while Site.Tests runs alone at the end.
/// </summary>
public sealed class TestProjectsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("test-projects-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_course_s_test_projects_start_with_the_site_s_and_each_comes_once()
    {
        var solution = Path.Combine(RepositoryFolder(), "NeuralClassification.slnx");

        var projects = TestProjects.In(solution);

        Assert.Equal("tests/Site.Tests/Site.Tests.csproj", projects[0]);
        Assert.Equal(projects.Count, projects.Distinct().Count());
        Assert.All(projects, p => Assert.StartsWith("tests/", p));
        Assert.Contains("tests/TestCommand.Tests/TestCommand.Tests.csproj", projects);
        Assert.DoesNotContain(projects, p => p.StartsWith("tools/", StringComparison.Ordinal) || p.StartsWith("benchmarks/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_solution_without_the_long_pole_is_refused_naming_it()
    {
        var solution = Path.Combine(_folder, "Other.slnx");
        File.WriteAllText(solution, """
            <Solution>
              <Folder Name="/tests/"><Project Path="tests/A.Tests/A.Tests.csproj" /></Folder>
            </Solution>
            """);

        var problem = Assert.Throws<InvalidOperationException>(() => TestProjects.In(solution));

        Assert.Contains("Other.slnx has no tests/Site.Tests/Site.Tests.csproj", problem.Message);
    }

    [Fact]
    public async Task The_queue_starts_projects_in_order_and_never_runs_more_than_its_jobs_at_once()
    {
        string[] projects = ["long", "a", "b", "c", "d"];
        var started = new List<string>();
        var (running, most) = (0, 0);
        var gate = new object();

        var ended = await TestProjectQueue.RunAsync(projects, jobs: 2, async project =>
        {
            lock (gate) { started.Add(project); most = Math.Max(most, ++running); }
            await Task.Delay(project == "long" ? 300 : 20);
            lock (gate) running--;
            return project;
        });

        Assert.Equal(projects, started);
        Assert.Equal(2, most);
        Assert.Equal(projects.Order(), ended.Order());
        Assert.Equal("long", ended[^1]); // the others ran beside it, one after another
    }

    private static string RepositoryFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "NeuralClassification.slnx")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException($"no NeuralClassification.slnx above {AppContext.BaseDirectory}");
    }
}
