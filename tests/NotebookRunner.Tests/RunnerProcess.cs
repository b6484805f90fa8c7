using System.Diagnostics;

namespace NotebookRunner.Tests;

/// <summary>Runs the runner as a learner does, in its own process, and captures what it prints.</summary>
internal static class RunnerProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Errors);

    public static async Task<Outcome> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            // An open standard input nobody writes to, like a terminal nobody types at.
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NotebookRunner.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await output, await errors);
    }

    /// <summary>A folder that looks like the repository to the runner: a Directory.Packages.props and notebooks/.</summary>
    public static string FakeRepository(string folder)
    {
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />");
        Directory.CreateDirectory(Path.Combine(folder, "notebooks"));
        return folder;
    }
}
