using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Serve.Benchmarks;

/// <summary>The service in a process of its own on a free port of 127.0.0.1, and its memory as the kernel counts it.</summary>
internal sealed partial class ServiceProcess : IDisposable
{
    private readonly Process _process;

    private ServiceProcess(Process process, Uri address) => (_process, Address) = (process, address);

    public Uri Address { get; }

    public static ServiceProcess Start(string modelPath, bool batching)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, "Serve.dll"), "--model", modelPath, "--urls", "http://127.0.0.1:0",
                     $"--Serving:Batching={batching}", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
                 })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"  service: {e.Data}"); };
        process.BeginErrorReadLine();
        while (process.StandardOutput.ReadLine() is { } line)
            if (ListeningOn().Match(line) is { Success: true } match)
            {
                // Logging is at Warning and above after the start: whatever it prints from now on is worth seeing.
                _ = Task.Run(() =>
                {
                    while (process.StandardOutput.ReadLine() is { } logged) Console.Error.WriteLine($"  service: {logged}");
                });
                return new ServiceProcess(process, new Uri(match.Groups["url"].Value + "/"));
            }
        throw new InvalidOperationException($"The service exited with code {process.ExitCode} before listening.");
    }

    /// <summary>The CPU time the service process has used so far: the fair measure on a machine other processes share.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>Resident memory (VmRSS) of the service process, in bytes, from /proc.</summary>
    public long ResidentBytes() => ProcStatus("VmRSS:");

    private long ProcStatus(string field) =>
        long.Parse(File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith(field))[field.Length..].Trim().Split(' ')[0]) * 1024;

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }
}
