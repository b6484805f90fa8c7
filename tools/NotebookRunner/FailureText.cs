using System.Reflection;
using Microsoft.DotNet.Interactive.Events;

namespace NotebookRunner;

/// <summary>Short, human-sized descriptions of why a cell failed: the cause, not the kernel's internals.</summary>
public static class FailureText
{
    public static (string Name, string Message) Describe(CommandFailed failed)
    {
        if (failed.Exception is null)
            return ("Error", failed.Message.Trim());
        var cause = RootCause(failed.Exception);
        return (cause.GetType().Name, cause.Message.Trim());
    }

    public static string[] Traceback(CommandFailed failed) =>
        failed.Exception is null ? [] : RootCause(failed.Exception).ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    public static string Timeout(TimeSpan timeout) =>
        $"The cell did not finish within {timeout.TotalSeconds:0} s. Raise the limit with --cell-timeout SECONDS if it needs longer.";

    /// <summary>Wrappers such as TypeInitializationException say nothing; what they wrap does.</summary>
    public static Exception RootCause(Exception exception)
    {
        while (exception is TypeInitializationException or TargetInvocationException or AggregateException { InnerExceptions.Count: 1 }
               && exception.InnerException is not null)
            exception = exception.InnerException;
        return exception;
    }

    /// <summary>The first non-empty line of a cell, shortened for a report.</summary>
    public static string FirstLine(string code)
    {
        var line = code.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        return line.Length <= 60 ? line : line[..57] + "...";
    }
}
