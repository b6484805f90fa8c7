namespace NotebookRunner;

/// <summary>
/// <c>#!time</c> at the top of a cell, as the <c>dotnet-interactive</c> tool supports it: the cell runs without
/// that line and its wall-clock time is printed after its output. The kernel library the runner hosts does not
/// know the directive and would reject the cell.
/// </summary>
public static class TimeMagic
{
    /// <summary>The code to submit, and whether its first non-empty line was <c>#!time</c>.</summary>
    public static (string Code, bool Timed) Strip(string contents)
    {
        var lines = contents.Split('\n');
        int first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0 || lines[first].Trim() != "#!time") return (contents, false);
        // An empty line in its place keeps the compiler's line numbers those of the cell.
        lines[first] = "";
        return (string.Join('\n', lines), true);
    }

    /// <summary>The line <c>#!time</c> prints.</summary>
    public static string Report(TimeSpan elapsed) => $"Wall time: {elapsed.TotalMilliseconds:F1} ms{Environment.NewLine}";
}
