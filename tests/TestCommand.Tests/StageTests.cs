using ExecutionStage;

namespace TestCommand.Tests;

/// <summary>
/// The execution stage executes a notebook once per front end and reuses the copy while nothing it depends on changes,
/// shown with a front end that counts its executions (a fake repository in a temporary folder, no kernel).
/// </summary>
public sealed class StageTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("stage-tests-").FullName;
    private readonly CountingFrontEnd _frontEnd;

    public StageTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "notebooks"));
        File.WriteAllText(Path.Combine(_root, "notebooks", "01_a.ipynb"), "{\"cells\": []}");
        File.WriteAllText(Path.Combine(_root, "notebooks", "02_b.ipynb"), "{\"cells\": []}");
        File.WriteAllText(Path.Combine(_root, "notebooks", "course.json"), """
            { "chapters": [ { "notebook": "01_a.ipynb" }, { "notebook": "02_b.ipynb", "needs": ["01_a.ipynb"] } ] }
            """);
        File.WriteAllText(Path.Combine(_root, "Directory.Packages.props"), "<Project />");
        _frontEnd = new CountingFrontEnd(_root);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private Stage Stage(TextWriter? log = null) => new(_root, log ?? TextWriter.Null);

    [Fact]
    public async Task A_copy_whose_inputs_are_unchanged_is_reused_and_says_so()
    {
        var log = new StringWriter();
        var first = await Stage(log).BringUpToDateAsync(_frontEnd, "01_a.ipynb");
        var second = await Stage(log).BringUpToDateAsync(_frontEnd, "01_a.ipynb");

        Assert.Equal(1, _frontEnd.Executions);
        Assert.True(first.Succeeded);
        Assert.Equal(first, second);
        Assert.Contains("executed in", log.ToString());
        Assert.Contains("reused (inputs unchanged since", log.ToString());
        Assert.Contains("01_a.ipynb", File.ReadAllText(Path.Combine(_root, "artifacts", "stage", "log.txt")));
    }

    [Theory]
    [InlineData("notebooks/01_a.ipynb")]
    [InlineData("lib/bin/CourseLib.dll")]
    [InlineData("Directory.Packages.props")]
    [InlineData("data/new.csv")]
    [InlineData("apps/01_a.cs")]
    public async Task Changing_an_input_executes_the_notebook_again(string input)
    {
        await Stage().BringUpToDateAsync(_frontEnd, "01_a.ipynb");
        var path = Path.Combine(_root, input);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.AppendAllText(path, " changed");

        await Stage().BringUpToDateAsync(_frontEnd, "01_a.ipynb");

        Assert.Equal(2, _frontEnd.Executions);
    }

    [Fact]
    public async Task A_failed_copy_is_never_reused()
    {
        _frontEnd.Fails = true;
        var failed = await Stage().BringUpToDateAsync(_frontEnd, "01_a.ipynb");
        _frontEnd.Fails = false;
        var passed = await Stage().BringUpToDateAsync(_frontEnd, "01_a.ipynb");

        Assert.False(failed.Succeeded);
        Assert.Contains("cell 3 failed", failed.Summary);
        Assert.True(passed.Succeeded);
        Assert.Equal(2, _frontEnd.Executions);
    }

    [Fact]
    public async Task A_front_end_that_throws_gives_a_failed_copy_naming_what_broke()
    {
        _frontEnd.Throws = true;

        var record = await Stage().BringUpToDateAsync(_frontEnd, "01_a.ipynb");

        Assert.False(record.Succeeded);
        Assert.Contains("could not run it: InvalidOperationException: no kernel here", record.Summary);
    }

    [Fact]
    public async Task Forced_it_executes_even_a_current_copy()
    {
        await Stage().BringUpToDateAsync(_frontEnd, "01_a.ipynb");
        await Stage().BringUpToDateAsync(_frontEnd, "01_a.ipynb", force: true);

        Assert.Equal(2, _frontEnd.Executions);
    }

    [Fact]
    public async Task Asked_for_one_copy_at_once_it_executes_it_once_and_the_others_wait_and_reuse_it()
    {
        _frontEnd.Delay = TimeSpan.FromMilliseconds(300);

        var records = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Stage().BringUpToDateAsync(_frontEnd, "01_a.ipynb"))));

        Assert.Equal(1, _frontEnd.Executions);
        Assert.All(records, r => Assert.True(r.Succeeded));
    }

    [Fact]
    public async Task A_lock_held_by_a_process_that_died_is_free_again()
    {
        var path = Path.Combine(_root, "artifacts", "held.lock");
        using (await StageLock.AcquireAsync(path, TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken)) { }
        // The operating system drops a closed (or dead) holder's lock: the next one gets it at once.
        using var again = await StageLock.AcquireAsync(path, TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<IOException>(() => StageLock.AcquireAsync(path, TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_chapter_that_needs_another_runs_after_it_and_again_when_it_changes()
    {
        await Stage().BringUpToDateAsync(_frontEnd, "02_b.ipynb");
        Assert.Equal(["01_a.ipynb", "02_b.ipynb"], _frontEnd.Executed);

        File.AppendAllText(Path.Combine(_root, "notebooks", "01_a.ipynb"), " ");
        await Stage().BringUpToDateAsync(_frontEnd, "02_b.ipynb");
        Assert.Equal(["01_a.ipynb", "02_b.ipynb", "01_a.ipynb", "02_b.ipynb"], _frontEnd.Executed);
    }

    [Fact]
    public async Task A_chapter_whose_need_failed_is_not_run_and_says_why()
    {
        _frontEnd.Fails = true;

        var record = await Stage().BringUpToDateAsync(_frontEnd, "02_b.ipynb");

        Assert.Equal(["01_a.ipynb"], _frontEnd.Executed);
        Assert.False(record.Succeeded);
        Assert.Contains("not run, it needs 01_a.ipynb, which failed: 01_a.ipynb: cell 3 failed", record.Summary);
    }

    [Fact]
    public async Task The_queue_never_runs_more_of_a_front_end_at_once_than_it_bears_and_keeps_both_workers_busy()
    {
        var one = new LimitedFrontEnd("one-at-a-time", 1);
        var two = new LimitedFrontEnd("two-at-a-time", 2);
        // Eight two at a time and four one at a time: the same number of rounds, so the two-at-a-time front end gets
        // both workers at times.
        var items = new[] { "01", "02", "03", "04", "05", "06", "07", "08" }.Select(n => ((IFrontEnd)two, n))
            .Concat(new[] { "01", "02", "03", "04" }.Select(n => ((IFrontEnd)one, n)));

        var done = await new StageQueue(items, jobs: 2).RunAsync(async item =>
        {
            await ((LimitedFrontEnd)item.FrontEnd).RunAsync();
            return item;
        });

        Assert.Equal(12, done.Count);
        Assert.Equal(1, one.MostAtOnce);
        Assert.Equal(2, two.MostAtOnce);
    }

    [Fact]
    public async Task The_queue_starts_the_front_end_with_the_longest_way_to_go_first()
    {
        // Four notebooks one at a time are four rounds; four two at a time are two. Listed last, the one-at-a-time
        // front end still starts first, so that the other fills the second worker beside it.
        var one = new LimitedFrontEnd("one-at-a-time", 1);
        var two = new LimitedFrontEnd("two-at-a-time", 2);
        var items = new[] { two, one }.SelectMany(f => new[] { "01", "02", "03", "04" }.Select(n => ((IFrontEnd)f, n)));
        var started = new List<string>();

        await new StageQueue(items, jobs: 1).RunAsync(async item =>
        {
            started.Add($"{item.FrontEnd.Name} {item.Notebook}");
            await Task.Yield();
            return item;
        });

        // Two rounds left each after two of the first: then the order given breaks the tie.
        Assert.Equal(["one-at-a-time 01", "one-at-a-time 02", "two-at-a-time 01", "one-at-a-time 03"], started.Take(4));
    }

    private sealed class LimitedFrontEnd(string name, int maxParallel) : IFrontEnd
    {
        private int _now;
        public int MostAtOnce { get; private set; }
        public string Name => name;
        public int MaxParallel => maxParallel;
        public string ArtifactPath(string notebook) => notebook;
        public Task<(bool Succeeded, string Summary)> ExecuteAsync(string notebook, TextWriter log) => throw new NotSupportedException();

        public async Task RunAsync()
        {
            var now = Interlocked.Increment(ref _now);
            lock (this) MostAtOnce = Math.Max(MostAtOnce, now);
            await Task.Delay(100);
            Interlocked.Decrement(ref _now);
        }
    }

    /// <summary>A front end that writes a small copy and counts how often it was asked to.</summary>
    private sealed class CountingFrontEnd(string root) : IFrontEnd
    {
        private int _executions;

        public int Executions => _executions;
        public List<string> Executed { get; } = [];
        public bool Fails { get; set; }
        public bool Throws { get; set; }
        public TimeSpan Delay { get; set; }

        public string Name => "counting";

        public string ArtifactPath(string notebook) => Path.Combine(root, "artifacts", "counting", notebook);

        public IEnumerable<string> ExtraInputs(string notebook) => [Path.Combine(root, "apps", Path.ChangeExtension(notebook, ".cs"))];

        public async Task<(bool Succeeded, string Summary)> ExecuteAsync(string notebook, TextWriter log)
        {
            Interlocked.Increment(ref _executions);
            lock (Executed) Executed.Add(notebook);
            await Task.Delay(Delay);
            if (Throws) throw new InvalidOperationException("no kernel here");
            await File.WriteAllTextAsync(ArtifactPath(notebook), "executed");
            return Fails ? (false, $"{notebook}: cell 3 failed") : (true, $"{notebook}: passed");
        }
    }
}
