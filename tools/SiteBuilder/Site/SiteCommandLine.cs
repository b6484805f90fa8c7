namespace SiteBuilder.Site;

/// <summary>The SiteBuilder command's arguments.</summary>
public static class SiteCommandLine
{
    /// <summary>The help text.</summary>
    public const string Usage = """
        Builds the course website from executed notebooks.
        usage: dotnet run --project tools/SiteBuilder [-- [--executed DIR] [--out DIR] [--notebooks DIR] [--repository URL]]
          --executed DIR    executed notebooks to read (default: artifacts/executed)
          --out DIR         where to write the site (default: artifacts/site); a new or empty folder,
                            or one this builder wrote before (it replaces only what it wrote)
          --notebooks DIR   the course's notebooks without outputs (default: notebooks); only executed
                            notebooks that have one here are published as chapters
          --repository URL  the repository on GitHub, for the "Open in GitHub Codespaces" link
                            (default: the git remote "origin", if it is on GitHub)
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
        string? executed = null, site = null, notebooks = null, repository = null;
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
                case "--notebooks":
                    notebooks = Path.GetFullPath(Value(args, ++i, "--notebooks"));
                    break;
                case "--repository":
                    repository = Value(args, ++i, "--repository", "an address, e.g. https://github.com/owner/repository");
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'.\n{Usage}");
            }
        }
        SiteOptions options;
        if (executed is not null && site is not null)
            options = new SiteOptions(executed, site);
        else
        {
            var defaults = repositoryDefaults();
            options = defaults with { ExecutedRoot = executed ?? defaults.ExecutedRoot, SiteRoot = site ?? defaults.SiteRoot };
        }
        return options with
        {
            NotebooksRoot = notebooks ?? options.NotebooksRoot,
            RepositoryUrl = repository ?? options.RepositoryUrl,
        };
    }

    private static string Value(IReadOnlyList<string> args, int index, string option, string what = "a folder") =>
        index < args.Count ? args[index] : throw new ArgumentException($"{option} needs {what}.\n{Usage}");
}
