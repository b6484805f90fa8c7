using CourseLib.Plots;
using TorchSharp;

namespace CourseLib.Tests.Plots;

public class ClassScatterTests
{
    [Fact]
    public void Each_class_is_one_marker_trace_in_its_palette_colour()
    {
        using var features = torch.tensor(new float[] { 0, 0, 1, 1, 2, 2, 3, 3 }, [4, 2]);
        using var labels = torch.tensor(new long[] { 0, 1, 2, 1 });

        var json = ChartJson.Of(ClassScatter.Plot(features, labels, ["red", "green", "blue"], title: "Blobs"));

        Assert.Equal("Blobs", json.Title);
        var traces = json.TracesOfType("scatter");
        Assert.Equal(["red", "green", "blue"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.All(traces, t => Assert.Equal("markers", t.GetProperty("mode").GetString()));
        Assert.Equal(Palette.Hex.Take(3), traces.Select(t => t.GetProperty("marker").GetProperty("color").GetString()));
        Assert.Equal([1.0, 3.0], traces[1].GetProperty("x").Doubles());
        Assert.Equal([1.0, 3.0], traces[1].GetProperty("y").Doubles());
        Assert.Equal("X1", json.AxisTitle("xaxis"));
        Assert.Equal("X2", json.AxisTitle("yaxis"));
    }

    [Fact]
    public void Float_labels_holding_whole_numbers_are_accepted_and_named_by_index()
    {
        // The binary notebooks keep labels as float32 for BCEWithLogitsLoss.
        using var features = torch.tensor(new double[] { 0, 0, 1, 1, 2, 2 }, [3, 2]);
        using var labels = torch.tensor(new float[] { 1, 0, 1 }).unsqueeze(1);

        var json = ChartJson.Of(ClassScatter.Plot(features, labels));

        Assert.Equal(["0", "1"], json.TracesOfType("scatter").Select(t => t.GetProperty("name").GetString()));
        Assert.Equal([0.0, 2.0], json.TracesOfType("scatter")[1].GetProperty("x").Doubles());
    }

    [Fact]
    public void Arrays_plot_like_tensors()
    {
        double[,] features = { { 0, 5 }, { 1, 6 }, { 2, 7 } };

        var json = ChartJson.Of(ClassScatter.Plot(features, [1, 1, 0]));

        Assert.Equal([2.0], json.TracesOfType("scatter")[0].GetProperty("x").Doubles());
        Assert.Equal([5.0, 6.0], json.TracesOfType("scatter")[1].GetProperty("y").Doubles());
    }

    [Fact]
    public void Logits_passed_as_labels_are_refused()
    {
        using var features = torch.zeros(3, 2);
        using var logits = torch.tensor(new float[] { 0.3f, -1.2f, 2.5f });

        var ex = Assert.Throws<ArgumentException>(() => ClassScatter.Plot(features, logits));

        Assert.Equal("labels", ex.ParamName);
        Assert.Contains("0.3", ex.Message);
    }

    [Fact]
    public void Mismatched_lengths_negative_labels_and_too_few_class_names_are_refused()
    {
        double[,] features = { { 0, 0 }, { 1, 1 } };

        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => ClassScatter.Plot(features, [0])).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => ClassScatter.Plot(features, [0, -1])).ParamName);
        Assert.Equal("classNames", Assert.Throws<ArgumentException>(() => ClassScatter.Plot(features, [0, 2], ["a", "b"])).ParamName);
        Assert.Equal("features", Assert.Throws<ArgumentException>(() => ClassScatter.Plot(new double[2, 3], [0, 1])).ParamName);
    }

    [Fact]
    public void No_points_are_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => ClassScatter.Plot(new double[0, 2], []));

        Assert.Equal("features", ex.ParamName);
    }
}
