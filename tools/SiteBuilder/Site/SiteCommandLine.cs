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

    /// <summary>The options <paramref name="args"/> ask for; null for --help.</summary>
    /// <param name="args">The command's arguments.</param>
    /// <param name="repositoryDefaults">
    /// The repository's folders, asked for only when an option is left out, so that a command naming both
    /// folders also runs outside the repository.
    /// </param>
    /// <exception cref="ArgumentException">An unknown argument or an option without its value.</exception>
    public static SiteOptions? Parse(IReadOnlyList<string> args, Func<SiteOptions> repositoryDefaults)
    {
        string? executed = null, site = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    return null;
                case "--executed":
                    executed = Path.GetFullPath(Value(args, ++i, "--executed"));
                    break;
                case "--out":
                    site = Path.GetFullPath(Value(args, ++i, "--out"));
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'.\n{Usage}");
            }
        }
        if (executed is not null && site is not null)
            return new SiteOptions(executed, site);
        var defaults = repositoryDefaults();
        return defaults with { ExecutedRoot = executed ?? defaults.ExecutedRoot, SiteRoot = site ?? defaults.SiteRoot };
    }

    private static string Value(IReadOnlyList<string> args, int index, string option) =>
        index < args.Count ? args[index] : throw new ArgumentException($"{option} needs a folder.\n{Usage}");
}
