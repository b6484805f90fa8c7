using CourseLib.Apps;
using CourseLib.Plots;
using Microsoft.Data.Analysis;
using TorchSharp;

namespace CourseLib.Tests.Apps;

public sealed class ConsoleDisplayTests : IDisposable
{
    private readonly string _launch = Path.Combine(Path.GetTempPath(), "display-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new();

    public ConsoleDisplayTests() => Directory.CreateDirectory(_launch);

    public void Dispose()
    {
        if (Directory.Exists(_launch)) Directory.Delete(_launch, recursive: true);
    }

    private ConsoleDisplay Display(string chartFolder = "charts") =>
        new(_output, Path.Combine(_launch, chartFolder), _launch);

    private string[] Lines => _output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    private static Plotly.NET.GenericChart Chart(string title) =>
        ClassScatter.Plot(new double[,] { { 0, 1 }, { 1, 0 } }, [0, 1], title: title);

    [Fact]
    public void Charts_are_numbered_pages_in_the_chart_folder_named_relative_to_where_the_program_started()
    {
        var display = Display(Path.Combine("artifacts", "apps", "01_data"));

        display.Show(Chart("first"));
        display.Show(Chart("second"));

        var expected = new[] { "chart-1.html", "chart-2.html" }.Select(f => Path.Combine("artifacts", "apps", "01_data", f)).ToArray();
        Assert.Equal(expected.Select(p => $"chart written to {p}"), Lines);
        Assert.Contains("second", File.ReadAllText(Path.Combine(_launch, expected[1])));
        Assert.Equal(expected.Select(p => Path.Combine(_launch, p)), display.ChartsWritten);
    }

    [Fact]
    public void A_chart_folder_outside_the_launch_folder_is_printed_in_full()
    {
        var outside = Path.Combine(Path.GetTempPath(), "outside-" + Guid.NewGuid().ToString("N"));
        try
        {
            new ConsoleDisplay(_output, outside, _launch).Show(Chart("c"));
            Assert.Equal($"chart written to {Path.Combine(outside, "chart-1.html")}", Lines.Single());
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void A_data_frame_prints_as_a_text_table()
    {
        var frame = new DataFrame(new Int32DataFrameColumn("Hidden units", [5, 10]));

        Display().Show(frame);

        Assert.Equal(["Hidden units", "------------", "           5", "          10"], Lines);
    }

    [Fact]
    public void A_column_prints_as_a_one_column_table_and_stays_unchanged()
    {
        var column = new Int64DataFrameColumn("Counts", [500L, 500L]);

        Display().Show(column);

        Assert.Equal(["Counts", "------", "   500", "   500"], Lines);
        Assert.Equal(2, column.Length);
    }

    [Fact]
    public void A_tensor_prints_as_numpy_does_and_text_as_it_is()
    {
        var display = Display();

        display.Show(torch.tensor(new float[] { 1f, 0.5f }));
        display.Show("plain text");

        Assert.Equal(["[1.0000, 0.5000]", "plain text"], Lines);
    }

    [Fact]
    public void Other_values_print_their_text_and_lists_their_items()
    {
        var display = Display();

        display.Show(42);
        display.Show(new[] { 1, 2, 3 });
        display.Show(null);

        Assert.Equal(["42", "[1, 2, 3]", "null"], Lines);
    }

    [Fact]
    public void A_live_chart_is_one_page_rewritten_on_every_update()
    {
        var live = Display().ShowLive(Chart("epoch 0"));
        live.Update(Chart("epoch 50"));
        live.Update(Chart("epoch 99"));

        Assert.Equal($"chart written to {Path.Combine("charts", "chart-1.html")} (rewritten while the program runs)", Lines.Single());
        Assert.Equal(2, live.UpdateCount);
        var page = File.ReadAllText(live.Path);
        Assert.Contains("epoch 99", page);
        Assert.DoesNotContain("epoch 50", page);
    }

    [Fact]
    public void Only_a_chart_can_be_shown_live()
    {
        var e = Assert.Throws<ArgumentException>(() => Display().ShowLive("text"));
        Assert.Contains("Only a chart can be shown live", e.Message);
        Assert.Contains("String", e.Message);
    }

    [Fact]
    public void A_live_chart_draws_its_update_count_on_the_status_line()
    {
        var terminal = new StringWriter();
        var live = Display().ShowLive(Chart("a"), new StatusLine(terminal));

        live.Update(Chart("b"));
        live.Update(Chart("c"));

        Assert.EndsWith("chart-1.html [##..................] 2 updates", terminal.ToString());
    }
}
