using System.Text.Json.Nodes;

namespace Doctor;

/// <summary>Where dotnet-interactive tool installs live: the repository's local tool, a global install, VS Code's own.</summary>
public static class KernelToolFolders
{
    private const string PackageId = "microsoft.dotnet-interactive";

    public static IReadOnlyList<string> Find(string repositoryRoot, string packageFolder)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var candidates = new List<string>();

        // The local tool (dotnet-tools.json) runs from the NuGet package folder it was restored to.
        if (LocalToolAssembly(repositoryRoot, packageFolder) is { } local)
            candidates.Add(Path.GetDirectoryName(local)!);

        // A global tool, and the copies VS Code's Polyglot Notebooks extension installs for itself.
        string[] stores =
        [
            Path.Combine(home, ".dotnet", "tools", ".store", PackageId),
            Path.Combine(home, ".vscode-server", "data", "User", "globalStorage", "ms-dotnettools.dotnet-interactive-vscode"),
            Path.Combine(home, ".config", "Code", "User", "globalStorage", "ms-dotnettools.dotnet-interactive-vscode"),
        ];
        foreach (var store in stores.Where(Directory.Exists))
            candidates.AddRange(ToolAssemblyFolders(store));

        return candidates.Distinct().ToList();
    }

    /// <summary>
    /// The app assembly of the local tool that <c>dotnet tool run dotnet-interactive</c> starts: where the SDK's tool
    /// resolver cache says it is (restore puts it in the package folder of the day, which need not be today's
    /// NUGET_PACKAGES), else in <paramref name="packageFolder"/> or ~/.nuget/packages. Null when not restored.
    /// </summary>
    public static string? LocalToolAssembly(string repositoryRoot, string packageFolder)
    {
        if (LocalToolVersion(repositoryRoot) is not { } version) return null;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var resolverCache = Path.Combine(home, ".dotnet", "toolResolverCache", "1", PackageId);
        if (File.Exists(resolverCache) && JsonNode.Parse(File.ReadAllText(resolverCache)) is JsonArray entries)
        {
            var cached = entries.Where(e => (string?)e?["Version"] == version).Select(e => (string?)e?["PathToExecutable"]).FirstOrDefault(File.Exists);
            if (cached is not null) return cached;
        }
        return new[] { packageFolder, Path.Combine(home, ".nuget", "packages") }
            .Select(folder => Path.Combine(folder, PackageId, version))
            .SelectMany(ToolAssemblyFolders)
            .Select(folder => Path.Combine(folder, "Microsoft.DotNet.Interactive.App.dll"))
            .FirstOrDefault();
    }

    /// <summary>The folders holding the tool's own assemblies (tools/TFM/any), each with its FSharp.Core.dll.</summary>
    private static IEnumerable<string> ToolAssemblyFolders(string root) =>
        Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "Microsoft.DotNet.Interactive.App.dll", SearchOption.AllDirectories)
                .Select(Path.GetDirectoryName)
                .Where(dir => File.Exists(Path.Combine(dir!, "FSharp.Core.dll")))
                .Select(dir => dir!)
            : [];

    /// <summary>The dotnet-interactive version the repository's tool manifest pins, or null.</summary>
    public static string? LocalToolVersion(string repositoryRoot)
    {
        var manifest = new[] { "dotnet-tools.json", Path.Combine(".config", "dotnet-tools.json") }
            .Select(m => Path.Combine(repositoryRoot, m)).FirstOrDefault(File.Exists);
        return manifest is null ? null : (string?)JsonNode.Parse(File.ReadAllText(manifest))?["tools"]?[PackageId]?["version"];
    }
}
