using System.Text.Json.Nodes;

namespace SiteBuilder.Notebooks;

/// <summary>Reads an .ipynb file (nbformat 4, as the NotebookRunner writes it) into a <see cref="Notebook"/>.</summary>
public static class NotebookReader
{
    /// <summary>Reads the notebook at <paramref name="path"/>, naming it by <paramref name="relativePath"/>.</summary>
    public static Notebook Read(string path, string relativePath) =>
        Parse(File.ReadAllText(path), relativePath);

    /// <summary>Parses notebook JSON.</summary>
    /// <exception cref="InvalidDataException">The text is not an nbformat notebook.</exception>
    public static Notebook Parse(string json, string relativePath)
    {
        var root = JsonNode.Parse(json) as JsonObject
            ?? throw new InvalidDataException($"{relativePath} is not a notebook: its JSON is not an object.");
        var cells = root["cells"] as JsonArray
            ?? throw new InvalidDataException($"{relativePath} is not a notebook: it has no \"cells\" array.");
        var defaultLanguage = (string?)root["metadata"]?["kernelspec"]?["language"] ?? "csharp";
        return new Notebook(relativePath.Replace('\\', '/'),
            cells.Select(c => ReadCell(c!.AsObject(), defaultLanguage)).OfType<NotebookCell>().ToList());
    }

    private static NotebookCell? ReadCell(JsonObject cell, string defaultLanguage)
    {
        var source = Text(cell["source"]);
        return (string?)cell["cell_type"] switch
        {
            "markdown" => new MarkdownCell(source),
            "code" => new CodeCell(source, Language(cell, defaultLanguage),
                (cell["outputs"] as JsonArray ?? []).Select(o => ReadOutput(o!.AsObject())).OfType<CellOutput>().ToList()),
            _ => null, // raw cells are not part of the course's text
        };
    }

    // Polyglot notebooks name each cell's kernel; older ones only the language.
    private static string Language(JsonObject cell, string defaultLanguage) =>
        (string?)cell["metadata"]?["polyglot_notebook"]?["kernelName"]
        ?? (string?)cell["metadata"]?["dotnet_interactive"]?["language"]
        ?? defaultLanguage;

    private static CellOutput? ReadOutput(JsonObject output) => (string?)output["output_type"] switch
    {
        "stream" => new StreamOutput((string?)output["name"] ?? "stdout", Text(output["text"])),
        "error" => new ErrorOutput((string?)output["ename"] ?? "Error", (string?)output["evalue"] ?? "",
            (output["traceback"] as JsonArray ?? []).Select(line => (string?)line ?? "").ToList()),
        "display_data" or "execute_result" => new RichOutput(
            (output["data"] as JsonObject ?? []).ToDictionary(kv => kv.Key, kv => Text(kv.Value))),
        _ => null,
    };

    /// <summary>nbformat stores multi-line text either as one string or as an array of lines.</summary>
    private static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(), // e.g. application/json data kept as JSON text
    };
}
