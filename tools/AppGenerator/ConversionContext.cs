using System.Xml.Linq;

namespace AppGenerator;

/// <summary>Where one notebook is converted: the repository's folders and the package versions it pins.</summary>
/// <param name="RepositoryRoot">The folder holding Directory.Packages.props.</param>
/// <param name="NotebookPath">The notebook's full path.</param>
/// <param name="PinnedVersions">Package name → version, from Directory.Packages.props.</param>
public sealed record ConversionContext(string RepositoryRoot, string NotebookPath, IReadOnlyDictionary<string, string> PinnedVersions)
{
    /// <summary>The folder the programs are written to.</summary>
    public string AppsFolder => Path.Combine(RepositoryRoot, "apps");

    /// <summary>The chapter's name: the notebook's file name without .ipynb (01_data).</summary>
    public string ChapterName => Path.GetFileNameWithoutExtension(NotebookPath);

    /// <summary>The notebook as the repository names it (notebooks/01_data.ipynb).</summary>
    public string NotebookName => Slashed(Path.GetRelativePath(RepositoryRoot, NotebookPath));

    /// <summary>The program's path.</summary>
    public string AppPath => Path.Combine(AppsFolder, ChapterName + ".cs");

    /// <summary>The program's chart folder, relative to the program's folder.</summary>
    public string ChartFolderFromApp => Slashed(Path.GetRelativePath(AppsFolder, Path.Combine(RepositoryRoot, "artifacts", "apps", ChapterName)));

    /// <summary>The versions Directory.Packages.props pins.</summary>
    public static IReadOnlyDictionary<string, string> ReadPinnedVersions(string repositoryRoot) =>
        XDocument.Load(Path.Combine(repositoryRoot, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The project that builds the assembly a notebook loads by path (<c>#r "../lib/bin/CourseLib.dll"</c>): the
    /// nearest <c>CourseLib.csproj</c> at or above the assembly's folder, relative to the program's folder.
    /// </summary>
    public string ProjectFor(string assemblyPath, string where)
    {
        var assembly = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(NotebookPath)!, assemblyPath));
        var projectName = Path.GetFileNameWithoutExtension(assembly) + ".csproj";
        for (var folder = new DirectoryInfo(Path.GetDirectoryName(assembly)!); folder is not null && folder.FullName.StartsWith(RepositoryRoot, StringComparison.Ordinal); folder = folder.Parent)
        {
            var project = Path.Combine(folder.FullName, projectName);
            if (File.Exists(project))
                return Slashed(Path.GetRelativePath(AppsFolder, project));
        }
        throw new ConversionException(where, $"`#r \"{assemblyPath}\"` loads an assembly no {projectName} in the repository builds " +
            "(looked in its folder and the folders above it); a program needs the project, as `#:project`.");
    }

    private static string Slashed(string path) => path.Replace('\\', '/');
}
