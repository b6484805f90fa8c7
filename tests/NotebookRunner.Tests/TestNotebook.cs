using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookRunner.Tests;

/// <summary>Writes small Polyglot notebooks into a temporary folder and runs them through the runner.</summary>
public sealed class TestNotebook : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("runner-test-").FullName;
    public string OutputFolder => Path.Combine(Folder, "executed");
    public StringWriter Log { get; } = new();

    public string Write(string name, params string[] cells) => Write(name, Json(cells));

    /// <summary>Writes <paramref name="notebook"/> (say <see cref="Json"/>'s, changed) as <paramref name="name"/>.</summary>
    public string Write(string name, JsonNode notebook) =>
        WriteText(name, notebook.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

    /// <summary>Writes <paramref name="content"/> as it is, for files that are not notebooks or not well-formed ones.</summary>
    public string WriteText(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>A Polyglot C# notebook with these cells, as VS Code saves one.</summary>
    public static JsonObject Json(params string[] cells) => new()
    {
        ["cells"] = new JsonArray(cells.Select(Cell).ToArray<JsonNode?>()),
        ["metadata"] = new JsonObject
        {
            ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
            ["polyglot_notebook"] = new JsonObject { ["kernelInfo"] = new JsonObject { ["defaultKernelName"] = "csharp" } },
        },
        ["nbformat"] = 4,
        ["nbformat_minor"] = 5,
    };

    /// <summary>A cell starting with "md:" is markdown; anything else is C#.</summary>
    private static JsonNode Cell(string source) => source.StartsWith("md:", StringComparison.Ordinal)
        ? new JsonObject { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = source[3..] }
        : new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } },
            ["outputs"] = new JsonArray(),
            ["source"] = source,
        };

    public Task<NotebookResult> RunAsync(string path, TimeSpan? cellTimeout = null) =>
        new NotebookExecutor(new RunnerOptions(Folder, OutputFolder, cellTimeout ?? TimeSpan.FromMinutes(2)), Log).RunAsync(path);

    public static JsonObject ReadExecuted(NotebookResult result) =>
        JsonNode.Parse(File.ReadAllText(result.ExecutedCopy!))!.AsObject();

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
