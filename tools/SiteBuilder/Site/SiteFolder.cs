namespace SiteBuilder.Site;

/// <summary>
/// The folder a site is written to, and the promise that the builder removes only what it wrote there. Every file
/// it writes is listed, as it is written, in <see cref="ManifestName"/>; the next build removes exactly those
/// files (and the folders it made that they leave empty), never through a symbolic link out of the site. A folder with
/// files and no manifest is refused, even one that looks like a site, so <c>--out</c> pointed at a folder of one's own loses nothing.
/// </summary>
public sealed class SiteFolder : IDisposable
{
    /// <summary>The list of what the builder wrote, at the site's root.</summary>
    public const string ManifestName = ".course-site-manifest";

    private const string Header = "# Written by tools/SiteBuilder. The next build deletes exactly these files, then writes the site again.";

    private readonly StreamWriter manifest;
    private readonly HashSet<string> written = new(StringComparer.Ordinal);

    private SiteFolder(string root)
    {
        Root = root;
        manifest = new StreamWriter(Path.Combine(root, ManifestName)) { AutoFlush = true };
        manifest.WriteLine(Header);
    }

    /// <summary>The site's root folder.</summary>
    public string Root { get; }

    /// <summary>The files written so far, relative to <see cref="Root"/> with '/' separators.</summary>
    public IReadOnlyCollection<string> Written => written;

    /// <summary>
    /// Makes <paramref name="root"/> ready for a new build: created if missing; if a previous build wrote it,
    /// what that build wrote is removed; an empty folder is used as it is.
    /// </summary>
    /// <exception cref="IOException">The folder holds files that no build of this site wrote.</exception>
    public static SiteFolder Prepare(string root)
    {
        Directory.CreateDirectory(root);
        var manifestPath = Path.Combine(root, ManifestName);
        // Only a manifest proves what a build wrote: a folder that merely looks like a site (pages linking
        // assets/site.css) may hold a person's own pages, so without one the folder must be empty.
        if (File.Exists(manifestPath))
            RemovePreviousBuild(root, File.ReadAllLines(manifestPath));
        else if (Directory.EnumerateFileSystemEntries(root).Any())
            throw new IOException(
                $"{root} is not empty and no site build wrote it (it has no {ManifestName}), so the builder will not write there: " +
                "it would have to replace or mix with files that are not its own. Choose a new or empty folder with --out, " +
                "or empty this one yourself.");
        return new SiteFolder(root);
    }

    /// <summary>Creates the file at <paramref name="relativePath"/> (folders included) and lists it as written.</summary>
    public Stream Create(string relativePath)
    {
        var path = FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Record(relativePath);
        // A folder of the site that is a symbolic link to elsewhere would have the build write (and the next one delete) there.
        if (!RealPath.IsInside(Root, path))
            throw new IOException(
                $"{relativePath} would be written to {RealPath.Of(path)}, outside the site folder {Root}, through a symbolic link: " +
                "remove the link (the builder writes only inside the site folder).");
        return File.Create(path);
    }

    /// <summary>Writes a text file.</summary>
    public void WriteText(string relativePath, string text)
    {
        using var writer = new StreamWriter(Create(relativePath));
        writer.Write(text);
    }

    /// <summary>Copies a file into the site.</summary>
    public void Copy(string sourcePath, string relativePath)
    {
        using var source = File.OpenRead(sourcePath);
        using var target = Create(relativePath);
        source.CopyTo(target);
    }

    /// <summary>The path of <paramref name="relativePath"/> below the root.</summary>
    public string FullPath(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Closes the manifest; what was written stays listed.</summary>
    public void Dispose() => manifest.Dispose();

    private void Record(string relativePath)
    {
        var normalized = relativePath.Replace('\\', '/');
        if (!IsInside(normalized))
            throw new ArgumentException($"{relativePath} is not a path inside the site.", nameof(relativePath));
        if (written.Add(normalized))
            manifest.WriteLine(normalized);
    }

    private static void RemovePreviousBuild(string root, IEnumerable<string> manifestLines)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in manifestLines.Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            // A hand-edited manifest must not reach outside the site, nor a folder in it that is a link to elsewhere.
            var path = Path.Combine(root, line);
            if (!IsInside(line) || !RealPath.IsInside(root, path))
                continue;
            if (File.Exists(path))
                File.Delete(path);
            for (var folder = Path.GetDirectoryName(line); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
                folders.Add(folder);
        }
        // Deepest first, and only folders the build's files left empty.
        foreach (var folder in folders.OrderByDescending(f => f.Length))
        {
            var path = Path.Combine(root, folder);
            if (Directory.Exists(path) && !Directory.EnumerateFileSystemEntries(path).Any())
                Directory.Delete(path);
        }
        var manifest = Path.Combine(root, ManifestName);
        if (File.Exists(manifest))
            File.Delete(manifest);
    }

    private static bool IsInside(string relativePath) =>
        !Path.IsPathRooted(relativePath) && !relativePath.Split('/', '\\').Contains("..") && relativePath != ManifestName;
}
