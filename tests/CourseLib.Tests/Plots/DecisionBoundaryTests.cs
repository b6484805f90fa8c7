using CourseLib.Plots;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Tests.Plots;

public class DecisionBoundaryTests
{
    private static readonly (Tensor Features, Tensor Labels) Binary = TestModels.Data(0, 1, 0, 1, 1, 0, 1, 0);

    [Fact]
    public void Grid_is_101_by_101_over_the_data_range_plus_a_tenth()
    {
        var json = ChartJson.Of(DecisionBoundary.Plot(TestModels.BelowDiagonal(), Binary.Features, Binary.Labels));

        var heatmap = Assert.Single(json.TracesOfType("heatmap"));
        var z = heatmap.GetProperty("z").Matrix();
        Assert.Equal(101, z.Length);
        Assert.All(z, row => Assert.Equal(101, row.Length));
        var xs = heatmap.GetProperty("x").Doubles();
        var ys = heatmap.GetProperty("y").Doubles();
        Assert.Equal(101, xs.Length);
        Assert.Equal(-1.1, xs[0], 6);
        Assert.Equal(1.1, xs[^1], 6);
        Assert.Equal(0.0, xs[50], 6);
        Assert.Equal(-1.1, ys[0], 6);
        Assert.Equal(1.1, ys[^1], 6);
    }

    [Fact]
    public void One_output_is_read_as_round_of_sigmoid()
    {
        var grid = DecisionBoundary.PredictGrid(TestModels.BelowDiagonal(), Binary.Features);

        Assert.Equal(1, grid.OutputWidth);
        // logit = x - y: class 1 strictly below the diagonal; on it sigmoid is 0.5, which rounds to 0.
        for (int i = 0; i < 101; i += 10)
            for (int j = 0; j < 101; j += 10)
                Assert.Equal(grid.Xs[j] - grid.Ys[i] > 0 ? 1 : 0, grid.Classes[i][j]);
    }

    [Fact]
    public void Several_outputs_are_read_as_argmax_of_softmax_even_when_the_labels_are_binary()
    {
        // The labels hold only 0 and 1 (the Python helper would use sigmoid), but the model has three outputs.
        var json = ChartJson.Of(DecisionBoundary.Plot(TestModels.ThreeBandsAlongX1(), Binary.Features, Binary.Labels));

        var heatmap = Assert.Single(json.TracesOfType("heatmap"));
        var z = heatmap.GetProperty("z").Matrix();
        foreach (int i in new[] { 0, 37, 100 })
        {
            Assert.Equal(0, z[i][0]);   // x = -1.1: logits (4.4, 1, -4.4)
            Assert.Equal(1, z[i][50]);  // x = 0:    logits (0, 1, 0)
            Assert.Equal(2, z[i][100]); // x = 1.1:  logits (-4.4, 1, 4.4)
        }
        Assert.Equal(new[] { 0.0, 1.0, 2.0 }, z.SelectMany(r => r).Distinct().Order());
    }

    [Fact]
    public void One_output_stays_binary_when_the_labels_have_three_classes()
    {
        var (features, labels) = TestModels.Data(0, 1, 2, 2, 1, 0);

        var grid = DecisionBoundary.PredictGrid(TestModels.BelowDiagonal(), features);
        var json = ChartJson.Of(DecisionBoundary.Plot(TestModels.BelowDiagonal(), features, labels));

        Assert.Equal(2, grid.ModelClassCount);
        Assert.Equal(new[] { 0, 1 }, grid.Classes.SelectMany(r => r).Distinct().Order());
        Assert.Equal(["0", "1", "2"], json.TracesOfType("scatter").Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public void Heatmap_values_match_the_models_own_predictions_at_grid_points()
    {
        var model = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 4));
        var grid = DecisionBoundary.PredictGrid(model, Binary.Features);

        foreach (var (i, j) in new[] { (0, 0), (13, 77), (50, 50), (100, 3), (100, 100) })
        {
            using var point = tensor(new[] { (float)grid.Xs[j], (float)grid.Ys[i] }, [1, 2]);
            using var expected = model.call(point).argmax(1);
            Assert.Equal(expected.item<long>(), grid.Classes[i][j]);
        }
    }

    [Fact]
    public void A_model_in_train_mode_is_run_in_eval_mode_and_left_in_train_mode()
    {
        // With dropout active, two runs would disagree; in eval mode they agree with a plain forward pass.
        var dropout = nn.Dropout(0.9);
        var model = nn.Sequential(nn.Linear(2, 16), dropout, nn.Linear(16, 3));
        model.train();

        var first = DecisionBoundary.PredictGrid(model, Binary.Features);
        var second = DecisionBoundary.PredictGrid(model, Binary.Features);

        Assert.True(model.training);
        Assert.True(dropout.training);
        Assert.Equal(first.Classes, second.Classes);
        model.eval();
        Assert.Equal(first.Classes, DecisionBoundary.PredictGrid(model, Binary.Features).Classes);
    }

