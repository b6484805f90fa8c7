using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Serve.Tests;

/// <summary>
/// The service as a learner starts it: its own process (the built Serve.dll beside the tests), Kestrel on a free
/// loopback port. <see cref="StartAsync"/> returns once it listens; <see cref="RunToExitAsync"/> is for starts that must fail.
/// </summary>
public sealed partial class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServiceProcess(Process process) => _process = process;

    /// <summary>Where it listens, e.g. http://127.0.0.1:41723/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Everything it printed so far, standard output and error.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static async Task<ServiceProcess> StartAsync(params string[] arguments)
    {
        var service = new ServiceProcess(Launch([.. arguments, "--urls", "http://127.0.0.1:0"]));
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(object _, DataReceivedEventArgs e)
        {
            if (e.Data is null) return;
            lock (service._output) service._output.AppendLine(e.Data);
            if (ListeningOn().Match(e.Data) is { Success: true } match)
                listening.TrySetResult(new Uri(match.Groups["url"].Value + "/"));
        }
        service._process.OutputDataReceived += Read;
        service._process.ErrorDataReceived += Read;
        service._process.BeginOutputReadLine();
        service._process.BeginErrorReadLine();
        var exited = service._process.WaitForExitAsync();
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(TimeSpan.FromSeconds(90)));
        if (first != listening.Task)
        {
            await service.DisposeAsync();
            throw new InvalidOperationException($"The service did not start listening:\n{service.Output}");
        }
        service.BaseAddress = listening.Task.Result;
        return service;
    }

    /// <summary>Starts the service and waits for it to exit by itself: its exit code, standard output and standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunToExitAsync(params string[] arguments)
    {
        using var process = Launch([.. arguments, "--urls", "http://127.0.0.1:0"]);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The service was expected to stop by itself but kept running:\n{await output}");
        }
        return (process.ExitCode, await output, await error);
    }

    private static Process Launch(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(), // not the repository: the service must find its files by itself
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Serve.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_NOLOGO"] = "1";
        return Process.Start(start)!;
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
