using System.Text.Json.Nodes;

namespace CourseTests;

/// <summary>Reading nbformat-4 notebook JSON in the tests; linked into each test project that reads notebooks.</summary>
internal static class NotebookJson
{
    /// <summary>
    /// The text of a multi-line string field (a cell's source, a stream's text, a MIME bundle's value), which
    /// nbformat stores either as one string or as a list of lines; "" when the field is absent.
    /// </summary>
    public static string JoinedText(this JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        _ => (string?)node ?? "",
    };

    /// <summary>Each cell's <c>id</c> in order (nbformat 4.5), null for a cell that has none.</summary>
    public static IReadOnlyList<string?> CellIds(this JsonNode notebook) =>
        [.. notebook["cells"]!.AsArray().Select(c => (string?)c!["id"])];
}
