using System.Text.Json.Nodes;

namespace NotebookRunner.Tests;

/// <summary>
/// The figures a notebook's markdown shows from files beside it are copied to the same place beside its executed copy,
/// so the copy in artifacts/executed/ shows them as the notebook does; nothing outside the notebooks folder is copied.
/// </summary>
public class FiguresBesideTests : WithTestNotebooks
{
    private RunnerOptions Options => new(Notebooks.Folder, Notebooks.OutputFolder, RunnerOptions.DefaultCellTimeout);

    private string NotebookShowing(string name, string markdown)
    {
        var notebook = TestNotebook.Json();
        notebook["cells"]!.AsArray().Add(new JsonObject
        {
            ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = new JsonArray("# Title\n", markdown),
        });
        return Notebooks.Write(name, notebook);
    }

    [Fact]
    public void A_figure_the_markdown_shows_is_copied_to_the_same_place_beside_the_executed_copy()
    {
        Notebooks.WriteText("figures/loop.svg", "<svg/>");
        Notebooks.WriteText("figures/unused.svg", "<svg/>");
        var notebook = NotebookShowing("04_loop.ipynb", "![The loop](figures/loop.svg) and again ![The loop](figures/loop.svg \"title\")");

        var written = FiguresBeside.Copy(notebook, Options.ExecutedCopyPath(notebook), Options);

        Assert.Equal([Path.Combine(Notebooks.OutputFolder, "figures", "loop.svg")], written);
        Assert.Equal("<svg/>", File.ReadAllText(written[0]));
        Assert.False(File.Exists(Path.Combine(Notebooks.OutputFolder, "figures", "unused.svg")));
        Assert.Empty(Directory.EnumerateFiles(Notebooks.OutputFolder, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Web_images_missing_files_and_files_outside_the_notebooks_folder_are_not_copied()
    {
        var outside = Path.Combine(Path.GetDirectoryName(Notebooks.Folder)!, $"outside-{Guid.NewGuid():N}.svg");
        File.WriteAllText(outside, "<svg/>");
        try
        {
            var notebook = NotebookShowing("01_data.ipynb",
                $"![web](https://example.org/x.png) ![data](data:image/png;base64,AAAA) ![gone](figures/gone.svg) ![out](../{Path.GetFileName(outside)})");

            Assert.Empty(FiguresBeside.Copy(notebook, Options.ExecutedCopyPath(notebook), Options));
            Assert.False(Directory.Exists(Path.Combine(Notebooks.OutputFolder, "figures")));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void The_addresses_are_the_markdown_cells_relative_image_links_without_query_or_fragment()
    {
        var notebook = TestNotebook.Json("Console.WriteLine(\"![not markdown](code.svg)\");");
        notebook["cells"]!.AsArray().Add(new JsonObject { ["cell_type"] = "markdown", ["source"] = "![a](figures/a.svg#top) ![b](<figures/b c.svg>) ![c](/abs.svg)" });

        Assert.Equal(["figures/a.svg", "figures/b c.svg"], FiguresBeside.Addresses(notebook.ToJsonString()));
    }
}
