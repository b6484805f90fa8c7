using SiteBuilder.Site;
using static Site.Tests.FixtureNotebook;

namespace Site.Tests;

/// <summary>The builder removes only what it wrote: a manifest of its files, and a refusal of folders it did not write.</summary>
[Trait("Category", "Adversarial")] // issue 15: bad input and hostile payloads against the site builder
public sealed class SiteFolderTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly SiteOptions options;

    public SiteFolderTests()
    {
        options = new SiteOptions(folder.Combine("executed"), folder.Combine("site"));
        WriteTo(options.ExecutedRoot, "01_text.ipynb", Markdown("# 01 · Text"), Code("1", Stream("1\n")));
    }

    public void Dispose() => folder.Dispose();

    private static IEnumerable<string> FilesBelow(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

    [Fact]
    public void A_folder_of_one_s_own_is_refused_and_left_exactly_as_it_was()
    {
        var own = folder.Combine("my-notes");
        Directory.CreateDirectory(Path.Combine(own, "assets"));
        File.WriteAllText(Path.Combine(own, "todo.html"), "<p>mine</p>");
        File.WriteAllText(Path.Combine(own, "assets", "logo.svg"), "<svg/>");

        var error = Assert.Throws<IOException>(() => SiteGenerator.Build(options with { SiteRoot = own }));

        Assert.Contains($"{own} is not empty and no site build wrote it", error.Message);
        Assert.Contains("--out", error.Message);
        Assert.Equal(["assets/logo.svg", "todo.html"], FilesBelow(own));
        Assert.Equal("<p>mine</p>", File.ReadAllText(Path.Combine(own, "todo.html")));
    }

    [Fact]
    public void The_manifest_lists_every_file_the_build_wrote()
    {
        var result = SiteGenerator.Build(options);

        var listed = File.ReadAllLines(Path.Combine(options.SiteRoot, SiteFolder.ManifestName)).Where(l => !l.StartsWith('#')).Order(StringComparer.Ordinal);
        Assert.Equal(FilesBelow(options.SiteRoot).Where(f => f != SiteFolder.ManifestName), listed);
        Assert.Equal(listed, result.Files.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_rebuild_keeps_files_a_person_added_to_the_site()
    {
        SiteGenerator.Build(options);
        File.WriteAllText(Path.Combine(options.SiteRoot, "notes.html"), "mine");
        File.WriteAllText(Path.Combine(options.SiteRoot, "assets", "extra.css"), "mine");

        SiteGenerator.Build(options);

        Assert.Equal("mine", File.ReadAllText(Path.Combine(options.SiteRoot, "notes.html")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(options.SiteRoot, "assets", "extra.css")));
        Assert.True(File.Exists(Path.Combine(options.SiteRoot, "01_text.html")));
    }

    [Fact]
    public void A_manifest_that_names_a_file_outside_the_site_cannot_delete_it()
    {
        SiteGenerator.Build(options);
        var outside = folder.Combine("precious.txt");
        File.WriteAllText(outside, "keep");
        File.AppendAllLines(Path.Combine(options.SiteRoot, SiteFolder.ManifestName), ["../precious.txt", outside]);

        SiteGenerator.Build(options);

        Assert.Equal("keep", File.ReadAllText(outside));
    }

    [Fact]
    public void A_folder_that_merely_looks_like_a_site_without_a_manifest_is_refused_and_left_as_it_was()
    {
        // Pages linking assets/site.css may be a person's own (issue 28): only a manifest proves a build wrote them.
        var site = options.SiteRoot;
        Directory.CreateDirectory(Path.Combine(site, "assets"));
        File.WriteAllText(Path.Combine(site, "index.html"), "<link rel=\"stylesheet\" href=\"assets/site.css\">");
        File.WriteAllText(Path.Combine(site, "99_mine.html"), "<link rel=\"stylesheet\" href=\"assets/site.css\">");
        File.WriteAllText(Path.Combine(site, "assets", "site.css"), "old");
        File.WriteAllText(Path.Combine(site, "assets", $"plotly-2.28.0.min.js"), "old");

        var error = Assert.Throws<IOException>(() => SiteGenerator.Build(options));

        Assert.Contains("no site build wrote it", error.Message);
        Assert.Equal(["99_mine.html", "assets/plotly-2.28.0.min.js", "assets/site.css", "index.html"], FilesBelow(site));
        Assert.Equal("old", File.ReadAllText(Path.Combine(site, "assets", "site.css")));
    }

    [Fact]
    public void A_damaged_notebook_fails_the_build_naming_it_and_leaves_the_previous_site()
    {
        SiteGenerator.Build(options);
        var before = FilesBelow(options.SiteRoot).ToList();
        File.WriteAllText(Path.Combine(options.ExecutedRoot, "02_broken.ipynb"), "{\"cells\": [ {\"cell_type\": \"code\", \"sour");

        var error = Assert.Throws<InvalidDataException>(() => SiteGenerator.Build(options));

        Assert.StartsWith("02_broken.ipynb is not valid JSON (line 1, ", error.Message);
        Assert.Equal(before, FilesBelow(options.SiteRoot));
    }
}