    [Fact]
    public void Mixed_train_and_eval_flags_of_submodules_are_restored_exactly()
    {
        var inner = nn.Dropout(0.5);
        var block = nn.Sequential(nn.Linear(2, 4), inner);
        var model = nn.Sequential(block, nn.Linear(4, 2));
        model.train();
        inner.eval();

        DecisionBoundary.Plot(model, Binary.Features, Binary.Labels);

        Assert.True(model.training);
        Assert.True(block.training);
        Assert.False(inner.training);
    }

    [Fact]
    public void Model_keeps_its_device_and_dtype_and_gradients_stay_enabled()
    {
        var model = TestModels.ThreeBandsAlongX1();
        model.to(ScalarType.Float64); // grid points must follow the model's dtype (and device), not the reverse

        var grid = DecisionBoundary.PredictGrid(model, Binary.Features);

        Assert.All(model.parameters(), p => Assert.Equal(DeviceType.CPU, p.device_type));
        Assert.All(model.parameters(), p => Assert.Equal(ScalarType.Float64, p.dtype));
        Assert.All(model.parameters(), p => Assert.Null(p.grad));
        Assert.True(torch.is_grad_enabled());
        Assert.Equal(3, grid.OutputWidth);
    }

    [Fact]
    public void Regions_use_the_palette_in_flat_bands_and_the_points_are_drawn_on_top()
    {
        var json = ChartJson.Of(DecisionBoundary.Plot(TestModels.ThreeBandsAlongX1(), Binary.Features, Binary.Labels, title: "Model 4"));

        Assert.Equal("Model 4", json.Title);
        Assert.Equal(["heatmap", "scatter", "scatter"], json.Traces.Select(t => t.GetProperty("type").GetString()));
        var heatmap = json.Traces[0];
        Assert.Equal(-0.5, heatmap.GetProperty("zmin").GetDouble());
        Assert.Equal(2.5, heatmap.GetProperty("zmax").GetDouble());
        var scale = heatmap.GetProperty("colorscale").EnumerateArray().Select(s => s[1].GetString()).Distinct();
        Assert.Equal(Palette.Hex.Take(3), scale);
        Assert.Equal(Palette.Hex[0], json.Traces[1].GetProperty("marker").GetProperty("color").GetString());
        Assert.Equal(Palette.Hex[1], json.Traces[2].GetProperty("marker").GetProperty("color").GetString());
    }

    [Fact]
    public void Train_and_test_are_side_by_side_with_titles_and_one_legend()
    {
        var (testFeatures, testLabels) = TestModels.Data(1, 0, 1, 0);

        var json = ChartJson.Of(DecisionBoundary.PlotTrainTest(TestModels.BelowDiagonal(), Binary.Features, Binary.Labels, testFeatures, testLabels));

        Assert.Equal(["Train", "Test"], json.AnnotationTexts);
        var heatmaps = json.TracesOfType("heatmap");
        Assert.Equal(2, heatmaps.Length);
        Assert.Equal(["x", "x2"], heatmaps.Select(h => h.GetProperty("xaxis").GetString()));
        Assert.All(json.TracesOfType("scatter").Where(t => t.GetProperty("xaxis").GetString() == "x2"),
            t => Assert.False(t.GetProperty("showlegend").GetBoolean()));
    }

    [Fact]
    public void Features_that_are_not_N_by_2_are_refused()
    {
        var model = TestModels.BelowDiagonal();
        using var threeColumns = zeros(4, 3);
        using var oneDimensional = zeros(8);
        using var labels = zeros(4, ScalarType.Int64);

        var ex = Assert.Throws<ArgumentException>(() => DecisionBoundary.Plot(model, threeColumns, labels));
        Assert.Contains("[4, 3]", ex.Message);
        Assert.Throws<ArgumentException>(() => DecisionBoundary.Plot(model, oneDimensional, labels));
    }

    [Fact]
    public void Labels_of_another_length_than_the_features_are_refused()
    {
        using var labels = zeros(3, ScalarType.Int64);

        var ex = Assert.Throws<ArgumentException>(() => DecisionBoundary.Plot(TestModels.BelowDiagonal(), Binary.Features, labels));

        Assert.Equal("labels", ex.ParamName);
    }

    [Fact]
    public void A_model_with_an_unusable_output_shape_gets_a_clear_error()
    {
        var model = nn.Sequential(nn.Linear(2, 6), nn.Unflatten(1, [2, 3]));

        var ex = Assert.Throws<InvalidOperationException>(() => DecisionBoundary.Plot(model, Binary.Features, Binary.Labels));

        Assert.Contains("[10201, 2, 3]", ex.Message);
    }

    [Fact]
    public void No_points_leave_no_range_for_the_grid()
    {
        using var none = zeros(0, 2);
        using var noLabels = zeros(0, ScalarType.Int64);

        var ex = Assert.Throws<ArgumentException>(() => DecisionBoundary.Plot(TestModels.BelowDiagonal(), none, noLabels));

        Assert.Equal("features", ex.ParamName);
    }
}
