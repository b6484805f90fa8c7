using System.ComponentModel;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SiteBuilder.Site;

/// <summary>The course's repository on GitHub, as owner and name; it makes the "Open in GitHub Codespaces" link.</summary>
public sealed partial record GitHubRepository(string Owner, string Name)
{
    /// <summary>The repository's page.</summary>
    public string Url => $"https://github.com/{Owner}/{Name}";

    /// <summary>A link that creates a codespace from the repository with its dev container (.devcontainer/devcontainer.json).</summary>
    public string CodespacesUrl => $"https://codespaces.new/{Owner}/{Name}?devcontainer_path=.devcontainer/devcontainer.json";

    /// <summary>
    /// The repository an address names: <c>https://github.com/owner/name</c> (optionally <c>.git</c>),
    /// <c>git@github.com:owner/name.git</c> or <c>ssh://git@github.com/owner/name</c>; null for any other address.
    /// </summary>
    public static GitHubRepository? FromUrl(string? url)
    {
        var match = Address().Match(url?.Trim() ?? "");
        return match.Success ? new GitHubRepository(match.Groups["owner"].Value, match.Groups["name"].Value) : null;
    }

    /// <summary>The address of the git remote <c>origin</c> of <paramref name="repositoryRoot"/>, or null if there is none (or no git).</summary>
    public static string? OriginOf(string repositoryRoot)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", ["-C", repositoryRoot, "remote", "get-url", "origin"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0 && output.Trim().Length > 0 ? output.Trim() : null;
        }
        catch (Win32Exception)
        {
            return null; // no git on this machine: the page says no repository is known
        }
    }

    [GeneratedRegex(@"^(?:https://(?:www\.)?github\.com/|git@github\.com:|ssh://git@github\.com/)(?<owner>[A-Za-z0-9-]+)/(?<name>[A-Za-z0-9._-]+?)(?:\.git)?/?$")]
    private static partial Regex Address();
}
