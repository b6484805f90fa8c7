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

        // The local tool (dotnet-tools.json) runs from the NuGet package folder.
        if (LocalToolVersion(repositoryRoot) is { } version)
            candidates.AddRange(ToolAssemblyFolders(Path.Combine(packageFolder, PackageId, version)));

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

    /// <summary>The folders holding the tool's own assemblies (tools/TFM/any), each with its FSharp.Core.dll.</summary>
    private static IEnumerable<string> ToolAssemblyFolders(string root) =>
        Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "Microsoft.DotNet.Interactive.App.dll", SearchOption.AllDirectories)
                .Select(Path.GetDirectoryName)
                .Where(dir => File.Exists(Path.Combine(dir!, "FSharp.Core.dll")))
                .Select(dir => dir!)
            : [];

    private static string? LocalToolVersion(string repositoryRoot)
    {
        var manifest = new[] { "dotnet-tools.json", Path.Combine(".config", "dotnet-tools.json") }
            .Select(m => Path.Combine(repositoryRoot, m)).FirstOrDefault(File.Exists);
        return manifest is null ? null : (string?)JsonNode.Parse(File.ReadAllText(manifest))?["tools"]?[PackageId]?["version"];
    }
}
