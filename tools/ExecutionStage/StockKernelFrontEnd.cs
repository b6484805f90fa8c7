using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using CourseTools;
using Doctor;

namespace ExecutionStage;

/// <summary>
/// The closest headless stand-in for VS Code's Polyglot Notebooks: the stock dotnet-interactive tool pinned in
/// dotnet-tools.json, driven over its stdio protocol cell by cell in the notebook's folder, with the tool's own
/// FSharp.Core 10.0 untouched. It writes artifacts/stock-kernel/NN.json (<see cref="StockKernelRun"/>): each code
/// cell's outcome up to the first that failed, and whether the tool's FSharp.Core was the same before and after.
/// </summary>
public sealed class StockKernelFrontEnd(string repositoryRoot) : IFrontEnd
{
    private static readonly TimeSpan CellTimeout = TimeSpan.FromMinutes(10);
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public string Name => "stock-kernel";

    // Each notebook has a tool process of its own over stdio (no HTTP port).
    public int MaxParallel => 2;

    public string ArtifactPath(string notebook) => Path.Combine(repositoryRoot, "artifacts", "stock-kernel", Path.ChangeExtension(notebook, ".json"));

    public async Task<(bool Succeeded, string Summary)> ExecuteAsync(string notebook, TextWriter log)
    {
        var tool = await ToolAssemblyAsync();
        var fsharpCore = Path.Combine(Path.GetDirectoryName(tool)!, "FSharp.Core.dll");
        var before = SHA256.HashData(File.ReadAllBytes(fsharpCore));
        var notebooks = Path.Combine(repositoryRoot, "notebooks");
        var codeCells = CodeCells(Path.Combine(notebooks, notebook)).ToList(); // read once: run, then counted
        var cells = new List<StockKernelCell>();
        await using (var kernel = StockKernelSession.Start(tool, Path.GetDirectoryName(Path.Combine(notebooks, notebook))!))
        {
            foreach (var code in codeCells)
            {
                var outcome = await kernel.SubmitAsync(code, CellTimeout);
                cells.Add(new StockKernelCell(cells.Count + 1, code.Split('\n')[0], outcome.Succeeded, outcome.StandardOutput, outcome.Error, outcome.UnmatchedUpdates));
                log.WriteLine($"  code cell {cells.Count}: {(outcome.Succeeded ? "ok" : outcome.Error)}");
                if (!outcome.Succeeded) break;
            }
        }
        var run = new StockKernelRun(cells, codeCells.Count,
            AssemblyName.GetAssemblyName(fsharpCore).Version!.ToString(), before.SequenceEqual(SHA256.HashData(File.ReadAllBytes(fsharpCore))));
        var artifact = ArtifactPath(notebook);
        Directory.CreateDirectory(Path.GetDirectoryName(artifact)!);
        await File.WriteAllTextAsync(artifact, JsonSerializer.Serialize(run, Json));
        var failed = cells.FirstOrDefault(c => !c.Succeeded);
        return failed is null
            ? (true, $"{notebook}: passed in the stock kernel ({cells.Count} code cells)")
            : (false, $"{notebook}: failed in the stock kernel at code cell {failed.Number} ({failed.FirstLine}): {failed.Error}");
    }

    /// <summary>The code cells' sources, in order.</summary>
    public static IEnumerable<string> CodeCells(string notebookPath) =>
        JsonNode.Parse(File.ReadAllText(notebookPath))!["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "code")
            .Select(c => c!["source"] switch
            {
                JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
                var text => (string?)text ?? "",
            });

    private async Task<string> ToolAssemblyAsync()
    {
        (await ChildProcess.RunAsync(ChildProcess.Of("dotnet", "tool", "restore") with { WorkingDirectory = repositoryRoot, Timeout = TimeSpan.FromMinutes(5) })).EnsureSucceeded();
        return KernelToolFolders.LocalToolAssembly(repositoryRoot, PackageFolders.NuGetPackages)
            ?? throw new InvalidOperationException("dotnet tool restore ran, but the dotnet-interactive tool was not found");
    }
}
