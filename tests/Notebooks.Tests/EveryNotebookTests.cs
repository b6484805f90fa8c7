namespace Notebooks.Tests;

[Trait("Tier", "Full")]
public class EveryNotebookTests
{
    [Theory]
    [MemberData(nameof(CourseNotebooks.AllAsTheoryData), MemberType = typeof(CourseNotebooks))]
    public async Task Runs_top_to_bottom_in_a_fresh_kernel(string notebook)
    {
        var executed = await CourseNotebooks.ExecutedAsync(notebook);
        Assert.DoesNotContain(executed.Outputs, o => (string?)o["output_type"] == "error");
    }
}
