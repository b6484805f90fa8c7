using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace ExecutionStage;

/// <summary>
/// Drives the stock <c>dotnet-interactive</c> tool over its stdio protocol, as VS Code does: one JSON command
/// envelope per line in, event envelopes out. Each code cell is a <c>SubmitCode</c>; the cell is done when
/// the <c>CommandSucceeded</c> or <c>CommandFailed</c> carrying its token arrives.
/// </summary>
public sealed class StockKernelSession : IAsyncDisposable
{
    /// <param name="UnmatchedUpdates">Display updates naming an id no earlier output had: a front end such as VS Code
    /// cannot tell which output they update.</param>
    public sealed record CellOutcome(bool Succeeded, string StandardOutput, string? Error, int UnmatchedUpdates = 0);

    private readonly Process _process;
    private readonly Channel<JsonObject> _events = Channel.CreateUnbounded<JsonObject>();
    private readonly StringBuilder _stderr = new();
    private int _token;
    private readonly HashSet<string> _displayIds = [];

    private StockKernelSession(Process process)
    {
        _process = process;
        _ = Task.Run(ReadEventsAsync);
        _process.ErrorDataReceived += (_, e) => { lock (_stderr) _stderr.AppendLine(e.Data); };
        _process.BeginErrorReadLine();
    }

    /// <summary>Starts the tool (its Microsoft.DotNet.Interactive.App.dll) in <paramref name="workingDirectory"/>, as VS Code starts it in the notebook's folder.</summary>
    public static StockKernelSession Start(string toolAssembly, string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in new[] { toolAssembly, "stdio", "--default-kernel", "csharp" }) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        return new StockKernelSession(Process.Start(start)!);
    }

    public async Task<CellOutcome> SubmitAsync(string code, TimeSpan timeout)
    {
        var token = (++_token).ToString();
        var envelope = new JsonObject
        {
            ["commandType"] = "SubmitCode",
            ["command"] = new JsonObject { ["code"] = code, ["targetKernelName"] = "csharp" },
            ["token"] = token,
        };
        await _process.StandardInput.WriteLineAsync(envelope.ToJsonString());
        await _process.StandardInput.FlushAsync();

        var output = new StringBuilder();
        int unmatched = 0;
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var e = await _events.Reader.ReadAsync(cancel.Token);
                var type = (string?)e["eventType"];
                var eventToken = (string?)e["command"]?["token"];
                if (type == "StandardOutputValueProduced" && eventToken?.Split('.')[0] == token)
                    output.Append((string?)e["event"]?["formattedValues"]?[0]?["value"]);
                if (type == "DisplayedValueProduced" && (string?)e["event"]?["valueId"] is { } shown)
                    _displayIds.Add(shown);
                if (type == "DisplayedValueUpdated" && (string?)e["event"]?["valueId"] is { } updated && !_displayIds.Contains(updated))
                    unmatched++;
                if (eventToken != token) continue;
                if (type == "CommandSucceeded") return new CellOutcome(true, output.ToString(), null, unmatched);
                if (type == "CommandFailed") return new CellOutcome(false, output.ToString(), (string?)e["event"]?["message"], unmatched);
            }
        }
        catch (OperationCanceledException)
        {
            return new CellOutcome(false, output.ToString(), $"no answer within {timeout.TotalSeconds:0} s");
        }
        catch (ChannelClosedException)
        {
            string stderr;
            lock (_stderr) stderr = _stderr.ToString();
            return new CellOutcome(false, output.ToString(), $"the kernel exited: {stderr.Trim()}");
        }
    }

    private async Task ReadEventsAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            // The tool prints a welcome banner before its JSON; only envelopes matter.
            if (!line.StartsWith('{')) continue;
            if (JsonNode.Parse(line) is JsonObject e && e.ContainsKey("eventType"))
                await _events.Writer.WriteAsync(e);
        }
        _events.Writer.Complete();
    }

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
