using CourseLib.Plots;
using TorchSharp;

namespace CourseLib.Tests.Plots;

/// <summary>Points in feature space are drawn with one unit as long on both axes, so the circles look round.</summary>
public class EqualAxisScalesTests
{
    private static (torch.Tensor Features, torch.Tensor Labels) Circle()
    {
        var angles = torch.linspace(0, 2 * Math.PI, 40);
        var features = torch.stack([torch.cos(angles) * 4, torch.sin(angles)], dim: 1); // wide data: 8 by 2
        return (features, torch.zeros(40, dtype: torch.int64));
    }

    [Fact]
    public void A_class_scatter_anchors_its_y_scale_to_its_x_scale_and_keeps_its_axis_titles()
    {
        var (features, labels) = Circle();

        var json = ChartJson.Of(ClassScatter.Plot(features, labels));

        Assert.Equal("x", json.Layout.GetProperty("yaxis").GetProperty("scaleanchor").GetString());
        Assert.Equal(1, json.Layout.GetProperty("yaxis").GetProperty("scaleratio").GetInt32());
        Assert.Equal("X2", json.AxisTitle("yaxis"));
    }

    [Fact]
    public void Each_panel_of_the_train_test_boundaries_anchors_its_own_axes()
    {
        var (features, labels) = Circle();
        torch.manual_seed(0);
        using var model = torch.nn.Sequential(("0", torch.nn.Linear(2, 1)));

        var json = ChartJson.Of(DecisionBoundary.PlotTrainTest(model, features, labels, features, labels));

        Assert.Equal("x", json.Layout.GetProperty("yaxis").GetProperty("scaleanchor").GetString());
        Assert.Equal("x2", json.Layout.GetProperty("yaxis2").GetProperty("scaleanchor").GetString());
        Assert.Equal("x", ChartJson.Of(DecisionBoundary.Plot(model, features, labels)).Layout.GetProperty("yaxis").GetProperty("scaleanchor").GetString());
    }
}
