using SiteBuilder.Site;
using static Site.Tests.FixtureNotebook;

namespace Site.Tests;

/// <summary>
/// The figures a chapter's markdown shows from files beside the notebooks: the builder copies exactly those into the site,
/// lists them in its manifest, points the pages' &lt;img&gt; at the copies, and refuses a figure that is missing, outside
/// the notebooks folder or without a text alternative, naming the notebook and the address.
/// </summary>
public sealed class SiteFiguresTests : IDisposable
{
    private const string Svg = """<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10" viewBox="0 0 20 10"><title>t</title><desc>d</desc></svg>""";

    private readonly TempFolder folder = new();
    private readonly SiteOptions options;

    public SiteFiguresTests()
    {
        options = new SiteOptions(folder.Combine("executed"), folder.Combine("site")) { NotebooksRoot = folder.Combine("notebooks") };
        AddFigure("figures/loop.svg");
        AddFigure("figures/unused.svg");
        Chapter("01_data.ipynb", "# 01 · Data\n\n![The five steps of the loop](figures/loop.svg)");
        Chapter("02_model.ipynb", "# 02 · Model\n\nNo pictures here.");
    }

    public void Dispose() => folder.Dispose();

    private void AddFigure(string relativePath)
    {
        var path = Path.Combine(options.NotebooksRoot!, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Svg);
    }

    // A chapter is an executed notebook with its clean twin in the notebooks folder.
    private void Chapter(string relativePath, string markdown)
    {
        WriteTo(options.ExecutedRoot, relativePath, Markdown(markdown));
        WriteTo(options.NotebooksRoot!, relativePath, Markdown(markdown));
    }

    private string Page(string name) => File.ReadAllText(Path.Combine(options.SiteRoot, name));

    private string[] Manifest() => File.ReadAllLines(Path.Combine(options.SiteRoot, SiteFolder.ManifestName));

    [Fact]
    public void A_figure_a_chapter_shows_is_copied_into_the_site_and_one_no_chapter_shows_is_not()
    {
        var result = SiteGenerator.Build(options);

        Assert.Equal(["images/figures/loop.svg"], result.Figures);
        Assert.Equal(Svg, File.ReadAllText(Path.Combine(options.SiteRoot, "images", "figures", "loop.svg")));
        Assert.False(File.Exists(Path.Combine(options.SiteRoot, "images", "figures", "unused.svg")));
        Assert.Contains("images/figures/loop.svg", result.Files);
    }

    [Fact]
    public void The_page_shows_the_figure_from_the_site_s_copy_with_its_alt_text_and_the_figure_class()
    {
        SiteGenerator.Build(options);

        Assert.Contains("""<img src="images/figures/loop.svg" class="figure" alt="The five steps of the loop" />""", Page("01_data.html"));
    }

    [Fact]
    public void The_stylesheet_keeps_a_figure_readable_within_its_drawn_width_scrolling_in_its_box_on_a_phone()
    {
        SiteGenerator.Build(options);

        var css = File.ReadAllText(Path.Combine(options.SiteRoot, "assets", "site.css"));
        Assert.Contains(".markdown-cell img.figure { display: block; width: 100%; min-width: 640px; max-width: 760px; height: auto;", css);
        Assert.Contains(".markdown-cell p:has(> img.figure) { overflow-x: auto;", css);
    }

    [Fact]
    public void The_manifest_lists_the_figure_and_a_rebuild_removes_only_what_the_build_wrote()
    {
        SiteGenerator.Build(options);
        Assert.Contains("images/figures/loop.svg", Manifest());
        var own = Path.Combine(options.SiteRoot, "images", "figures", "mine.txt");
        File.WriteAllText(own, "a reader's note");

        // The chapter no longer shows the figure: the rebuild deletes the copy it wrote, and nothing else.
        Chapter("01_data.ipynb", "# 01 · Data\n\nThe picture is gone.");
        var result = SiteGenerator.Build(options);

        Assert.Empty(result.Figures);
        Assert.False(File.Exists(Path.Combine(options.SiteRoot, "images", "figures", "loop.svg")));
        Assert.DoesNotContain("images/figures/loop.svg", Manifest());
        Assert.Equal("a reader's note", File.ReadAllText(own));
    }

    [Fact]
    public void A_figure_two_chapters_show_is_copied_once()
    {
        Chapter("02_model.ipynb", "# 02 · Model\n\n![The loop again](figures/loop.svg) and ![the loop, once more](./figures/loop.svg)");

        var result = SiteGenerator.Build(options);

        Assert.Equal(["images/figures/loop.svg"], result.Figures);
        Assert.Equal(2, Page("02_model.html").Split("src=\"images/figures/loop.svg\"").Length - 1);
    }

    [Fact]
    public void A_chapter_in_a_subfolder_finds_its_figure_beside_it_and_its_page_at_the_root_still_shows_it()
    {
        AddFigure("part2/figures/blobs.svg");
        Chapter("part2/06_blobs.ipynb", "# 06 · Blobs\n\n![Four clouds of points](figures/blobs.svg) ![The loop](../figures/loop.svg)");

        var result = SiteGenerator.Build(options);

        Assert.Equal(["images/figures/loop.svg", "images/part2/figures/blobs.svg"], result.Figures);
        var page = Page("part2-06_blobs.html");
        Assert.Contains("src=\"images/part2/figures/blobs.svg\"", page);
        Assert.Contains("src=\"images/figures/loop.svg\"", page);
        Assert.True(File.Exists(Path.Combine(options.SiteRoot, "images", "part2", "figures", "blobs.svg")));
    }

