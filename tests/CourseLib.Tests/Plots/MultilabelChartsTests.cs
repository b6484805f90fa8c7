using CourseLib.Metrics;
using CourseLib.Plots;
using static TorchSharp.torch;

namespace CourseLib.Tests.Plots;

/// <summary>The co-occurrence heatmap and the per-label confusion grid of notebook 18_multilabel.</summary>
public class MultilabelChartsTests
{
    private static readonly float[,] Truth = { { 1, 0, 1 }, { 1, 1, 0 }, { 0, 0, 0 }, { 1, 1, 1 }, { 0, 1, 0 } };
    private static readonly float[,] Guess = { { 1, 0, 0 }, { 1, 0, 0 }, { 0, 1, 0 }, { 1, 1, 1 }, { 0, 1, 1 } };
    private static readonly string[] Names = ["even", "at least 5", "closed loop"];

    [Fact]
    public void Cooccurrence_counts_samples_with_both_labels_and_each_labels_support_on_the_diagonal()
    {
        using var y = tensor(Truth);
        var json = ChartJson.Of(MultilabelCharts.Cooccurrence(y, Names, "Together"));

        var heatmap = Assert.Single(json.TracesOfType("heatmap"));
        Assert.Equal([[3.0, 2, 2], [2, 3, 1], [2, 1, 2]], heatmap.GetProperty("z").Matrix());
        Assert.Equal(Names, heatmap.GetProperty("x").Strings());
        Assert.Equal("%{text}", heatmap.GetProperty("texttemplate").GetString());
        Assert.Equal("category", json.Layout.GetProperty("xaxis").GetProperty("type").GetString());
        Assert.Equal("Together", json.Title);
    }

    [Fact]
    public void The_confusion_grid_has_a_titled_panel_per_label_with_its_four_counts()
    {
        using var y = tensor(Truth);
        using var p = tensor(Guess);
        using var matrices = MultilabelMetrics.MultilabelConfusionMatrix(y, p);
        var json = ChartJson.Of(MultilabelCharts.ConfusionGrid(matrices, Names));

        var panels = json.TracesOfType("heatmap");
        Assert.Equal(4, panels.Length); // 3 labels in 2 columns: the fourth cell stays blank
        // "closed loop": TN 2, FP 1, FN 1, TP 1 — rows true no / true yes, columns pred. no / pred. yes.
        Assert.Equal([[2.0, 1], [1, 1]], panels[2].GetProperty("z").Matrix());
        Assert.Equal(["pred. no", "pred. yes"], panels[2].GetProperty("x").Strings());
        Assert.Equal(["true no", "true yes"], panels[2].GetProperty("y").Strings());
        Assert.All(panels, t => Assert.Equal(5, t.GetProperty("zmax").GetDouble()));
        Assert.Equal(Names.Append(""), json.AnnotationTexts); // the subplot titles
        Assert.Equal("reversed", json.Layout.GetProperty("yaxis3").GetProperty("autorange").GetString());
    }

    [Fact]
    public void The_grid_refuses_rates_and_panels_that_count_different_samples()
    {
        using var rates = tensor(new[,,] { { { 0.5f, 0.5f }, { 0f, 0f } }, { { 1f, 0f }, { 0f, 0f } } });
        Assert.Contains("whole numbers", Assert.Throws<ArgumentException>(() => MultilabelCharts.ConfusionGrid(rates)).Message);
        using var uneven = tensor(new long[,,] { { { 3, 1 }, { 0, 1 } }, { { 1, 0 }, { 0, 1 } } });
        Assert.Contains("Panel 1 counts 2 samples", Assert.Throws<ArgumentException>(() => MultilabelCharts.ConfusionGrid(uneven)).Message);
    }
}
