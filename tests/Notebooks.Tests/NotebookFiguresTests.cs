using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Notebooks.Tests;

/// <summary>
/// The figures drawn for the course (notebooks/figures/*.svg, issue 13): each one shown by a notebook where its idea is taught,
/// every reference resolving, and each file a small, self-contained, accessible SVG that reads the same on a light and a dark page.
/// </summary>
public class NotebookFiguresTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    private static XDocument Load(string svg) =>
        XDocument.Load(Path.Combine(NotebookFigures.Folder, svg), LoadOptions.None);

    [Fact]
    public void Every_svg_in_the_figures_folder_is_shown_by_a_notebook()
    {
        var shown = NotebookFigures.LocalReferences().Select(r => Path.GetFileName(r.Address)).ToHashSet();

        Assert.NotEmpty(NotebookFigures.Svgs());
        Assert.All(NotebookFigures.Svgs(), svg => Assert.True(shown.Contains(svg), $"notebooks/figures/{svg} is shown by no notebook"));
    }

    [Fact]
    public void Every_image_a_notebook_shows_from_a_file_is_a_file_inside_the_notebooks_folder()
    {
        var root = Path.GetFullPath(CourseNotebooks.Options.NotebooksRoot);
        var references = NotebookFigures.LocalReferences();

        Assert.NotEmpty(references);
        foreach (var reference in references)
        {
            var folder = Path.GetDirectoryName(Path.Combine(root, reference.Notebook))!;
            var file = Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(reference.Address)));
            Assert.True(File.Exists(file), $"{reference.Notebook}, cell {reference.CellNumber}: {reference.Address} does not exist ({file})");
            Assert.StartsWith(root + Path.DirectorySeparatorChar, file);
        }
    }

    [Fact]
    public void Figures_are_shown_in_markdown_cells_only_with_a_relative_address_into_figures()
    {
        foreach (var reference in NotebookFigures.LocalReferences())
        {
            Assert.Equal((reference.Notebook, reference.CellNumber, "markdown"), (reference.Notebook, reference.CellNumber, reference.CellType));
            Assert.Matches(@"^figures/[a-z0-9\-]+\.svg$", reference.Address);
        }
    }

    [Fact]
    public void Every_figure_has_alt_text_that_says_what_it_shows_not_its_file_name()
    {
        foreach (var reference in NotebookFigures.LocalReferences())
        {
            var words = reference.Alt.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(words.Length >= 12, $"{reference.Notebook}, cell {reference.CellNumber}: the alt text of {reference.Address} is too short to describe it: \"{reference.Alt}\"");
            Assert.DoesNotContain(".svg", reference.Alt);
            Assert.DoesNotContain(Path.GetFileNameWithoutExtension(reference.Address), reference.Alt);
        }
    }

    [Theory]
    [InlineData("classifier-inputs-outputs.svg", "01_data.ipynb", "## Inputs and outputs of a classifier")]
    [InlineData("course-data-sets.svg", "01_data.ipynb", "## The data: two circles")]
    [InlineData("classification-model-architecture.svg", "02_model.ipynb", "## The architecture of a classifier")]
    [InlineData("training-loop-five-steps.svg", "04_training_loop.ipynb", "## The five steps")]
    [InlineData("linear-vs-non-linear-data.svg", "05_non_linearity.ipynb", "## Linear and non-linear data")]
    [InlineData("confusion-matrix-anatomy.svg", "07_metrics.ipynb", "That table *is* the confusion matrix")]
    public void Each_figure_is_shown_in_the_cell_that_teaches_its_idea(string svg, string notebook, string cellStart)
    {
        var cells = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(CourseNotebooks.Options.NotebooksRoot, notebook)))!["cells"]!.AsArray();
        var cell = cells.Single(c => CourseTests.NotebookJson.JoinedText(c!["source"]).StartsWith(cellStart, StringComparison.Ordinal))!;

        Assert.Contains($"](figures/{svg})", CourseTests.NotebookJson.JoinedText(cell["source"]));
    }

    [Theory]
    [MemberData(nameof(NotebookFigures.SvgsAsTheoryData), MemberType = typeof(NotebookFigures))]
    public void Is_well_formed_svg_with_a_view_box_a_size_a_title_and_a_description(string svg)
    {
        var root = Load(svg).Root!;

        Assert.Equal(Svg + "svg", root.Name);
        var viewBox = ((string?)root.Attribute("viewBox"))?.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        Assert.NotNull(viewBox);
        Assert.Equal([0, 0], viewBox[..2]);
        // A width and height equal to the viewBox give the image a natural size in every front end (an <img> of an SVG without them may be 0 or 300 × 150).
        Assert.Equal(viewBox[2], double.Parse((string)root.Attribute("width")!, CultureInfo.InvariantCulture));
        Assert.Equal(viewBox[3], double.Parse((string)root.Attribute("height")!, CultureInfo.InvariantCulture));
        Assert.Equal("img", (string?)root.Attribute("role"));
        var title = root.Element(Svg + "title");
        var desc = root.Element(Svg + "desc");
        Assert.True(title is not null && title.Value.Trim().Length > 0, $"{svg} has no <title> as a child of <svg>");
        Assert.True(desc is not null && desc.Value.Split(' ').Length >= 20, $"{svg} has no <desc> that describes it in a few sentences");
        Assert.Equal($"{(string?)title.Attribute("id")} {(string?)desc.Attribute("id")}", (string?)root.Attribute("aria-labelledby"));
    }

    [Theory]
    [MemberData(nameof(NotebookFigures.SvgsAsTheoryData), MemberType = typeof(NotebookFigures))]
    public void References_nothing_outside_itself_and_runs_no_script(string svg)
    {
        var document = Load(svg);
        var elements = document.Descendants().ToList();

        Assert.DoesNotContain(elements, e => e.Name.LocalName is "script" or "foreignObject" or "image" or "use" or "a" or "iframe");
        foreach (var attribute in elements.SelectMany(e => e.Attributes()).Where(a => !a.IsNamespaceDeclaration))
        {
            Assert.False(attribute.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{svg}: event handler {attribute.Name}");
            if (attribute.Name.LocalName == "href" || attribute.Name == XLink + "href")
                Assert.StartsWith("#", attribute.Value);
            // url(...) may only point at something inside the file, such as the arrowhead marker.
            foreach (var url in System.Text.RegularExpressions.Regex.Matches(attribute.Value, @"url\(\s*['""]?(?<target>[^)'""]*)").Select(m => m.Groups["target"].Value))
                Assert.StartsWith("#", url);
        }
        var style = string.Concat(document.Descendants(Svg + "style").Select(s => s.Value));
        Assert.DoesNotContain("@import", style);
        Assert.DoesNotContain("url(", style);
        // The only "http" in the file is its namespace.
        var text = File.ReadAllText(Path.Combine(NotebookFigures.Folder, svg));
        Assert.Equal(1, text.Split("http").Length - 1);
    }

    [Theory]
    [MemberData(nameof(NotebookFigures.SvgsAsTheoryData), MemberType = typeof(NotebookFigures))]
    public void Brings_its_own_light_background_so_it_reads_the_same_on_a_dark_page(string svg)
    {
        var root = Load(svg).Root!;
        // The first shape drawn: a rectangle over the whole viewBox, filled with an opaque light colour.
        var first = root.Elements().First(e => e.Name.LocalName is not ("title" or "desc" or "style" or "defs"));
        var size = ((string)root.Attribute("viewBox")!).Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();

        Assert.Equal(Svg + "rect", first.Name);
        Assert.True(double.Parse((string)first.Attribute("width")!, CultureInfo.InvariantCulture) >= size[2] - 1);
        Assert.True(double.Parse((string)first.Attribute("height")!, CultureInfo.InvariantCulture) >= size[3] - 1);
        Assert.Null(first.Attribute("fill-opacity"));
        Assert.Null(first.Attribute("opacity"));
        var fill = (string)first.Attribute("fill")!;
        Assert.Matches("^#[0-9a-fA-F]{6}$", fill);
        Assert.True(RelativeLuminance(fill) > 0.9, $"{svg}'s background {fill} is not light");
        // The figure's text colours (the <style> rules' fills and any fill= on <text>) must read on that background (WCAG AA, 4.5:1).
        var style = string.Concat(root.Descendants(Svg + "style").Select(s => s.Value));
        var textFills = System.Text.RegularExpressions.Regex.Matches(style, @"fill:(?<c>#[0-9a-fA-F]{6})").Select(m => m.Groups["c"].Value)
            .Where(c => !c.Equals("#ffffff", StringComparison.OrdinalIgnoreCase)); // white text sits on the dark cells only
        Assert.All(textFills, c => Assert.True(Contrast(c, fill) >= 4.5, $"{svg}: text colour {c} on {fill} has contrast {Contrast(c, fill):0.0}"));
    }

    [Theory]
    [MemberData(nameof(NotebookFigures.SvgsAsTheoryData), MemberType = typeof(NotebookFigures))]
    public void Is_a_small_file(string svg) =>
        Assert.InRange(new FileInfo(Path.Combine(NotebookFigures.Folder, svg)).Length, 1, 16 * 1024);

    private static double Contrast(string a, string b)
    {
        var (l1, l2) = (RelativeLuminance(a), RelativeLuminance(b));
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }

    // WCAG 2's relative luminance of an sRGB colour.
    private static double RelativeLuminance(string hex)
    {
        double Channel(int at)
        {
            var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }
}
