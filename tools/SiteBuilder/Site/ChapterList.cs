using SiteBuilder.Notebooks;

namespace SiteBuilder.Site;

/// <summary>The course's chapters in reading order, with each one's neighbours for the previous/next links.</summary>
public sealed class ChapterList
{
    /// <summary>The chapters, ordered by notebook path (the notebooks are numbered: 01_data, 02_model, …).</summary>
    public IReadOnlyList<Chapter> Chapters { get; }

    /// <summary>Orders the notebooks by path (ordinal, so "10_x" sorts after "09_x" only if numbers are zero-padded, as the course's are).</summary>
    public ChapterList(IEnumerable<Notebook> notebooks) =>
        Chapters = notebooks.OrderBy(n => n.RelativePath, StringComparer.Ordinal).Select(Chapter.For).ToList();

    /// <summary>The chapter before <paramref name="chapter"/>, or null for the first.</summary>
    public Chapter? Previous(Chapter chapter) => At(IndexOf(chapter) - 1);

    /// <summary>The chapter after <paramref name="chapter"/>, or null for the last.</summary>
    public Chapter? Next(Chapter chapter) => At(IndexOf(chapter) + 1);

    private int IndexOf(Chapter chapter)
    {
        var index = Chapters.ToList().IndexOf(chapter);
        return index >= 0 ? index : throw new ArgumentException($"{chapter.PageName} is not one of these chapters.", nameof(chapter));
    }

    private Chapter? At(int index) => index >= 0 && index < Chapters.Count ? Chapters[index] : null;
}
