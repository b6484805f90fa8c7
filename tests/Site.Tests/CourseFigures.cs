using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CourseTests;

namespace Site.Tests;

/// <summary>The figures the course notebooks show in their markdown (<c>![alt](figures/…)</c>), read from the committed notebooks, not through the SiteBuilder.</summary>
public static partial class CourseFigures
{
    /// <summary>The alt text of each figure a notebook's markdown shows from a course file, in order.</summary>
    public static IReadOnlyList<(string Alt, string Address)> ShownBy(string notebook)
    {
        var cells = JsonNode.Parse(File.ReadAllText(Path.Combine(CourseSite.Runner.NotebooksRoot, notebook)))!["cells"]!.AsArray();
        return cells.Where(c => (string?)c!["cell_type"] == "markdown")
            .SelectMany(c => FigureImage().Matches(c!["source"].JoinedText()))
            .Select(m => (m.Groups["alt"].Value, m.Groups["address"].Value)).ToList();
    }

    /// <summary>The course notebooks that show figures, as notebooks/course.json names them (Notebooks.Tests checks the
    /// manifest against the notebooks' markdown).</summary>
    public static IReadOnlyList<string> Notebooks() =>
        CourseNotebookFiles.Chapters(CourseSite.Runner.NotebooksRoot).Where(c => c.Figures.Count > 0).Select(c => c.Notebook).ToList();

    [GeneratedRegex(@"!\[(?<alt>[^\]]+)\]\((?<address>figures/[^)\s]+)\)")]
    private static partial Regex FigureImage();
}
