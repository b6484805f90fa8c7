using System.Text.Json.Nodes;
using CourseTests;

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

    [Theory]
    [MemberData(nameof(CourseNotebooks.AllAsTheoryData), MemberType = typeof(CourseNotebooks))]
    public async Task The_executed_copy_keeps_every_cells_id(string notebook)
    {
        var executed = await CourseNotebooks.ExecutedAsync(notebook);
        var committed = JsonNode.Parse(await CourseNotebooks.SourceAsync(notebook))!;

        Assert.Equal(committed.CellIds(), executed.Json.CellIds());
    }
}
