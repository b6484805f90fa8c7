using System.Diagnostics;

namespace ExecutionStage;

/// <summary>
/// Brings executed copies up to date: for each front end and notebook, reuses the copy whose stamp matches its inputs
/// (and that succeeded), else executes the notebook and records the outcome. Holds the copy's lock meanwhile, so
/// processes that ask at once execute it once. Every decision is a line in artifacts/stage/log.txt (appended, with the
/// time and the process), which shows how many times a test run executed each notebook.
/// </summary>
public sealed class Stage(string repositoryRoot, TextWriter console)
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(30);

    /// <summary>The front ends by name, in the order the stage runs them.</summary>
    public static IReadOnlyList<IFrontEnd> FrontEnds(string repositoryRoot) =>
    [
        new RunnerFrontEnd(repositoryRoot),
        new StockKernelFrontEnd(repositoryRoot),
        new JupyterFrontEnd(repositoryRoot),
        new ProgramFrontEnd(repositoryRoot),
    ];

    private string StageFolder => Path.Combine(repositoryRoot, "artifacts", "stage");

    private IReadOnlyList<string> Needs(string notebook)
    {
        var manifest = Path.Combine(repositoryRoot, "notebooks", CourseTests.CourseNotebookFiles.ManifestName);
        return File.Exists(manifest)
            ? CourseTests.CourseNotebookFiles.Chapters(Path.GetDirectoryName(manifest)!).FirstOrDefault(c => c.Notebook == notebook)?.Needs ?? []
            : [];
    }

    /// <summary>
    /// The copy of <paramref name="notebook"/> in <paramref name="frontEnd"/>, executed unless a current one exists. The
    /// chapters it needs (notebooks/course.json's "needs": it reads what they save) are brought up to date first, in
    /// the same front end, and their stamps are part of its own, so a change to them executes it again too.
    /// </summary>
    public async Task<StageRecord> BringUpToDateAsync(IFrontEnd frontEnd, string notebook, bool force = false)
    {
        var needed = new List<StageRecord>();
        foreach (var need in Needs(notebook))
            needed.Add(await BringUpToDateAsync(frontEnd, need));
        var artifact = frontEnd.ArtifactPath(notebook);
        using var held = await StageLock.AcquireAsync(Path.Combine(StageFolder, "locks", frontEnd.Name, notebook + ".lock"), LockTimeout);
        if (needed.FirstOrDefault(r => !r.Succeeded) is { } unmet)
        {
            var blocked = new StageRecord(frontEnd.Name, notebook, artifact, "", false, $"{notebook}: not run, it needs {unmet.Notebook}, which failed: {unmet.Summary}", 0, DateTime.UtcNow);
            blocked.Write(repositoryRoot);
            Report(frontEnd, notebook, $"FAILED: {blocked.Summary}");
            return blocked;
        }
        var stamp = InputStamp.Of(repositoryRoot,
            InputStamp.CommonInputs(repositoryRoot, Path.Combine(repositoryRoot, "notebooks", notebook)).Concat(frontEnd.ExtraInputs(notebook)),
            needed.Select(r => r.Stamp));
        if (!force && StageRecord.Read(repositoryRoot, frontEnd.Name, notebook) is { Succeeded: true } earlier && earlier.Stamp == stamp && File.Exists(artifact))
        {
            Report(frontEnd, notebook, $"reused (inputs unchanged since {earlier.FinishedUtc:yyyy-MM-dd HH:mm:ss} UTC)");
            return earlier;
        }

        var logFile = Path.Combine(StageFolder, "logs", frontEnd.Name, notebook + ".log");
        Directory.CreateDirectory(Path.GetDirectoryName(logFile)!);
        Directory.CreateDirectory(Path.GetDirectoryName(artifact)!);
        var clock = Stopwatch.StartNew();
        (bool Succeeded, string Summary) outcome;
        await using (var log = new StreamWriter(logFile))
        {
            try
            {
                outcome = await frontEnd.ExecuteAsync(notebook, log);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The front end itself could not run (a missing tool, a kernel that would not start): a failed copy.
                outcome = (false, $"{notebook}: the {frontEnd.Name} front end could not run it: {e.GetType().Name}: {e.Message}");
                await log.WriteLineAsync(e.ToString());
            }
        }
        var record = new StageRecord(frontEnd.Name, notebook, artifact, stamp, outcome.Succeeded, outcome.Summary, clock.Elapsed.TotalSeconds, DateTime.UtcNow);
        record.Write(repositoryRoot);
        Report(frontEnd, notebook, outcome.Succeeded
            ? $"executed in {clock.Elapsed.TotalSeconds:F1} s"
            : $"FAILED after {clock.Elapsed.TotalSeconds:F1} s: {outcome.Summary} (log: {Path.GetRelativePath(repositoryRoot, logFile)})");
        return record;
    }

    private void Report(IFrontEnd frontEnd, string notebook, string what)
    {
        var line = $"{frontEnd.Name,-12} {notebook,-28} {what}";
        lock (console) console.WriteLine(line);
        Directory.CreateDirectory(StageFolder);
        var logged = $"{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ss}Z pid {Environment.ProcessId} {line}\n";
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                File.AppendAllText(Path.Combine(StageFolder, "log.txt"), logged);
                return;
            }
            catch (IOException) when (attempt < 20)
            {
                Thread.Sleep(50); // another stage process appending the same moment
            }
        }
    }
}
