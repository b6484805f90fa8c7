namespace NotebookRunner.Tests;

/// <summary>
/// The runner's closing table, written as markdown with its date and machine to artifacts/executed/summary.md: the docs
/// show it instead of a table copied by hand. Built from results made here, so no notebook runs.
/// </summary>
public sealed class SummaryFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("summary-file-").FullName;

    private static readonly NotebookResult[] Results =
    [
        new("notebooks/01_data.ipynb", NotebookStatus.Passed, 11, 11, TimeSpan.FromSeconds(11.04), "artifacts/executed/01_data.ipynb"),
        new("notebooks/a|b.ipynb", NotebookStatus.Failed, 2, 5, TimeSpan.FromSeconds(3.2), null,
            Failure: new CellFailure(3, "var x = 1;", "boom")),
    ];

    private static readonly DateTimeOffset Finished = new(2026, 12, 7, 3, 50, 0, TimeSpan.FromHours(1));

    [Fact]
    public void The_summary_names_the_date_in_utc_and_the_machine()
    {
        var text = SummaryFile.Format(Results, Finished, "Test CPU, 2 cores, 24 GB");

        Assert.Contains("Finished 2026-12-07 02:50 UTC on Test CPU, 2 cores, 24 GB; 2 notebooks", text);
    }

    [Fact]
    public void Each_notebook_is_a_markdown_row_with_cells_seconds_and_status_and_the_total_ends_the_table()
    {
        var rows = SummaryFile.Format(Results, Finished, "m").Split('\n').Where(l => l.StartsWith('|')).ToList();

        Assert.Equal(
            [
                "| Notebook | Cells | Seconds | Status |",
                "|---|---:|---:|---|",
                "| notebooks/01_data.ipynb | 11/11 | 11.0 | passed |",
                "| notebooks/a\\|b.ipynb | 2/5 | 3.2 | failed |",
                "| **total** | 13/16 | 14.2 | 1 passed, 1 failed |",
            ],
            rows.Select(r => r.TrimEnd('\r')));
    }

    [Fact]
    public void Writing_replaces_the_last_summary_whole_and_leaves_no_temporary_file()
    {
        File.WriteAllText(Path.Combine(_folder, SummaryFile.FileName), "an older run, much longer than the new one ".PadRight(10_000, '.'));

        var path = SummaryFile.Write(_folder, Results[..1], Finished, "m");

        Assert.Equal(Path.Combine(_folder, "summary.md"), path);
        Assert.Equal(SummaryFile.Format(Results[..1], Finished, "m"), File.ReadAllText(path));
        Assert.Equal(["summary.md"], Directory.EnumerateFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
