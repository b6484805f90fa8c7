namespace CourseTools;

/// <summary>
/// The repository's root folder, the one holding Directory.Packages.props. Shared by the runner, the doctor
/// and the site builder as a linked source file, since none of them depends on another.
/// </summary>
internal static class RepositoryRoot
{
    private const string Marker = "Directory.Packages.props";

    /// <summary>The nearest folder at or above <paramref name="startFolder"/> holding Directory.Packages.props, or null.</summary>
    public static string? TryFind(string startFolder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(startFolder)); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, Marker)))
                return dir.FullName;
        return null;
    }

    /// <summary>The nearest folder at or above <paramref name="startFolder"/> holding Directory.Packages.props.</summary>
    public static string Find(string startFolder) =>
        TryFind(startFolder) ?? throw new DirectoryNotFoundException(
            $"No repository root (a folder with {Marker}) at or above {startFolder}.");
}
