using System.Text.Json.Nodes;

namespace Site.Tests;

/// <summary>Small executed notebooks for unit tests, in the nbformat 4 shape the NotebookRunner writes.</summary>
internal static class FixtureNotebook
{
    public static string Json(params JsonObject[] cells) => new JsonObject
    {
        ["cells"] = new JsonArray(cells.Select(JsonNode (c) => c).ToArray()),
        ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["language"] = "C#" } },
        ["nbformat"] = 4,
        ["nbformat_minor"] = 4,
    }.ToJsonString();

    public static JsonObject Markdown(string source) => new()
    {
        ["cell_type"] = "markdown",
        ["metadata"] = new JsonObject(),
        ["source"] = Lines(source),
    };

    public static JsonObject Code(string source, params JsonObject[] outputs) => new()
    {
        ["cell_type"] = "code",
        ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } },
        ["source"] = Lines(source),
        ["outputs"] = new JsonArray(outputs.Select(JsonNode (o) => o).ToArray()),
    };

    public static JsonObject Stream(string text, string name = "stdout") => new()
    {
        ["output_type"] = "stream",
        ["name"] = name,
        ["text"] = Lines(text),
    };

    public static JsonObject Display(string mimeType, string content) => new()
    {
        ["output_type"] = "display_data",
        ["data"] = new JsonObject { [mimeType] = Lines(content) },
        ["metadata"] = new JsonObject(),
    };

    public static JsonObject Error(string name, string value, params string[] traceback) => new()
    {
        ["output_type"] = "error",
        ["ename"] = name,
        ["evalue"] = value,
        ["traceback"] = new JsonArray(traceback.Select(JsonNode (t) => JsonValue.Create(t)!).ToArray()),
    };

    /// <summary>Writes a notebook file below <paramref name="folder"/> and returns its path.</summary>
    public static string WriteTo(string folder, string relativePath, params JsonObject[] cells)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Json(cells));
        return path;
    }

    // nbformat keeps text as an array of lines, each but the last ending in "\n".
    private static JsonArray Lines(string text)
    {
        var lines = text.Split('\n');
        return new(lines.Select((line, i) => i < lines.Length - 1 ? line + "\n" : line)
            .Where(line => line != "")
            .Select(line => (JsonNode)JsonValue.Create(line)!)
            .ToArray());
    }
}
