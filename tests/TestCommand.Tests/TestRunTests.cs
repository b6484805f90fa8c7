using TestTiers;

namespace TestCommand.Tests;

/// <summary>The test command adds up dotnet test's per-assembly summaries into the closing line CI reads.</summary>
public class TestRunTests
{
    [Fact]
    public void Adds_up_passed_failed_and_skipped_summaries_of_every_assembly()
    {
        var output = """
            Passed!  - Failed:     0, Passed:    39, Skipped:     0, Total:    39, Duration: 14 s - Apps.Tests.dll (net10.0)
            Failed!  - Failed:     2, Passed:    61, Skipped:     1, Total:    64, Duration: 4 m - NotebookRunner.Tests.dll (net10.0)
            Skipped! - Failed:     0, Passed:     0, Skipped:    72, Total:    72, Duration: 639 ms - Site.Tests.dll (net10.0)
            """;

        var run = TestRun.Parse(output);

        Assert.Equal(new TestRun(100, 2, 73, 3), run);
        Assert.Equal("100 passed, 2 failed, 73 skipped", run.ToString());
    }

    [Fact]
    public void Output_with_no_summary_counts_nothing()
    {
        Assert.Equal(new TestRun(0, 0, 0, 0), TestRun.Parse("error CS1002: ; expected\nBuild FAILED."));
    }
}
