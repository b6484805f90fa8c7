using System.Globalization;
using CourseTools;

namespace NotebookRunner;

/// <summary>
/// The runner's arguments: notebooks to run (all when none) and options, read by the course tools' one convention
/// (<see cref="ToolCommandLine"/>). A wrong command line throws <see cref="UsageException"/>.
/// </summary>
public sealed record CommandLine(IReadOnlyList<string> Notebooks, TimeSpan CellTimeout, bool ShowHelp)
{
    /// <summary>The name the runner signs its command-line errors with.</summary>
    public const string Tool = "NotebookRunner";

    public static readonly string Usage =
        $"""
        Usage: dotnet run --project tools/NotebookRunner [-- [NOTEBOOK.ipynb ...] [--cell-timeout SECONDS]]
          Runs the named notebooks, or every notebook under notebooks/, each in a C# kernel process of
          its own, and writes executed copies to artifacts/executed/.
          --cell-timeout SECONDS   stop a cell (and its notebook) that runs longer (default 600)
        {ToolCommandLine.HelpOption}
        {ToolCommandLine.ExitCodes("a notebook failed or could not be run")}
        """;

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var notebooks = new List<string>();
        var timeout = RunnerOptions.DefaultCellTimeout;
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case var help when ToolCommandLine.IsHelp(help):
                    return new CommandLine([], timeout, ShowHelp: true);
                case "--cell-timeout":
                    const string seconds = "a number of seconds greater than 0";
                    if (!double.TryParse(ToolCommandLine.ValueOf(args, ref i, seconds), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0)
                        throw new UsageException($"--cell-timeout needs {seconds}");
                    timeout = TimeSpan.FromSeconds(value);
                    break;
                case var option when option.StartsWith('-'):
                    throw ToolCommandLine.UnknownOption(option);
                default:
                    notebooks.Add(args[i]);
                    break;
            }
        }
        return new CommandLine(notebooks, timeout, ShowHelp: false);
    }
}
