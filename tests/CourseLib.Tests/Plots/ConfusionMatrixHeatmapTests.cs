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
    public void Every_cell_shows_its_count_as_the_heatmaps_own_text_at_its_class_names()
    {
        var json = ChartJson.Of(ConfusionMatrixHeatmap.Plot(Counts, Names));

        var heatmap = Assert.Single(json.TracesOfType("heatmap"));
        Assert.Equal("%{text}", heatmap.GetProperty("texttemplate").GetString());
        var text = heatmap.GetProperty("text").EnumerateArray().Select(r => r.Strings()).ToArray();
        Assert.Equal(3, text.Length);
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
                Assert.Equal(Counts[i, j].ToString(), text[i][j]); // row i is actual class Names[i], column j predicted Names[j]
        Assert.Empty(json.AnnotationTexts); // no layout annotation per cell: they made large matrices take minutes
    }

    [Fact]
    public void Count_text_colour_is_left_to_plotly_which_contrasts_it_with_each_cell()
    {
        var heatmap = ChartJson.Of(ConfusionMatrixHeatmap.Plot(Counts, Names)).TracesOfType("heatmap")[0];

        // plotly.js draws heatmap text in a colour contrasting with its cell when textfont.color is unset or "auto":
        // light on the dark (large) counts, dark on the light ones.
        bool fixedColour = heatmap.TryGetProperty("textfont", out var font) && font.TryGetProperty("color", out var colour)
            && colour.GetString() != "auto";
        Assert.False(fixedColour);
    }

    [Fact]
    public void Counts_beyond_what_javascript_numbers_hold_are_written_exactly()
    {
        long huge = long.MaxValue - 1;
        var heatmap = ChartJson.Of(ConfusionMatrixHeatmap.Plot(new long[,] { { huge, 0 }, { 1, 2 } })).TracesOfType("heatmap")[0];

        Assert.Equal("9223372036854775806", heatmap.GetProperty("text")[0][0].GetString());
        Assert.Contains("%{text}", heatmap.GetProperty("hovertemplate").GetString());
    }

    [Fact]
    public void Infinite_or_inexact_counts_in_a_float_tensor_are_refused_not_drawn_as_the_largest_long()
    {
        using var infinite = torch.tensor(new[] { double.PositiveInfinity, 0, 1, 2 }, [2, 2]);
        using var beyondExact = torch.tensor(new[] { 1e17, 0, 1, 2 }, [2, 2]);

        var error = Assert.Throws<ArgumentException>(() => ConfusionMatrixHeatmap.Plot(infinite));
        Assert.Equal("matrix", error.ParamName);
        Assert.Contains("Infinity", error.Message);
        Assert.Equal("matrix", Assert.Throws<ArgumentException>(() => ConfusionMatrixHeatmap.Plot(beyondExact)).ParamName);
    }

    [Fact]
    public void An_int64_tensor_of_huge_counts_keeps_every_digit()
    {
        using var counts = torch.tensor(new long[] { (1L << 53) + 1, 0, 0, 1 }, [2, 2]);

        var heatmap = ChartJson.Of(ConfusionMatrixHeatmap.Plot(counts)).TracesOfType("heatmap")[0];

        Assert.Equal("9007199254740993", heatmap.GetProperty("text")[0][0].GetString());
    }

    [Fact]
    public void A_hundred_class_matrix_builds_one_trace_and_no_annotations()
    {
        var counts = new long[100, 100];
        for (int i = 0; i < 100; i++) counts[i, i] = i;

        var json = ChartJson.Of(ConfusionMatrixHeatmap.Plot(counts));

        Assert.Single(json.Traces);
        Assert.Empty(json.AnnotationTexts);
        Assert.Equal("99", json.TracesOfType("heatmap")[0].GetProperty("text")[99][99].GetString());
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
