using System.Text.Json.Nodes;

namespace AppGenerator;

/// <summary>One cell of a notebook: its number as the editor shows it (1 = first cell), its kind and its source.</summary>
public sealed record NotebookCell(int Number, bool IsCode, string Source)
{
    /// <summary>The cells of an .ipynb file, in order.</summary>
    public static IReadOnlyList<NotebookCell> Read(string notebookPath)
    {
        var json = JsonNode.Parse(File.ReadAllText(notebookPath))
            ?? throw new InvalidDataException($"{notebookPath} is empty.");
        var cells = json["cells"]?.AsArray()
            ?? throw new InvalidDataException($"{notebookPath} has no \"cells\" array: is it an nbformat 4 notebook?");
        return cells.Select((cell, index) => new NotebookCell(
            index + 1,
            (string?)cell!["cell_type"] == "code",
            JoinedText(cell["source"]).Replace("\r\n", "\n"))).ToList();
    }

    // nbformat allows a string or a list of lines.
    private static string JoinedText(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(line => (string?)line)),
        _ => (string?)node ?? "",
    };
}
