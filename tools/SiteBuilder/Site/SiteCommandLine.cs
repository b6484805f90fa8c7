namespace SiteBuilder.Site;

/// <summary>The SiteBuilder command's arguments.</summary>
public static class SiteCommandLine
{
    /// <summary>The help text.</summary>
    public const string Usage = """
        Builds the course website from executed notebooks.
        usage: dotnet run --project tools/SiteBuilder [-- [--executed DIR] [--out DIR]]
          --executed DIR   executed notebooks to read (default: artifacts/executed)
          --out DIR        where to write the site (default: artifacts/site)
        """;

    /// <summary>The options <paramref name="args"/> ask for, starting from <paramref name="defaults"/>; null for --help.</summary>
    /// <exception cref="ArgumentException">An unknown argument or an option without its value.</exception>
    public static SiteOptions? Parse(IReadOnlyList<string> args, SiteOptions defaults)
    {
        var options = defaults;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    return null;
                case "--executed":
                    options = options with { ExecutedRoot = Path.GetFullPath(Value(args, ++i, "--executed")) };
                    break;
                case "--out":
                    options = options with { SiteRoot = Path.GetFullPath(Value(args, ++i, "--out")) };
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'.\n{Usage}");
            }
        }
        return options;
    }

    private static string Value(IReadOnlyList<string> args, int index, string option) =>
        index < args.Count ? args[index] : throw new ArgumentException($"{option} needs a folder.\n{Usage}");
}
