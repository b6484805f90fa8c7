namespace CourseTools;

/// <summary>
/// A command line a tool cannot act on: an unknown option, an option without its value, a value out of range.
/// The tool prints <c>Tool: message.</c> and its usage on standard error and exits with <see cref="ToolCommandLine.BadUsage"/>.
/// An <see cref="ArgumentException"/>, so callers that parse in-process can treat it as any bad argument.
/// </summary>
internal sealed class UsageException(string message) : ArgumentException(message);

/// <summary>
/// The one convention of the course tools' command lines (NotebookRunner, Doctor, SiteBuilder, AppGenerator), linked
/// into each as source like <see cref="RepositoryRoot"/>:
/// <list type="bullet">
/// <item>options are words after <c>--</c>; one that takes a value takes it as the next argument (<c>--out DIR</c>);
/// bare arguments only name what the tool works on (the runner's notebooks);</item>
/// <item><c>-h</c> or <c>--help</c> prints the usage on standard output and exits 0;</item>
/// <item>exit codes: 0 nothing wrong, 1 the tool ran and found a failure, 2 the command line was wrong;</item>
/// <item>a wrong command line is reported on standard error as <c>Tool: unknown option --x.</c> (or what else is
/// wrong), followed by the usage.</item>
/// </list>
/// </summary>
internal static class ToolCommandLine
{
    /// <summary>The exit code of a run that found nothing wrong.</summary>
    public const int Success = 0;

    /// <summary>The exit code of a run that found a failure (a notebook, a check, a stale program, a site that cannot be built).</summary>
    public const int FailureFound = 1;

    /// <summary>The exit code of a command line the tool cannot act on.</summary>
    public const int BadUsage = 2;

    /// <summary>The help option's line in every tool's usage.</summary>
    public const string HelpOption = "  -h, --help               print this help";

    /// <summary>The closing line of every tool's usage, naming what exit code 1 means for that tool.</summary>
    public static string ExitCodes(string failure) => $"Exit codes: 0 ok, 1 {failure}, 2 a wrong command line.";

    /// <summary>Whether <paramref name="argument"/> asks for the usage.</summary>
    public static bool IsHelp(string argument) => argument is "-h" or "--help";

    /// <summary>The error for an option the tool does not know, or a bare argument where the tool takes none.</summary>
    public static UsageException UnknownOption(string argument) =>
        new(argument.StartsWith('-') ? $"unknown option {argument}" : $"unexpected argument {argument} (this tool takes only options)");

    /// <summary>
    /// The value of the option at <paramref name="index"/>, which is moved past it; an option at the end, or followed
    /// by another option, is refused saying it needs <paramref name="what"/>.
    /// </summary>
    public static string ValueOf(IReadOnlyList<string> args, ref int index, string what)
    {
        var option = args[index];
        if (index + 1 >= args.Count || args[index + 1].StartsWith("--", StringComparison.Ordinal))
            throw new UsageException($"{option} needs {what}");
        return args[++index];
    }

    /// <summary>Reports a wrong command line in the one form every tool uses and returns <see cref="BadUsage"/>.</summary>
    public static int Refuse(string tool, UsageException problem, string usage, TextWriter? error = null)
    {
        error ??= Console.Error;
        error.WriteLine($"{tool}: {problem.Message.TrimEnd('.')}.");
        error.WriteLine(usage);
        return BadUsage;
    }
}
