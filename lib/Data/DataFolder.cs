namespace CourseLib.Data;

/// <summary>
/// Finds the repository's <c>data/</c> folder, where the real datasets ship. A notebook runs with its own folder
/// (<c>notebooks/</c>) as the current directory, a tool or test from the repository root or from a build folder
/// below it, so the search walks up from both the current directory and the application's folder.
/// </summary>
internal static class DataFolder
{
    /// <summary>The full path of <paramref name="fileName"/> in <paramref name="dataFolder"/>, or in the first <c>data/</c> folder found that holds it.</summary>
    /// <exception cref="FileNotFoundException">The file is in none of the folders searched.</exception>
    public static string Locate(string fileName, string? dataFolder)
    {
        if (dataFolder is not null)
        {
            var path = Path.GetFullPath(Path.Combine(dataFolder, fileName));
            return File.Exists(path) ? path : throw Missing(fileName, [Path.GetFullPath(dataFolder)]);
        }
        var searched = new List<string>();
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "data");
                if (searched.Contains(candidate)) continue;
                searched.Add(candidate);
                var path = Path.Combine(candidate, fileName);
                if (File.Exists(path)) return path;
            }
        throw Missing(fileName, searched);
    }

    private static FileNotFoundException Missing(string fileName, IReadOnlyList<string> searched) =>
        new($"{fileName} was not found in {string.Join(", ", searched)}. It ships with the course in the repository's " +
            $"data/ folder: restore it with `git checkout -- data/{fileName}`, or pass the folder that holds it as dataFolder.",
            fileName);
}
