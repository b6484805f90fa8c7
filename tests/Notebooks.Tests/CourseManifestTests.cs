namespace Notebooks.Tests;

/// <summary>notebooks/course.json, the one list of chapters, agrees with the notebooks as they are.</summary>
public class CourseManifestTests
{
    private static string Folder => CourseNotebooks.Options.NotebooksRoot;

    [Fact]
    public void Lists_every_notebook_in_the_folder_once_in_file_name_order()
    {
        var listed = CourseNotebookFiles.In(Folder);
        var onDisk = CourseNotebookFiles.OnDisk(Folder);

        Assert.True(onDisk.Except(listed).ToList() is [], $"notebooks missing from notebooks/{CourseNotebookFiles.ManifestName} (add a line each): {string.Join(", ", onDisk.Except(listed))}");
        Assert.True(listed.Except(onDisk).ToList() is [], $"notebooks/{CourseNotebookFiles.ManifestName} lists notebooks that do not exist: {string.Join(", ", listed.Except(onDisk))}");
        Assert.Equal(listed.Distinct(), listed);
        Assert.Equal(onDisk, listed); // reading order is file-name order, as the runner, the site and the programs sort them
    }

    [Fact]
    public void Names_for_each_chapter_the_figures_its_markdown_shows_in_order()
    {
        foreach (var chapter in CourseNotebookFiles.Chapters(Folder))
        {
            var shown = NotebookFigures.LocalReferences().Where(r => r.Notebook == chapter.Notebook && r.CellType == "markdown")
                .Select(r => Path.GetFileName(r.Address)).Distinct().ToList();
            Assert.True(shown.SequenceEqual(chapter.Figures),
                $"{chapter.Notebook} shows [{string.Join(", ", shown)}] but notebooks/{CourseNotebookFiles.ManifestName} names [{string.Join(", ", chapter.Figures)}]");
        }
    }
}
