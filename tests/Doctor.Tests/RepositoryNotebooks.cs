using System.Text.Json.Nodes;
using CourseTests;
using NotebookRunner;

namespace Doctor.Tests;

/// <summary>The course's notebooks as files: which there are, and their code cells' sources.</summary>
public static class RepositoryNotebooks
{
    public static readonly RunnerOptions Options = RunnerOptions.ForRepository(AppContext.BaseDirectory);

    public static string Folder => Options.NotebooksRoot;

    public static string RepositoryRoot => Path.GetDirectoryName(Folder)!;

    public static TheoryData<string> All() => new(CourseNotebookFiles.In(Folder));

    public static IEnumerable<string> CodeCells(string notebook) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, notebook)))!["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "code")
            .Select(c => c!["source"].JoinedText());
}
