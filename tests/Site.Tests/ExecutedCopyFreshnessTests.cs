namespace Site.Tests;

public sealed class ExecutedCopyFreshnessTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private static readonly DateTime Noon = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);

    public void Dispose() => _folder.Dispose();

    private string FileAt(string relativePath, DateTime written)
    {
        var path = _folder.Combine(relativePath.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, relativePath);
        File.SetLastWriteTimeUtc(path, written);
        return path;
    }

    private (string Notebook, string Copy, ExecutedCopyFreshness Freshness) Course(DateTime libraryChanged, string libraryFile = "lib/Plots/Chart.cs")
    {
        FileAt(libraryFile, libraryChanged);
        return (FileAt("notebooks/01.ipynb", Noon), FileAt("executed/01.ipynb", Noon.AddMinutes(5)), new ExecutedCopyFreshness(_folder.Combine("lib")));
    }

    [Fact]
    public void A_copy_newer_than_its_notebook_and_the_library_is_current()
    {
        var (notebook, copy, freshness) = Course(libraryChanged: Noon.AddMinutes(-30));
        Assert.True(freshness.IsCurrent(copy, notebook));
    }

    [Theory]
    [InlineData("lib/Plots/Chart.cs")]
    [InlineData("lib/CourseLib.csproj")]
    [InlineData("lib/bin/CourseLib.dll")]
    public void A_library_change_after_the_copy_was_written_makes_it_out_of_date(string libraryFile)
    {
        var (notebook, copy, freshness) = Course(libraryChanged: Noon.AddMinutes(10), libraryFile);
        Assert.False(freshness.IsCurrent(copy, notebook));
    }

    [Fact]
    public void A_notebook_change_after_the_copy_was_written_makes_it_out_of_date()
    {
        var (notebook, copy, freshness) = Course(libraryChanged: Noon.AddMinutes(-30));
        File.SetLastWriteTimeUtc(notebook, Noon.AddMinutes(10));
        Assert.False(freshness.IsCurrent(copy, notebook));
    }

    [Fact]
    public void Build_output_in_lib_obj_is_not_a_library_change()
    {
        var (notebook, copy, freshness) = Course(libraryChanged: Noon.AddMinutes(-30));
        FileAt("lib/obj/Debug/CourseLib.AssemblyInfo.cs", Noon.AddMinutes(10));
        Assert.True(freshness.IsCurrent(copy, notebook));
    }

    [Fact]
    public void A_missing_copy_is_not_current()
    {
        var (notebook, _, freshness) = Course(libraryChanged: Noon.AddMinutes(-30));
        Assert.False(freshness.IsCurrent(_folder.Combine("executed", "02.ipynb"), notebook));
    }
}
