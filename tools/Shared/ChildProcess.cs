using System.Diagnostics;
using System.Text;

namespace CourseTools;

/// <summary>
/// The one way the course's tools and tests start a program and wait for it: output captured (both streams, as they
/// come), a timeout that kills the program and every process it started, and the command named in every failure.
/// Linked as source into each tool and test project that starts programs, like <see cref="RepositoryRoot"/>.
/// </summary>
internal static class ChildProcess
{
    /// <summary>How one run ended.</summary>
    /// <param name="Command">The command as a person would type it, for messages.</param>
    /// <param name="ExitCode">Its exit code; -1 where it could not start or was killed.</param>
    /// <param name="StandardOutput">Everything it wrote to standard output, as written.</param>
    /// <param name="StandardError">Everything it wrote to standard error, as written.</param>
    /// <param name="Elapsed">From start to exit.</param>
    /// <param name="StartedUtc">When it was started.</param>
    /// <param name="TimedOut">True where the timeout ran out and the process tree was killed.</param>
    public sealed record Result(string Command, int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed, DateTime StartedUtc, bool TimedOut)
    {
        /// <summary>Exited 0 within its time.</summary>
        public bool Succeeded => ExitCode == 0 && !TimedOut;

        /// <summary>Both streams, standard output first.</summary>
        public string Output => StandardError.Length == 0 ? StandardOutput : $"{StandardOutput}{StandardError}";

        /// <summary>One sentence on how it ended, the command first, then the last lines it printed.</summary>
        public string Describe(int lastLines = 30)
        {
            var how = TimedOut ? $"did not finish within {Elapsed.TotalSeconds:F0} s and was killed" : $"exited with {ExitCode} after {Elapsed.TotalSeconds:F1} s";
            var tail = string.Join('\n', Output.TrimEnd().Split('\n').TakeLast(lastLines));
            return $"`{Command}` {how}" + (tail.Length > 0 ? $":\n{tail}" : ".");
        }

        /// <summary>This result, or an exception naming the command where it did not succeed.</summary>
        public Result EnsureSucceeded() => Succeeded ? this : throw new InvalidOperationException(Describe());
    }

    /// <summary>What to run.</summary>
    /// <param name="FileName">The program (found on PATH as the OS finds it).</param>
    /// <param name="Arguments">Its arguments, each passed as is (no shell quoting).</param>
    public sealed record Command(string FileName, IReadOnlyList<string> Arguments)
    {
        public string? WorkingDirectory { get; init; }
        public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();
        public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

        /// <summary>Text written to standard input, which is then closed; null leaves it open and unwritten, like a
        /// terminal nobody types at.</summary>
        public string? StandardInput { get; init; }

        /// <summary>Each line of standard output as it arrives (progress for a person watching), besides the capture.</summary>
        public Action<string>? OnOutputLine { get; init; }

        public override string ToString() => string.Join(' ', Arguments.Prepend(FileName).Select(Quoted));

        private static string Quoted(string argument) => argument.Length > 0 && !argument.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'') ? argument : $"'{argument}'";
    }

    /// <summary>A command of <paramref name="fileName"/> with <paramref name="arguments"/>.</summary>
    public static Command Of(string fileName, params string[] arguments) => new(fileName, arguments);

    /// <summary>Runs <paramref name="command"/> to its end or its timeout; never throws for the program's own failure.</summary>
    public static async Task<Result> RunAsync(Command command, CancellationToken cancellation = default)
    {
        var start = new ProcessStartInfo(command.FileName)
        {
            WorkingDirectory = command.WorkingDirectory ?? "",
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in command.Arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in command.Environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }

        var startedUtc = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new Result(command.ToString(), -1, "", $"could not start {command.FileName}: {e.Message}\n", clock.Elapsed, startedUtc, TimedOut: false);
        }
        var output = new StringBuilder();
        var error = new StringBuilder();
        var outputRead = ReadAsync(process.StandardOutput, output, command.OnOutputLine);
        var errorRead = ReadAsync(process.StandardError, error, onLine: null);
        if (command.StandardInput is { } input)
        {
            try
            {
                await process.StandardInput.WriteAsync(input);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // It exited without reading all of it: its exit code and output say why.
            }
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(command.Timeout);
        bool timedOut = false;
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { /* it exited meanwhile */ }
            await process.WaitForExitAsync(CancellationToken.None);
        }
        // The streams end once every process holding them has exited; a grandchild that outlives the program
        // (a server it started) must not hold this call, so the wait for the last lines is bounded.
        await Task.WhenAny(Task.WhenAll(outputRead, errorRead), Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None));
        string Text(StringBuilder b) { lock (b) return b.ToString(); }
        return new Result(command.ToString(), timedOut ? -1 : process.ExitCode, Text(output), Text(error), clock.Elapsed, startedUtc, timedOut);
    }

    /// <summary>Copies <paramref name="stream"/> into <paramref name="text"/> as it comes, exactly (line ends included),
    /// handing each whole line to <paramref name="onLine"/> too.</summary>
    private static async Task ReadAsync(StreamReader stream, StringBuilder text, Action<string>? onLine)
    {
        var buffer = new char[4096];
        var line = new StringBuilder();
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            lock (text) text.Append(buffer, 0, read);
            if (onLine is null) continue;
            foreach (var c in buffer.AsSpan(0, read))
            {
                if (c == '\n')
                {
                    onLine(line.ToString().TrimEnd('\r'));
                    line.Clear();
                }
                else line.Append(c);
            }
        }
        if (onLine is not null && line.Length > 0) onLine(line.ToString());
    }

    /// <summary>Runs <paramref name="command"/> and waits for it, for callers that are not asynchronous.</summary>
    public static Result Run(Command command) => RunAsync(command).GetAwaiter().GetResult();
}
