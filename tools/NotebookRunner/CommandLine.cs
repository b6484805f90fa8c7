using System.Globalization;

namespace NotebookRunner;

public sealed class CommandLineException(string message) : Exception(message);

/// <summary>The runner's arguments: notebooks to run (all when none) and options.</summary>
public sealed record CommandLine(IReadOnlyList<string> Notebooks, TimeSpan CellTimeout, bool ShowHelp)
{
    public const string Usage =
        """
        Usage: NotebookRunner [notebook.ipynb ...] [--cell-timeout SECONDS]
          Runs the named notebooks, or every notebook under notebooks/, each in a C# kernel process of
          its own, and writes executed copies to artifacts/executed/. Exits 1 if any notebook fails.
          --cell-timeout SECONDS   stop a cell (and its notebook) that runs longer (default 600)
        """;

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var notebooks = new List<string>();
        var timeout = RunnerOptions.DefaultCellTimeout;
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    return new CommandLine([], timeout, ShowHelp: true);
                case "--cell-timeout":
                    if (i + 1 >= args.Count || !double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
                        throw new CommandLineException("--cell-timeout needs a number of seconds greater than 0.");
                    timeout = TimeSpan.FromSeconds(seconds);
                    i++;
                    break;
                case var option when option.StartsWith('-'):
                    throw new CommandLineException($"Unknown option {option}.");
                default:
                    notebooks.Add(args[i]);
                    break;
            }
        }
        return new CommandLine(notebooks, timeout, ShowHelp: false);
    }
}
