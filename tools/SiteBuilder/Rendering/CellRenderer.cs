using System.Text;
using SiteBuilder.Notebooks;

namespace SiteBuilder.Rendering;

/// <summary>A stretch of a chapter under one heading, as the search index holds it.</summary>
/// <param name="Anchor">The heading's id on the page ("" for the text before the first heading).</param>
/// <param name="Heading">The heading's text ("" before the first heading).</param>
/// <param name="Prose">The markdown's text under the heading.</param>
/// <param name="Code">The code cells' source under the heading.</param>
public sealed record ChapterSection(string Anchor, string Heading, string Prose, string Code);

/// <summary>A chapter's cells rendered.</summary>
/// <param name="Html">The article's HTML.</param>
/// <param name="Headings">Every heading of its markdown, in order, with its id on the page.</param>
/// <param name="Sections">Its text split at its <c>#</c> and <c>##</c> headings, for the search index.</param>
public sealed record RenderedArticle(string Html, IReadOnlyList<PageHeading> Headings, IReadOnlyList<ChapterSection> Sections);

/// <summary>A notebook's cells to the HTML of a chapter page's article.</summary>
public static partial class CellRenderer
{
    /// <summary>Every cell in order: markdown as prose, code highlighted and followed by its outputs.</summary>
    public static string Render(Notebook notebook) => RenderArticle(notebook, new MachinePaths()).Html;

    /// <summary>Every cell in order, with the page's headings and its text for the search index.</summary>
    /// <param name="notebook">The executed notebook.</param>
    /// <param name="paths">How machine paths in outputs are shown.</param>
    /// <param name="figureAddresses">The site's copy of each figure the markdown shows, by its address in the markdown (see <see cref="MarkdownRenderer.Render"/>).</param>
    public static RenderedArticle RenderArticle(Notebook notebook, MachinePaths paths, IReadOnlyDictionary<string, string>? figureAddresses = null)
    {
        var html = new StringBuilder();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var headings = new List<PageHeading>();
        var sections = new SectionCollector();
        var inSetup = false;
        foreach (var cell in notebook.Cells)
        {
            // The setup cells (and their output) fold under one "Setup" summary: every chapter starts with the same two.
            var isSetup = cell is CodeCell setupCode && IsSetup(setupCode);
            if (isSetup && !inSetup)
                html.AppendLine($"<details class=\"setup\"><summary>Setup: {SetupCellCount(notebook, cell)} cells that load the course library and its packages</summary>");
            else if (!isSetup && inSetup)
                html.AppendLine("</details>");
            inSetup = isSetup;
            switch (cell)
            {
                case MarkdownCell markdown:
                    var rendered = MarkdownRenderer.Render(markdown.Source, ids, figureAddresses);
                    headings.AddRange(rendered.Headings);
                    sections.Add(rendered);
                    html.AppendLine($"<section class=\"markdown-cell\">{WithAnchors(rendered.Html)}</section>");
                    break;
                case CodeCell code:
                    sections.AddCode(code.Source);
                    html.AppendLine(RenderCode(code, paths));
                    break;
            }
        }
        if (inSetup)
            html.AppendLine("</details>");
        return new RenderedArticle(html.ToString(), headings, sections.Sections);
    }

    // Each section heading gets a link to itself, so a reader can pass on the address of a section. Its "#" is drawn
    // by the stylesheet: the heading's text stays the heading's.
    private static string WithAnchors(string html) => HeadingElement().Replace(html, m =>
        $"{m.Groups["open"].Value}{m.Groups["content"].Value}<a class=\"heading-anchor\" href=\"#{m.Groups["id"].Value}\" " +
        $"aria-label=\"Link to this section\"></a></h{m.Groups["level"].Value}>");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<open><h(?<level>[2-4]) id=""(?<id>[^""]+)"">)(?<content>.*?)</h\k<level>>",
        System.Text.RegularExpressions.RegexOptions.Singleline | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HeadingElement();

    /// <summary>The prefix of the course's setup cells ("// Setup 1 of 2: …").</summary>
    public const string SetupPrefix = "// Setup ";

    private static bool IsSetup(CodeCell cell) => cell.Source.StartsWith(SetupPrefix, StringComparison.Ordinal);

    private static int SetupCellCount(Notebook notebook, NotebookCell first) =>
        notebook.Cells.SkipWhile(c => !ReferenceEquals(c, first)).TakeWhile(c => c is CodeCell code && IsSetup(code)).Count();

    private static string RenderCode(CodeCell cell, MachinePaths paths)
    {
        var source = IsCSharp(cell.Language) ? CSharpHighlighter.Highlight(cell.Source) : Html.Escape(cell.Source);
        var html = new StringBuilder()
            .Append("<section class=\"code-cell\">")
            // The button copies the <code> element's text: the cell's source without its outputs (site.js).
            .Append("<button type=\"button\" class=\"copy-code\" aria-label=\"Copy this cell's code\">Copy</button>")
            .Append($"<pre class=\"source\" data-language=\"{Html.Escape(cell.Language)}\" tabindex=\"0\"><code>{source}</code></pre>");
        var outputs = cell.Outputs.Select(o => OutputRenderer.Render(o, paths)).Where(o => o.Length > 0).ToList();
        if (outputs.Count > 0)
            html.Append("<div class=\"outputs\">").AppendJoin("", outputs).Append("</div>");
        return html.Append("</section>").ToString();
    }

    private static bool IsCSharp(string language) =>
        language.Equals("csharp", StringComparison.OrdinalIgnoreCase) || language.Equals("C#", StringComparison.OrdinalIgnoreCase);

    /// <summary>Gathers prose and code into sections that start at each heading of level 1 or 2.</summary>
    private sealed class SectionCollector
    {
        private readonly List<ChapterSection> sections = [];
        private string anchor = "", heading = "";
        private readonly StringBuilder prose = new(), code = new();

        public IReadOnlyList<ChapterSection> Sections
        {
            get
            {
                Flush();
                return sections;
            }
        }

        public void Add(RenderedMarkdown markdown)
        {
            foreach (var block in markdown.Blocks)
            {
                if (block.Heading is { Level: <= 2 } start)
                {
                    Flush();
                    (anchor, heading) = (start.Id, start.Text);
                }
                else
                    prose.AppendLine(block.Text);
            }
        }

        public void AddCode(string source) => code.AppendLine(source);

        private void Flush()
        {
            if (prose.Length > 0 || code.Length > 0 || heading.Length > 0)
                sections.Add(new ChapterSection(anchor, heading, prose.ToString().Trim(), code.ToString().Trim()));
            prose.Clear();
            code.Clear();
            heading = "";
            anchor = "";
        }
    }
}
