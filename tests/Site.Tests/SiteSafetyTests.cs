using SiteBuilder.Site;
using static Site.Tests.FixtureNotebook;

namespace Site.Tests;

/// <summary>
/// The builder never deletes or publishes a file it did not make from the course (issue 28): symbolic links that lead
/// out of the notebooks or the site folder, and two notebooks that would become one page. No browser needed.
/// </summary>
[Trait("Category", "Adversarial")]
public sealed class SiteSafetyTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly SiteOptions options;

    public SiteSafetyTests() => options = new SiteOptions(folder.Combine("executed"), folder.Combine("site"));

    public void Dispose() => folder.Dispose();

    private static IEnumerable<string> FilesBelow(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

    [Fact]
    public void A_figures_folder_that_links_elsewhere_publishes_nothing_from_there()
    {
        var elsewhere = Directory.CreateDirectory(folder.Combine("private")).FullName;
        File.WriteAllText(Path.Combine(elsewhere, "secret.svg"), "<svg><!-- not the course's --></svg>");
        Directory.CreateDirectory(options.ExecutedRoot);
        Directory.CreateSymbolicLink(Path.Combine(options.ExecutedRoot, "figures"), elsewhere);
        WriteTo(options.ExecutedRoot, "01_text.ipynb", Markdown("# 01 · Text\n\n![a figure](figures/secret.svg)"));

        var error = Assert.Throws<InvalidDataException>(() => SiteGenerator.Build(options));

        Assert.StartsWith("01_text.ipynb: the figure \"figures/secret.svg\" is a link to ", error.Message);
        Assert.Contains("private/secret.svg", error.Message);
        Assert.Contains("outside the notebooks folder", error.Message);
        Assert.False(Directory.Exists(options.SiteRoot) && FilesBelow(options.SiteRoot).Any(f => f.EndsWith("secret.svg")));
    }

    [Fact]
    public void A_figure_inside_the_notebooks_folder_through_an_inner_link_is_still_published()
    {
        var real = Directory.CreateDirectory(folder.Combine("executed", "drawings")).FullName;
        File.WriteAllText(Path.Combine(real, "ok.svg"), "<svg/>");
        Directory.CreateSymbolicLink(Path.Combine(options.ExecutedRoot, "figures"), real);
        WriteTo(options.ExecutedRoot, "01_text.ipynb", Markdown("# 01 · Text\n\n![a figure](figures/ok.svg)"));

        var result = SiteGenerator.Build(options);

        Assert.Equal(["images/figures/ok.svg"], result.Figures);
    }

    [Fact]
    public void Two_notebooks_that_would_become_one_page_fail_the_build_naming_both()
    {
        WriteTo(options.ExecutedRoot, "01_a-02_b.ipynb", Markdown("# 01 · Flat"));
        WriteTo(options.ExecutedRoot, Path.Combine("01_a", "02_b.ipynb"), Markdown("# 02 · Nested"));

        var error = Assert.Throws<InvalidDataException>(() => SiteGenerator.Build(options));

        Assert.Contains("01_a-02_b.ipynb and 01_a/02_b.ipynb would both become the page 01_a-02_b.html", error.Message);
        Assert.False(Directory.Exists(options.SiteRoot));
    }

    [Fact]
    public void A_site_folder_whose_assets_link_elsewhere_neither_deletes_nor_writes_there()
    {
        WriteTo(options.ExecutedRoot, "01_text.ipynb", Markdown("# 01 · Text"));
        SiteGenerator.Build(options);
        // Someone replaces the site's assets/ with a link to a folder of their own that has a site.css too.
        var theirs = Directory.CreateDirectory(folder.Combine("their-assets")).FullName;
        File.WriteAllText(Path.Combine(theirs, "site.css"), "theirs");
        Directory.Delete(Path.Combine(options.SiteRoot, "assets"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(options.SiteRoot, "assets"), theirs);

        var error = Assert.Throws<IOException>(() => SiteGenerator.Build(options));

        Assert.Contains("through a symbolic link", error.Message);
        Assert.Equal("theirs", File.ReadAllText(Path.Combine(theirs, "site.css")));
        Assert.Equal(["site.css"], FilesBelow(theirs));
    }
}
