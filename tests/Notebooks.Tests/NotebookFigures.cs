using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CourseTests;

namespace Notebooks.Tests;

/// <summary>An image a notebook's cell shows: <c>![Alt](Address)</c> in the cell's source.</summary>
/// <param name="Notebook">The notebook, relative to notebooks/.</param>
/// <param name="CellNumber">The cell, counting every cell from 1 as the editors show them.</param>
/// <param name="CellType"><c>markdown</c> or <c>code</c>.</param>
/// <param name="Alt">The text alternative.</param>
/// <param name="Address">The address, as written.</param>
public sealed record FigureReference(string Notebook, int CellNumber, string CellType, string Alt, string Address);

/// <summary>The course's figures (notebooks/figures/*.svg) and the images the notebooks show, read from the committed files.</summary>
public static partial class NotebookFigures
{
    /// <summary>The figures folder, beside the notebooks.</summary>
    public static string Folder => Path.Combine(CourseNotebooks.Options.NotebooksRoot, "figures");

    /// <summary>Every SVG in the figures folder, by file name.</summary>
    public static IEnumerable<string> Svgs() =>
        Directory.EnumerateFiles(Folder, "*.svg").Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal);

    public static TheoryData<string> SvgsAsTheoryData() => new(Svgs());

    /// <summary>Every markdown image in every notebook, web images included.</summary>
    public static IReadOnlyList<FigureReference> References() =>
        CourseNotebooks.All().SelectMany(notebook =>
        {
            var cells = JsonNode.Parse(File.ReadAllText(Path.Combine(CourseNotebooks.Options.NotebooksRoot, notebook)))!["cells"]!.AsArray();
            return cells.SelectMany((cell, i) => MarkdownImage().Matches(cell!["source"].JoinedText()).Select(m =>
                new FigureReference(notebook, i + 1, (string)cell["cell_type"]!, m.Groups["alt"].Value, m.Groups["address"].Value)));
        }).ToList();

    /// <summary>The references to files of the course (not http(s) or data: addresses).</summary>
    public static IReadOnlyList<FigureReference> LocalReferences() =>
        References().Where(r => !WebOrData().IsMatch(r.Address)).ToList();

    // ![alt](address) or ![alt](address "title"); the course's alt texts hold no brackets.
    [GeneratedRegex(@"!\[(?<alt>[^\]]*)\]\((?<address>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex MarkdownImage();

    [GeneratedRegex(@"^(?:https?|data):", RegexOptions.IgnoreCase)]
    private static partial Regex WebOrData();
}
