namespace SiteBuilder.Site;

/// <summary>
/// A path with every symbolic link along it followed, as the system does when it opens the file: the only safe basis
/// for "is this inside that folder?", since a link anywhere on the way (a <c>figures/</c> folder that links elsewhere,
/// an <c>assets/</c> folder in the output that does) leads out of a folder whose name it keeps.
/// </summary>
public static class RealPath
{
    /// <summary>The real path of <paramref name="path"/>; a part that does not exist yet is kept as written.</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo entry = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (entry.Exists && entry.LinkTarget is not null && entry.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                current = Of(target.FullName); // a link's target may itself lie below links
        }
        return current;
    }

    /// <summary>Whether <paramref name="path"/>, links followed, lies inside <paramref name="folder"/> (links followed too).</summary>
    public static bool IsInside(string folder, string path)
    {
        var relative = Path.GetRelativePath(Of(folder), Of(path));
        // "..", "../x": outside; a name that merely starts with two dots ("..x.svg") is inside.
        var first = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0];
        return relative != "." && first != ".." && !Path.IsPathRooted(relative);
    }
}
