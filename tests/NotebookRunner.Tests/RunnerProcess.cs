namespace NotebookRunner.Tests;

/// <summary>Runs the runner as a learner does, in its own process, and captures what it prints.</summary>
internal static class RunnerProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Errors);

    public static async Task<Outcome> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        TestTier.RequireFull("runs the runner as a process");
        // Standard input stays open and unwritten, like a terminal nobody types at.
        var run = await ChildProcess.RunAsync(ChildProcess.Of("dotnet", [Path.Combine(AppContext.BaseDirectory, "NotebookRunner.dll"), .. args]) with
        {
            WorkingDirectory = workingDirectory,
            Environment = (environment ?? new Dictionary<string, string>()).ToDictionary(e => e.Key, e => (string?)e.Value),
            Timeout = TimeSpan.FromMinutes(5),
        });
        Assert.False(run.TimedOut, run.Describe()); // killed with every process it started, not left running
        return new Outcome(run.ExitCode, run.StandardOutput, run.StandardError);
    }

    /// <summary>A folder that looks like the repository to the runner: a Directory.Packages.props and notebooks/.</summary>
    public static string FakeRepository(string folder)
    {
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />");
        Directory.CreateDirectory(Path.Combine(folder, "notebooks"));
        return folder;
    }
}
