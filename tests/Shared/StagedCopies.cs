using System.Collections.Concurrent;
using CourseTools;
using ExecutionStage;

namespace CourseTests;

/// <summary>
/// The executed copies the tests read: each notebook executed once per front end by tools/ExecutionStage, which reuses
/// a copy whose inputs are unchanged and holds a lock per copy, so test assemblies running side by side never execute
/// one notebook twice. A test asks for (front end, notebook); the first ask in a process starts the stage for that one
/// copy (a no-op where the test command's stage already made it) and every later ask gets the same record.
/// </summary>
internal static class StagedCopies
{
    /// <summary>The front ends' names, as the stage knows them.</summary>
    public const string Runner = "runner", StockKernel = "stock-kernel", Jupyter = "jupyter", Program = "program";

    private static readonly TimeSpan StageTimeout = TimeSpan.FromMinutes(30);
    private static readonly ConcurrentDictionary<(string, string), Lazy<Task<StageRecord>>> Asked = new();

    public static string RepositoryRoot { get; } = CourseTools.RepositoryRoot.Find(AppContext.BaseDirectory);

    /// <summary>The stage's assembly, in its fixed output folder (each test project builds it first).</summary>
    private static string StageAssembly => Path.Combine(RepositoryRoot, "tools", "ExecutionStage", "bin", "ExecutionStage.dll");

    /// <summary>The record of <paramref name="notebook"/> (a path below notebooks/) in <paramref name="frontEnd"/>,
    /// executed first unless current. Its <see cref="StageRecord.Succeeded"/> says whether the notebook ran through.</summary>
    public static Task<StageRecord> GetAsync(string frontEnd, string notebook) =>
        Asked.GetOrAdd((frontEnd, notebook), key => new Lazy<Task<StageRecord>>(async () => (await StageAsync(key.Item1, [key.Item2]))[0])).Value;

    /// <summary>The records of <paramref name="notebooks"/> in <paramref name="frontEnd"/>, in order, through one run of the
    /// stage for those not asked for yet (one process for a whole site's worth of notebooks).</summary>
    public static async Task<IReadOnlyList<StageRecord>> GetAllAsync(string frontEnd, IReadOnlyList<string> notebooks)
    {
        var notAsked = notebooks.Where(n => !Asked.ContainsKey((frontEnd, n))).ToList(); // before the loop below asks for them
        var staged = new Lazy<Task<IReadOnlyList<StageRecord>>>(() => StageAsync(frontEnd, notAsked));
        foreach (var notebook in notebooks)
            Asked.GetOrAdd((frontEnd, notebook), _ => new Lazy<Task<StageRecord>>(async () => (await staged.Value).Single(r => r.Notebook == notebook)));
        return await Task.WhenAll(notebooks.Select(n => Asked[(frontEnd, n)].Value));
    }

    /// <summary>The copy's path, failing the test with the stage's one-line summary where the notebook failed.</summary>
    public static async Task<string> SucceededAsync(string frontEnd, string notebook)
    {
        var record = await GetAsync(frontEnd, notebook);
        Assert.True(record.Succeeded, $"{frontEnd}: {record.Summary}");
        return record.Artifact;
    }

    private static async Task<IReadOnlyList<StageRecord>> StageAsync(string frontEnd, IReadOnlyList<string> notebooks)
    {
        if (notebooks.Count == 0) return [];
        TestTier.RequireFull($"reads executed notebooks ({frontEnd})");
        var run = await ChildProcess.RunAsync(ChildProcess.Of("dotnet", [StageAssembly, "--front-end", frontEnd, .. notebooks]) with
        {
            WorkingDirectory = RepositoryRoot,
            Timeout = StageTimeout,
        });
        // Exit 1 is a notebook that failed, which its record tells; anything else means the stage itself broke.
        if (run.ExitCode is not (0 or 1))
            throw new InvalidOperationException($"the execution stage broke: {run.Describe()}");
        return notebooks.Select(notebook => StageRecord.Read(RepositoryRoot, frontEnd, notebook)
            ?? throw new InvalidOperationException($"the stage left no record of {notebook} in {frontEnd}: {run.Describe()}")).ToList();
    }
}
