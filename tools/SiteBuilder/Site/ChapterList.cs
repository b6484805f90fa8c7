using SiteBuilder.Notebooks;

namespace SiteBuilder.Site;

/// <summary>The course's chapters in reading order, with each one's neighbours for the previous/next links.</summary>
public sealed class ChapterList
{
    private readonly List<Chapter> chapters;

    /// <summary>Orders the notebooks by path, ordinally: the course's file names start with zero-padded numbers (01_data, 02_model, …).</summary>
    /// <exception cref="InvalidDataException">Two notebooks would become one page (01_a-02_b.ipynb and 01_a/02_b.ipynb): the message names both.</exception>
    public ChapterList(IEnumerable<Notebook> notebooks)
    {
        chapters = notebooks.OrderBy(n => n.RelativePath, StringComparer.Ordinal).Select(Chapter.For).ToList();
        // Page names flatten folders with '-': one would silently overwrite the other, and be listed twice.
        foreach (var same in chapters.GroupBy(c => c.PageName, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            throw new InvalidDataException(
                $"{string.Join(" and ", same.Select(c => c.Notebook.RelativePath))} would both become the page {same.First().PageName}: " +
                "rename one of them (page names join folders with '-', and some file systems ignore case).");
    }

    /// <summary>The chapters in reading order.</summary>
    public IReadOnlyList<Chapter> Chapters => chapters;

    /// <summary>The chapter before <paramref name="chapter"/>, or null for the first.</summary>
    public Chapter? Previous(Chapter chapter) => At(IndexOf(chapter) - 1);

    /// <summary>The chapter after <paramref name="chapter"/>, or null for the last.</summary>
    public Chapter? Next(Chapter chapter) => At(IndexOf(chapter) + 1);

    private int IndexOf(Chapter chapter)
    {
        var index = chapters.IndexOf(chapter);
        return index >= 0 ? index : throw new ArgumentException($"{chapter.PageName} is not one of these chapters.", nameof(chapter));
    }

    private Chapter? At(int index) => index >= 0 && index < chapters.Count ? chapters[index] : null;
}
