using AppGenerator;

namespace Apps.Tests;

/// <summary>The programs in apps/ are what the generator makes from today's notebooks.</summary>
public class AppsAreCurrentTests
{
    [Theory]
    [MemberData(nameof(CourseApps.ChaptersAsTheoryData), MemberType = typeof(CourseApps))]
    public void Each_notebook_has_a_program_generated_from_its_current_text(string chapter)
    {
        var (_, _, isCurrent) = CourseApps.Folder.Check(CourseApps.NotebookPath(chapter));

        Assert.True(isCurrent,
            $"apps/{chapter}.cs is missing or out of date with notebooks/{chapter}.ipynb. The programs are generated: " +
            $"run `{AppWriter.RegenerateCommand}` at the repository root and commit apps/.");
    }

    [Fact]
    public void Every_program_has_a_notebook()
    {
        var orphans = CourseApps.Folder.Orphans().Select(Path.GetFileName).ToList();

        Assert.True(orphans.Count == 0,
            $"apps/ has programs whose notebook is gone: {string.Join(", ", orphans)}. Delete them (the generator never deletes files).");
    }
}
