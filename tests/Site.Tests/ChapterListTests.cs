using SiteBuilder.Notebooks;
using SiteBuilder.Site;

namespace Site.Tests;

public class ChapterListTests
{
    private static Notebook Notebook(string path, string? heading = null) =>
        new(path, heading is null ? [new CodeCell("1", "csharp", [])] : [new MarkdownCell("Intro"), new MarkdownCell($"# {heading}\n\ntext")]);

    [Fact]
    public void Chapters_follow_the_notebooks_numbering()
    {
        var list = new ChapterList([Notebook("03_loss.ipynb"), Notebook("01_data.ipynb"), Notebook("02_model.ipynb")]);

        Assert.Equal(["01_data.html", "02_model.html", "03_loss.html"], list.Chapters.Select(c => c.PageName));
    }

    [Fact]
    public void A_chapter_is_titled_by_the_notebook_s_first_heading_or_else_its_file_name()
    {
        var list = new ChapterList([Notebook("01_data.ipynb", "01 · Data for classification"), Notebook("02_model.ipynb")]);

        Assert.Equal(["01 · Data for classification", "02_model"], list.Chapters.Select(c => c.Title));
    }

    [Fact]
    public void Each_chapter_knows_its_neighbours_and_the_ends_have_none()
    {
        var list = new ChapterList([Notebook("01_a.ipynb"), Notebook("02_b.ipynb"), Notebook("03_c.ipynb")]);
        var (first, middle, last) = (list.Chapters[0], list.Chapters[1], list.Chapters[2]);

        Assert.Null(list.Previous(first));
        Assert.Equal("02_b.html", list.Next(first)!.PageName);
        Assert.Equal(("01_a.html", "03_c.html"), (list.Previous(middle)!.PageName, list.Next(middle)!.PageName));
        Assert.Null(list.Next(last));
    }

    [Fact]
    public void Notebooks_in_subfolders_get_flat_page_names()
    {
        Assert.Equal("part2-06_multiclass.html", Chapter.PageNameFor("part2/06_multiclass.ipynb"));
    }
}
