using CourseTools;

namespace SiteBuilder.Site;

/// <summary>The SiteBuilder command's arguments.</summary>
public static class SiteCommandLine
{
    /// <summary>The name the site builder signs its command-line errors with.</summary>
    public const string Tool = "SiteBuilder";

    /// <summary>The help text.</summary>
    public static readonly string Usage = $"""
        Usage: dotnet run --project tools/SiteBuilder [-- [--executed DIR] [--out DIR] [--notebooks DIR] [--repository URL]]
          Builds the course website from executed notebooks.
          --executed DIR           executed notebooks to read (default: artifacts/executed)
          --out DIR                where to write the site (default: artifacts/site); a new or empty folder,
                                   or one this builder wrote before (it replaces only what it wrote)
          --notebooks DIR          the course's notebooks without outputs (default: notebooks); only executed
                                   notebooks that have one here are published as chapters
          --repository URL         the repository on GitHub, for the "Open in GitHub Codespaces" link
                                   (default: the git remote "origin", if it is on GitHub)
        {ToolCommandLine.HelpOption}
        {ToolCommandLine.ExitCodes("the site could not be built")}
        """;

    /// <summary>The options <paramref name="args"/> ask for; null for --help.</summary>
    /// <param name="args">The command's arguments.</param>
    /// <param name="repositoryDefaults">
    /// The repository's folders, asked for only when an option is left out, so that a command naming both
    /// folders also runs outside the repository.
    /// </param>
    /// <exception cref="ArgumentException">An unknown option or an option without its value (the course tools'
    /// <c>UsageException</c>, which the command reports with <see cref="Usage"/> and exit code 2).</exception>
    public static SiteOptions? Parse(IReadOnlyList<string> args, Func<SiteOptions> repositoryDefaults)
    {
        string? executed = null, site = null, notebooks = null, repository = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case var help when ToolCommandLine.IsHelp(help):
                    return null;
                case "--executed":
                    executed = Path.GetFullPath(ToolCommandLine.ValueOf(args, ref i, "a folder"));
                    break;
                case "--out":
                    site = Path.GetFullPath(ToolCommandLine.ValueOf(args, ref i, "a folder"));
                    break;
                case "--notebooks":
                    notebooks = Path.GetFullPath(ToolCommandLine.ValueOf(args, ref i, "a folder"));
                    break;
                case "--repository":
                    repository = ToolCommandLine.ValueOf(args, ref i, "an address, e.g. https://github.com/owner/repository");
                    break;
                default:
                    throw ToolCommandLine.UnknownOption(args[i]);
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
}
