using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CourseTests;

namespace Site.Tests;

/// <summary>
/// The course notebooks' own text, read straight from notebooks/ (not through the SiteBuilder), so that the
/// browser tests derive what a page must show from the notebooks instead of hard-coding today's wording.
/// </summary>
internal static partial class CourseText
{
    /// <summary>A notebook's markdown and code, cell by cell.</summary>
    public static (IReadOnlyList<string> Markdown, IReadOnlyList<string> Code) Cells(string notebookRelativePath)
    {
        var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(CourseSite.Runner.NotebooksRoot, notebookRelativePath)))!;
        var cells = notebook["cells"]!.AsArray();
        List<string> Of(string kind) =>
            cells.Where(c => (string?)c!["cell_type"] == kind).Select(c => NotebookJson.JoinedText(c!["source"])).ToList();
        return (Of("markdown"), Of("code"));
    }

    /// <summary>The notebook's <c>##</c> headings, as written (markup included).</summary>
    public static IReadOnlyList<string> SecondLevelHeadings(string notebookRelativePath) =>
        Cells(notebookRelativePath).Markdown.SelectMany(m => SecondLevelHeading().Matches(m)).Select(h => h.Groups["text"].Value.Trim()).ToList();

    /// <summary>
    /// Identifiers (8+ letters) that appear in the code of exactly one notebook and in no notebook's prose:
    /// a search for one can only be answered from code.
    /// </summary>
    public static IReadOnlyList<(string Word, string Notebook)> CodeOnlyWords()
    {
        var notebooks = CourseSite.Notebooks();
        var prose = string.Join("\n", notebooks.SelectMany(n => Cells(n).Markdown)).ToLowerInvariant();
        var code = notebooks.ToDictionary(n => n, n => Identifier().Matches(string.Join("\n", Cells(n).Code)).Select(m => m.Value).ToHashSet());
        var counts = code.Values.SelectMany(words => words.Select(w => w.ToLowerInvariant()).Distinct()).CountBy(w => w).ToDictionary();
        return code.SelectMany(kv => kv.Value.Select(w => (Word: w, Notebook: kv.Key)))
            .Where(x => counts[x.Word.ToLowerInvariant()] == 1 && !prose.Contains(x.Word.ToLowerInvariant()))
            .OrderBy(x => x.Notebook, StringComparer.Ordinal).ThenBy(x => x.Word, StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"^##[ \t]+(?<text>[^\n#][^\n]*)$", RegexOptions.Multiline)]
    private static partial Regex SecondLevelHeading();

    [GeneratedRegex(@"\b[A-Za-z][A-Za-z]{7,}\b")]
    private static partial Regex Identifier();
}
