using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>
/// The docs' tables and links agree with the repository they describe: the README's chapter table is
/// notebooks/course.json's chapters in order, the runner's last measured table covers every chapter, and every relative
/// link in the README, CONTRIBUTING and docs/ reaches a file (and a heading, where it names one). Fast tier: nothing runs.
/// </summary>
public partial class DocsTests
{
    private static readonly string Root = Path.GetDirectoryName(CourseNotebooks.Options.NotebooksRoot)!;
    private static IReadOnlyList<string> Chapters => CourseNotebookFiles.In(CourseNotebooks.Options.NotebooksRoot);

    [Fact]
    public void The_readme_chapter_table_lists_exactly_the_chapters_of_course_json_in_order()
    {
        var rows = TableRows(Path.Combine(Root, "README.md"), "| Notebook | What it teaches |").Select(cells => cells[0].Trim('`'));

        Assert.Equal(Chapters.Select(n => Path.ChangeExtension(n, null)), rows);
    }

    [Fact]
    public void The_runner_page_shows_a_measured_run_of_every_chapter_with_its_date_and_machine()
    {
        var page = Path.Combine(Root, "docs", "runner.md");
        var rows = TableRows(page, "| Notebook | Cells | Seconds | Status |").Select(cells => cells[0]).ToList();

        Assert.Equal(Chapters.Select(n => $"notebooks/{n}").Append("**total**"), rows);
        Assert.Matches(@"Finished \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC on .+, \d+ cores", File.ReadAllText(page));
    }

    public static TheoryData<string> Pages() =>
        new(new[] { "README.md", "CONTRIBUTING.md" }.Concat(Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md")
            .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/')).Order(StringComparer.Ordinal)));

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_relative_link_reaches_a_file_and_the_heading_it_names(string page)
    {
        var file = Path.Combine(Root, page);
        var broken = new List<string>();
        foreach (var target in RelativeLinks(File.ReadAllText(file)))
        {
            var (path, anchor) = target.Split('#', 2) is [var p, var a] ? (p, a) : (target, null);
            var reached = path.Length == 0 ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, Uri.UnescapeDataString(path)));
            if (!File.Exists(reached) && !Directory.Exists(reached))
                broken.Add($"{target}: no file {Path.GetRelativePath(Root, reached)}");
            else if (anchor is not null && reached.EndsWith(".md", StringComparison.Ordinal) && !HeadingSlugs(reached).Contains(anchor))
                broken.Add($"{target}: {Path.GetRelativePath(Root, reached)} has no heading #{anchor}");
        }
        Assert.True(broken.Count == 0, $"{page} has links that lead nowhere:\n{string.Join("\n", broken)}");
    }

    // The cells of each row of the markdown table whose header line is exactly `header`, separator row skipped.
    private static IEnumerable<string[]> TableRows(string page, string header)
    {
        var lines = File.ReadAllLines(page);
        int at = Array.IndexOf(lines, header);
        Assert.True(at >= 0, $"{Path.GetRelativePath(Root, page)} has no table headed {header}");
        return lines.Skip(at + 2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => Regex.Split(l.Trim().Trim('|'), @"(?<!\\)\|").Select(c => c.Trim()).ToArray());
    }

    // Markdown link targets outside fenced code and inline code that are not web or mail addresses.
    private static IEnumerable<string> RelativeLinks(string markdown)
    {
        var prose = InlineCode().Replace(FencedCode().Replace(markdown, ""), "");
        return Link().Matches(prose).Select(m => m.Groups["target"].Value)
            .Where(t => !t.Contains("://", StringComparison.Ordinal) && !t.StartsWith("mailto:", StringComparison.Ordinal));
    }

    // GitHub's anchors: a heading lower-cased, punctuation dropped, spaces as hyphens.
    private static HashSet<string> HeadingSlugs(string page) =>
        File.ReadLines(page).Where(l => l.StartsWith('#'))
            .Select(l => Regex.Replace(l.TrimStart('#').Trim().ToLowerInvariant(), @"[^\p{L}\p{N} _-]", "").Replace(' ', '-'))
            .ToHashSet();

    [GeneratedRegex(@"^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"!?\[[^\]]*\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();
}
