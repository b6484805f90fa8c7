using System.Diagnostics;

namespace Apps.Tests;

/// <summary>One chapter program run as a learner runs it: <c>dotnet run apps/NN_name.cs</c> at the repository root.</summary>
public static class AppProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public sealed record Run(int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed, DateTime StartedUtc);

    public static async Task<Run> RunAsync(string chapter)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = CourseApps.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("run");
        start.ArgumentList.Add($"apps/{chapter}.cs");
        var startedUtc = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet run apps/{chapter}.cs did not finish in {Timeout.TotalMinutes} minutes.");
        }
        return new Run(process.ExitCode, await output, await errors, clock.Elapsed, startedUtc);
    }
}
