using System.Text.RegularExpressions;

namespace SiteBuilder.Rendering;

/// <summary>
/// Takes the paths of the machine that ran the notebooks out of what readers see: the NuGet package folder
/// becomes <c>~/.nuget/packages/</c>, a home folder (<c>/home/name/</c>, <c>/root/</c>, <c>/Users/name/</c>,
/// <c>C:\Users\name\</c>) becomes <c>~/</c>, and the repository's own folder becomes a path relative to it.
/// They say nothing to a reader, differ from machine to machine, and name the user who built the site.
/// </summary>
public sealed partial class MachinePaths
{
    private const string PackagesShown = "~/.nuget/packages/";
    private readonly string[] knownPackageFolders;
    private readonly string? repositoryRoot;

    /// <param name="repositoryRoot">The repository's folder, if known: paths inside it are shown relative to it.</param>
    /// <param name="packageFolders">NuGet package folders by exact path (e.g. <c>NUGET_PACKAGES</c>), beyond the usual <c>.nuget/packages</c>.</param>
    public MachinePaths(string? repositoryRoot = null, IEnumerable<string>? packageFolders = null)
    {
        this.repositoryRoot = string.IsNullOrEmpty(repositoryRoot) ? null : WithSeparator(repositoryRoot);
        knownPackageFolders = (packageFolders ?? []).Where(f => !string.IsNullOrWhiteSpace(f)).Select(WithSeparator)
            .OrderByDescending(f => f.Length).ToArray();
    }

    /// <summary>The package folders of this machine: <c>NUGET_PACKAGES</c> if it is set.</summary>
    public static MachinePaths ForThisMachine(string? repositoryRoot) =>
        new(repositoryRoot, [Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? ""]);

    /// <summary><paramref name="text"/> with every machine path shortened as described above.</summary>
    public string Redact(string text)
    {
        foreach (var folder in knownPackageFolders)
            text = text.Replace(folder, PackagesShown, StringComparison.Ordinal);
        text = PackageFolder().Replace(text, PackagesShown);
        if (repositoryRoot is not null)
            text = text.Replace(repositoryRoot, "", StringComparison.Ordinal);
        text = UnixHome().Replace(text, "~/");
        return WindowsHome().Replace(text, @"~\");
    }

    private static string WithSeparator(string folder) =>
        folder.EndsWith('/') || folder.EndsWith('\\') ? folder : folder + (folder.Contains('\\') && !folder.Contains('/') ? '\\' : '/');

    // Any absolute path down to a ".nuget/packages/" folder (Unix or Windows separators).
    [GeneratedRegex(@"(?:\b[A-Za-z]:)?(?<!~)[\\/](?:[^\s""'<>|:;*?\\/]+[\\/])*\.nuget[\\/]packages[\\/]")]
    private static partial Regex PackageFolder();

    // "/home/name/", "/Users/name/" and "/root/", where they start a path (not inside a longer one).
    [GeneratedRegex(@"(?<![\w.~/-])(?:/home/[^\s/""'<>]+|/Users/[^\s/""'<>]+|/root)/")]
    private static partial Regex UnixHome();

    [GeneratedRegex(@"\b[A-Za-z]:\\Users\\[^\s\\""'<>]+\\", RegexOptions.IgnoreCase)]
    private static partial Regex WindowsHome();
}
