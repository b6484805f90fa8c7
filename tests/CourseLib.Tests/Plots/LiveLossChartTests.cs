using CourseLib.Plots;
using Plotly.NET;

namespace CourseLib.Tests.Plots;

public class LiveLossChartTests
{
    /// <summary>Stands in for a notebook: remembers what was displayed and every update of it.</summary>
    private sealed class FakeDisplay
    {
        public List<object> Shown { get; } = [];
        public List<object> Updates { get; } = [];

        public Action<object> Show(object value)
        {
            Shown.Add(value);
            return Updates.Add;
        }

        public ChartJson Last => ChartJson.Of((GenericChart)(Updates.Count > 0 ? Updates[^1] : Shown[^1]));
    }

    [Fact]
    public void It_is_shown_once_empty_then_updated_in_place_every_k_epochs()
    {
        var display = new FakeDisplay();
        var live = new LiveLossChart(display.Show, renderEvery: 10);

        Assert.Single(display.Shown);
        Assert.Empty(ChartJson.Of((GenericChart)display.Shown[0]).TracesOfType("scatter")[0].GetProperty("x").Doubles());
        for (int epoch = 0; epoch < 25; epoch++)
            live.Record(epoch, trainLoss: 1.0 / (epoch + 1));

        Assert.Single(display.Shown);
        Assert.Equal(2, display.Updates.Count); // after epochs 9 and 19
        Assert.Equal(Enumerable.Range(0, 20).Select(e => (double)e), display.Last.Traces[0].GetProperty("x").Doubles());
        Assert.Equal(3, live.RenderCount);
    }

    [Fact]
    public void Completing_renders_the_final_state_once()
    {
        var display = new FakeDisplay();
        var live = new LiveLossChart(display.Show, renderEvery: 10, title: "model_3");
        for (int epoch = 0; epoch < 25; epoch++)
            live.Record(epoch, trainLoss: 1.0 / (epoch + 1), testLoss: epoch % 5 == 0 ? 2.0 / (epoch + 1) : null);

        live.Complete();
        live.Complete();

        Assert.Equal(3, display.Updates.Count);
        var final = display.Last;
        Assert.Equal("model_3", final.Title);
        Assert.Equal(["Train loss", "Test loss"], final.Traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(25, final.Traces[0].GetProperty("y").Doubles().Length);
        Assert.Equal(1.0 / 25, final.Traces[0].GetProperty("y").Doubles()[^1]);
        Assert.Equal([0.0, 5, 10, 15, 20], final.Traces[1].GetProperty("x").Doubles());
        Assert.Equal("Epoch", final.AxisTitle("xaxis"));
        Assert.Equal("Loss", final.AxisTitle("yaxis"));
    }

    [Fact]
    public void Disposing_completes_the_chart()
    {
        var display = new FakeDisplay();
        using (var live = new LiveLossChart(display.Show, renderEvery: 100))
            live.Record(1, 0.5);

        Assert.Equal([1.0], display.Last.Traces[0].GetProperty("x").Doubles());
    }

    [Fact]
    public void Where_there_is_nowhere_to_draw_each_rendering_prints_the_latest_epochs_losses()
    {
        var printed = new StringWriter();
        var live = new LiveLossChart(_ => null, printed, renderEvery: 10, title: "model_3");
        for (int epoch = 0; epoch < 25; epoch++)
            live.Record(epoch, trainLoss: 1.0 / (epoch + 1), testLoss: epoch % 5 == 0 ? 2.0 / (epoch + 1) : null);
        live.Complete();

        Assert.Equal(
            ["model_3: epoch 9, train loss 0.10000", "model_3: epoch 19, train loss 0.05000", "model_3: epoch 24, train loss 0.04000"],
            printed.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(4, live.RenderCount);
        Assert.Equal(25, live.Points.Count);
    }

    [Fact]
    public void A_printed_rendering_names_the_test_loss_when_the_last_epoch_measured_it()
    {
        var printed = new StringWriter();
        using (var live = new LiveLossChart(_ => null, printed, renderEvery: 100, title: "Loss"))
            live.Record(3, trainLoss: 0.5, testLoss: 0.25);

        Assert.Equal("Loss: epoch 3, train loss 0.50000, test loss 0.25000" + Environment.NewLine, printed.ToString());
    }

    [Fact]
    public void Outside_a_notebook_and_a_chapter_program_there_is_no_kernel_cell_to_draw_under()
    {
        // This test process loads no .NET Interactive kernel, so the library finds no running cell.
        Assert.Null(KernelCellDisplay.TryShow("a value"));
    }

    [Fact]
    public void A_render_interval_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LiveLossChart(new FakeDisplay().Show, renderEvery: 0));
    }
}
