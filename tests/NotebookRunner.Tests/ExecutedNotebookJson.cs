using System.Text.Json.Nodes;

namespace NotebookRunner.Tests;

/// <summary>Reading nbformat fields, where text may be one string or a list of lines.</summary>
internal static class ExecutedNotebookJson
{
    public static JsonArray Outputs(this JsonObject notebook, int cellIndex) => notebook["cells"]![cellIndex]!["outputs"]!.AsArray();
}
