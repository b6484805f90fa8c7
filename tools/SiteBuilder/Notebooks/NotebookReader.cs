using System.Text.Json.Nodes;

namespace SiteBuilder.Notebooks;

/// <summary>Reads an .ipynb file (nbformat 4, as the NotebookRunner writes it) into a <see cref="Notebook"/>.</summary>
public static class NotebookReader
{
    /// <summary>Reads the notebook at <paramref name="path"/>, naming it by <paramref name="relativePath"/>.</summary>
    /// <exception cref="InvalidDataException">The file cannot be read or is not an nbformat notebook; the message names it.</exception>
    public static Notebook Read(string path, string relativePath)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{relativePath} could not be read ({e.Message}).", e);
        }
        return Parse(json, relativePath);
    }

    /// <summary>Parses notebook JSON.</summary>
    /// <exception cref="InvalidDataException">The text is not an nbformat notebook; the message names <paramref name="relativePath"/> and what is wrong.</exception>
    public static Notebook Parse(string json, string relativePath)
    {
        try
        {
            return ParseNotebook(json, relativePath);
        }
        catch (System.Text.Json.JsonException e)
        {
            // A run stopped mid-write, or a hand edit: the position says where to look.
            throw new InvalidDataException($"{relativePath} is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): " +
                                           "re-run it with dotnet run --project tools/NotebookRunner, or delete it.", e);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            // A field of the wrong JSON kind, e.g. a cell that is a number or "cell_type": 3.
            throw new InvalidDataException($"{relativePath} is not an nbformat 4 notebook: {e.Message} " +
                                           "Re-run it with dotnet run --project tools/NotebookRunner, or delete it.", e);
        }
    }

    private static Notebook ParseNotebook(string json, string relativePath)
    {
        var root = JsonNode.Parse(json) as JsonObject
            ?? throw new InvalidDataException($"{relativePath} is not a notebook: its JSON is not an object.");
        var cells = root["cells"] as JsonArray
            ?? throw new InvalidDataException($"{relativePath} is not a notebook: it has no \"cells\" array.");
        var defaultLanguage = (string?)root["metadata"]?["kernelspec"]?["language"] ?? "csharp";
        return new Notebook(relativePath.Replace('\\', '/'),
            cells.Select((c, i) => ReadCell(c as JsonObject ?? throw new InvalidDataException(
                    $"{relativePath} is not a notebook: cell {i + 1} is {(c is null ? "null" : c.GetValueKind().ToString().ToLowerInvariant())}, not an object."), defaultLanguage)).OfType<NotebookCell>().ToList());
    }

    private static NotebookCell? ReadCell(JsonObject cell, string defaultLanguage)
    {
        var source = Text(cell["source"]);
        return (string?)cell["cell_type"] switch
        {
            "markdown" => new MarkdownCell(source),
            "code" => new CodeCell(source, Language(cell, defaultLanguage),
                (cell["outputs"] as JsonArray ?? []).Select(o => ReadOutput(o as JsonObject ?? [])).OfType<CellOutput>().ToList()),
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
