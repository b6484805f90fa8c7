using System.Text.Json.Nodes;
using CourseTests;

namespace Kernels.Tests;

/// <summary>The course's notebooks as files: which there are, and their code cells' sources.</summary>
public static class RepositoryNotebooks
{
    public static string RepositoryRoot => StockKernelTool.RepositoryRoot;

    public static string Folder => Path.Combine(RepositoryRoot, "notebooks");

    public static TheoryData<string> All() => new(CourseNotebookFiles.In(Folder));

    public static IEnumerable<string> CodeCells(string notebook) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, notebook)))!["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "code")
            .Select(c => c!["source"].JoinedText());
}
