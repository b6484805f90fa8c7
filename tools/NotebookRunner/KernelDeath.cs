namespace NotebookRunner;

/// <summary>Says why a kernel process died, from its exit code and the last thing it wrote to standard error.</summary>
public static class KernelDeath
{
    /// <summary>"exit code 134 (SIGABRT): Stack overflow." or "exit code 3, nothing on standard error".</summary>
    public static string Describe(int exitCode, IReadOnlyList<string> errorLines)
    {
        var code = $"exit code {exitCode}{Signal(exitCode)}";
        return TellingLine(errorLines) is { } line ? $"{code}: {line}" : $"{code}, nothing on standard error";
    }

    /// <summary>
    /// The last line of standard error that is not part of a stack trace: the runtime's "Stack overflow." or
    /// "Unhandled exception. System.X: message" comes before thousands of frames.
    /// </summary>
    public static string? TellingLine(IReadOnlyList<string> errorLines) =>
        errorLines.Select(l => l.Trim()).LastOrDefault(l => l.Length > 0 && !IsStackTraceLine(l)) is { } line
            ? line.Length <= 300 ? line : line[..297] + "..."
            : null;

    private static bool IsStackTraceLine(string line) =>
        line.StartsWith("at ", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal) ||
        line.StartsWith("Repeat", StringComparison.Ordinal) ||
        line.StartsWith("...", StringComparison.Ordinal) || line.StartsWith("End of ", StringComparison.Ordinal);

    // .NET reports a process a signal ended as 128 + the signal's number.
    private static string Signal(int exitCode) => OperatingSystem.IsWindows() ? "" : (exitCode - 128) switch
    {
        6 => " (SIGABRT: the runtime aborted)",
        9 => " (SIGKILL: killed, perhaps by the system for want of memory)",
        11 => " (SIGSEGV: a native crash)",
        15 => " (SIGTERM)",
        _ => "",
    };
}
