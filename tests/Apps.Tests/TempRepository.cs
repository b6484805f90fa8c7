using System.Text.Json.Nodes;
using AppGenerator;

namespace Apps.Tests;

/// <summary>A throw-away repository with the real package pins, a lib/CourseLib.csproj and notebooks the test writes.</summary>
public sealed class TempRepository : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "apps-tests-" + Guid.NewGuid().ToString("N"));

    public TempRepository()
    {
        Directory.CreateDirectory(Path.Combine(Root, "notebooks"));
        Directory.CreateDirectory(Path.Combine(Root, "lib"));
        File.Copy(Path.Combine(CourseApps.Root, "Directory.Packages.props"), Path.Combine(Root, "Directory.Packages.props"));
        File.WriteAllText(Path.Combine(Root, "lib", "CourseLib.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />");
    }

    /// <summary>Writes notebooks/{name}.ipynb; cells starting with "md:" are markdown, the others code.</summary>
    public string WriteNotebook(string name, params string[] cells)
    {
        var notebook = new JsonObject
        {
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
            ["metadata"] = new JsonObject(),
            ["cells"] = new JsonArray(cells.Select(cell => (JsonNode)new JsonObject
            {
                ["cell_type"] = cell.StartsWith("md:", StringComparison.Ordinal) ? "markdown" : "code",
                ["metadata"] = new JsonObject(),
                ["source"] = cell.StartsWith("md:", StringComparison.Ordinal) ? cell[3..] : cell,
            }).ToArray()),
        };
        var path = Path.Combine(Root, "notebooks", name + ".ipynb");
        File.WriteAllText(path, notebook.ToJsonString());
        return path;
    }

    /// <summary>The program the generator makes from a notebook of these cells.</summary>
    public string Generate(params string[] cells) =>
        AppWriter.Generate(new AppFolder(Root).ContextFor(WriteNotebook("01_test", cells)));

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
