using System.Text.Json;
using CourseLib.Plots;
using TorchSharp;

namespace CourseLib.Tests.Plots;

public class ConfusionMatrixHeatmapTests
{
    private static readonly long[,] Counts = { { 50, 2, 0 }, { 3, 41, 6 }, { 0, 9, 39 } };
    private static readonly string[] Names = ["cat", "dog", "fox"];

    [Fact]
    public void Cells_hold_the_counts_with_actual_rows_and_predicted_columns()
    {
        var json = ChartJson.Of(ConfusionMatrixHeatmap.Plot(Counts, Names, title: "Confusion"));

        var heatmap = Assert.Single(json.TracesOfType("heatmap"));
        Assert.Equal([[50.0, 2, 0], [3, 41, 6], [0, 9, 39]], heatmap.GetProperty("z").Matrix());
        Assert.Equal(Names, heatmap.GetProperty("x").Strings());
        Assert.Equal(Names, heatmap.GetProperty("y").Strings());
        Assert.Equal("Predicted", json.AxisTitle("xaxis"));
        Assert.Equal("Actual", json.AxisTitle("yaxis"));
        Assert.Equal("reversed", json.Layout.GetProperty("yaxis").GetProperty("autorange").GetString()); // first class on top
        Assert.Equal("Confusion", json.Title);
    }

    [Fact]
    public void Every_cell_is_annotated_with_its_count_at_its_class_names()
    {
        var json = ChartJson.Of(ConfusionMatrixHeatmap.Plot(Counts, Names));

        var labels = json.Layout.GetProperty("annotations").EnumerateArray()
            .Select(a => (Actual: a.GetProperty("y").GetString(), Predicted: a.GetProperty("x").GetString(), Text: a.GetProperty("text").GetString()))
            .ToArray();
        Assert.Equal(9, labels.Length);
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
                Assert.Contains((Names[i], Names[j], Counts[i, j].ToString()), labels);
    }

    [Fact]
    public void Count_text_is_light_on_dark_cells_and_dark_on_light_cells()
    {
        var json = ChartJson.Of(ConfusionMatrixHeatmap.Plot(Counts, Names));

        string ColorOf(string text) => json.Layout.GetProperty("annotations").EnumerateArray()
            .First(a => a.GetProperty("text").GetString() == text).GetProperty("font").GetProperty("color").GetString()!;
        Assert.Equal("#FFFFFF", ColorOf("50"));
        Assert.Equal("#1A1A1A", ColorOf("2"));
    }

    [Fact]
    public void The_colour_scale_runs_from_white_to_the_palettes_first_colour_over_zero_to_the_largest_count()
    {
        var heatmap = ChartJson.Of(ConfusionMatrixHeatmap.Plot(Counts)).TracesOfType("heatmap")[0];

        var scale = heatmap.GetProperty("colorscale").EnumerateArray().Select(s => s[1].GetString()!).ToArray();
        Assert.Equal(["#FFFFFF", Palette.Hex[0]], scale);
        Assert.Equal(0, heatmap.GetProperty("zmin").GetDouble());
        Assert.Equal(50, heatmap.GetProperty("zmax").GetDouble());
        Assert.Equal(["0", "1", "2"], heatmap.GetProperty("x").Strings());
    }

    [Fact]
    public void Int_arrays_and_tensors_give_the_same_chart_as_long_arrays()
    {
        int[,] ints = { { 50, 2, 0 }, { 3, 41, 6 }, { 0, 9, 39 } };
        using var tensor = torch.tensor(new long[] { 50, 2, 0, 3, 41, 6, 0, 9, 39 }, [3, 3]);

        var expected = ChartJson.Of(ConfusionMatrixHeatmap.Plot(Counts, Names)).Root.GetRawText();

        Assert.Equal(expected, ChartJson.Of(ConfusionMatrixHeatmap.Plot(ints, Names)).Root.GetRawText());
        Assert.Equal(expected, ChartJson.Of(ConfusionMatrixHeatmap.Plot(tensor, Names)).Root.GetRawText());
    }

    [Fact]
    public void Non_square_negative_or_misnamed_matrices_are_refused()
    {
        Assert.Equal("matrix", Assert.Throws<ArgumentException>(() => ConfusionMatrixHeatmap.Plot(new long[2, 3])).ParamName);
        Assert.Equal("matrix", Assert.Throws<ArgumentException>(() => ConfusionMatrixHeatmap.Plot(new long[,] { { 1, -1 }, { 0, 2 } })).ParamName);
        Assert.Equal("classNames", Assert.Throws<ArgumentException>(() => ConfusionMatrixHeatmap.Plot(Counts, ["a", "b"])).ParamName);
        Assert.Equal("classNames", Assert.Throws<ArgumentException>(() => ConfusionMatrixHeatmap.Plot(Counts, ["a", "a", "b"])).ParamName);
        using var probabilities = torch.full(2, 2, 0.5);
        Assert.Equal("matrix", Assert.Throws<ArgumentException>(() => ConfusionMatrixHeatmap.Plot(probabilities)).ParamName);
    }
}
