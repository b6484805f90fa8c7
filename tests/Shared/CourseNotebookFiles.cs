using System.Text.Json.Nodes;

namespace CourseTests;

/// <summary>
/// The course's chapters as notebooks/course.json lists them, in reading order: the one list every test project and the
/// execution stage read (linked as source, like <see cref="NotebookJson"/>). Adding a chapter is its notebook, its test
/// class and one line there; a test fails when the manifest and the .ipynb files in notebooks/ disagree.
/// </summary>
internal static class CourseNotebookFiles
{
    /// <summary>The manifest's file name, in the notebooks folder.</summary>
    public const string ManifestName = "course.json";

    /// <summary>One chapter: its notebook (a path below notebooks/, '/' separators), the figures its markdown shows, and
    /// the chapters it needs run before it (it reads what they save, e.g. a trained model).</summary>
    public sealed record Chapter(string Notebook, IReadOnlyList<string> Figures, IReadOnlyList<string> Needs);

    /// <summary>The chapters of the manifest in <paramref name="notebooksFolder"/>, in reading order.</summary>
    public static IReadOnlyList<Chapter> Chapters(string notebooksFolder)
    {
        var path = Path.Combine(notebooksFolder, ManifestName);
        var manifest = JsonNode.Parse(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path} is empty");
        return (manifest["chapters"]?.AsArray() ?? throw new InvalidDataException($"{path} has no \"chapters\" list"))
            .Select(c => new Chapter(
                (string?)c?["notebook"] ?? throw new InvalidDataException($"{path}: a chapter without \"notebook\""),
                (c?["figures"]?.AsArray() ?? []).Select(f => (string)f!).ToList(),
                (c?["needs"]?.AsArray() ?? []).Select(n => (string)n!).ToList()))
            .ToList();
    }

    /// <summary>The chapters' notebooks, in reading order.</summary>
    public static IReadOnlyList<string> In(string notebooksFolder) => Chapters(notebooksFolder).Select(c => c.Notebook).ToList();

    /// <summary>Every <c>.ipynb</c> in <paramref name="notebooksFolder"/> and below, relative to it, sorted ordinally:
    /// what the manifest must list.</summary>
    public static IReadOnlyList<string> OnDisk(string notebooksFolder) =>
        Directory.EnumerateFiles(notebooksFolder, "*.ipynb", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(notebooksFolder, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