    [Fact]
    public void An_address_with_escapes_a_query_or_a_fragment_names_the_same_file()
    {
        AddFigure("figures/two words.svg");
        Chapter("02_model.ipynb", "# 02 · Model\n\n![Two words](figures/two%20words.svg?v=2#top)");

        var result = SiteGenerator.Build(options);

        Assert.Contains("images/figures/two words.svg", result.Figures);
    }

    [Fact]
    public void A_file_whose_name_starts_with_two_dots_is_inside_the_notebooks_folder()
    {
        AddFigure("figures/..dotted.svg");
        Chapter("02_model.ipynb", "# 02 · Model\n\n![Dotted](figures/..dotted.svg)");

        var result = SiteGenerator.Build(options);

        Assert.Contains("images/figures/..dotted.svg", result.Figures);
    }

    [Fact]
    public void Images_from_the_web_and_data_images_are_left_as_they_are_and_nothing_is_copied_for_them()
    {
        Chapter("02_model.ipynb", "# 02 · Model\n\n![A web image](https://example.org/x.png) ![A dot](data:image/png;base64,iVBORw0KGgo=)");

        var result = SiteGenerator.Build(options);

        Assert.Equal(["images/figures/loop.svg"], result.Figures);
        var page = Page("02_model.html");
        Assert.Contains("src=\"https://example.org/x.png\"", page);
        Assert.DoesNotContain("class=\"figure\"", page);
    }

    [Theory]
    [Trait("Category", "Adversarial")]
    [InlineData("figures/missing.svg", "02_model.ipynb: the figure \"figures/missing.svg\" is missing: there is no file")]
    [InlineData("../README.svg", "02_model.ipynb: the figure \"../README.svg\" points outside the notebooks folder")]
    [InlineData("figures/../../secret.svg", "02_model.ipynb: the figure \"figures/../../secret.svg\" points outside the notebooks folder")]
    [InlineData("/etc/logo.svg", "02_model.ipynb: the figure \"/etc/logo.svg\" is an absolute path; write it relative to the notebook")]
    [InlineData("//cdn.example.org/logo.svg", "02_model.ipynb: the figure \"//cdn.example.org/logo.svg\" is an absolute path")]
    [InlineData("figures/notes.txt", "02_model.ipynb: the figure \"figures/notes.txt\" is not an image the site shows (.svg, .png")]
    public void A_figure_that_cannot_be_published_fails_the_build_naming_the_notebook_and_the_address(string address, string message)
    {
        File.WriteAllText(folder.Combine("README.svg"), Svg); // exists, but outside the notebooks folder
        File.WriteAllText(Path.Combine(options.NotebooksRoot!, "figures", "notes.txt"), "not an image");
        Chapter("02_model.ipynb", $"# 02 · Model\n\n![A figure]({address})");

        var error = Assert.Throws<InvalidDataException>(() => SiteGenerator.Build(options));

        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    [Trait("Category", "Adversarial")]
    public void A_figure_without_a_text_alternative_fails_the_build()
    {
        Chapter("02_model.ipynb", "# 02 · Model\n\n![](figures/loop.svg)");

        var error = Assert.Throws<InvalidDataException>(() => SiteGenerator.Build(options));

        Assert.StartsWith("02_model.ipynb: the figure \"figures/loop.svg\" has no text alternative", error.Message);
    }

    [Fact]
    [Trait("Category", "Adversarial")]
    public void A_link_inside_the_notebooks_folder_that_leads_out_of_it_fails_the_build()
    {
        var outside = folder.Combine("outside.svg");
        File.WriteAllText(outside, Svg);
        File.CreateSymbolicLink(Path.Combine(options.NotebooksRoot!, "figures", "linked.svg"), outside);
        Chapter("02_model.ipynb", "# 02 · Model\n\n![Linked](figures/linked.svg)");

        var error = Assert.Throws<InvalidDataException>(() => SiteGenerator.Build(options));

        Assert.StartsWith("02_model.ipynb: the figure \"figures/linked.svg\" is a link to ", error.Message);
        Assert.Contains("outside the notebooks folder", error.Message);
    }

    [Fact]
    [Trait("Category", "Adversarial")]
    public void A_missing_figure_leaves_the_previous_site_as_it_was()
    {
        SiteGenerator.Build(options);
        var before = Manifest();
        Chapter("02_model.ipynb", "# 02 · Model\n\n![Gone](figures/gone.svg)");

        Assert.Throws<InvalidDataException>(() => SiteGenerator.Build(options));

        Assert.Equal(before, Manifest());
        Assert.True(File.Exists(Path.Combine(options.SiteRoot, "images", "figures", "loop.svg")));
    }

    [Fact]
    public void Without_a_notebooks_folder_figures_are_looked_up_beside_the_executed_notebooks()
    {
        var executedOnly = options with { NotebooksRoot = null };
        var figure = Path.Combine(executedOnly.ExecutedRoot, "figures", "loop.svg");
        Directory.CreateDirectory(Path.GetDirectoryName(figure)!);
        File.WriteAllText(figure, Svg);

        var result = SiteGenerator.Build(executedOnly);

        Assert.Equal(["images/figures/loop.svg"], result.Figures);
    }
}
