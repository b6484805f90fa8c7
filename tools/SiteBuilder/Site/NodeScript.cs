using CourseTools;

namespace SiteBuilder.Site;

/// <summary>
/// A Node.js script of the builder's (beside its assembly), given JSON on standard input, answering on standard output:
/// how the search index and the typeset math are made at build time. Where Node.js is missing or the script fails,
/// the message says what it was for and what to install.
/// </summary>
internal static class NodeScript
{
    /// <summary>Runs <paramref name="script"/> with <paramref name="input"/> on its standard input; returns what it printed.</summary>
    /// <param name="script">The script's path.</param>
    /// <param name="input">The JSON it reads from standard input.</param>
    /// <param name="purpose">What the script does, for messages ("Building the search index").</param>
    /// <exception cref="InvalidOperationException">Node.js is missing, or the script failed or ran past its time.</exception>
    public static string Run(string script, string input, string purpose)
    {
        var run = ChildProcess.Run(ChildProcess.Of("node", script) with { StandardInput = input, Timeout = TimeSpan.FromMinutes(5) });
        if (run.ExitCode == -1 && !run.TimedOut)
            throw new InvalidOperationException($"{purpose} needs Node.js, which is not on PATH ({run.StandardError.Trim()}); " +
                                                "install Node.js 18 or newer (Debian: apt-get install nodejs npm).");
        if (!run.Succeeded)
            throw new InvalidOperationException($"{purpose} failed: {run.Describe(10)}");
        return run.StandardOutput;
    }
}
