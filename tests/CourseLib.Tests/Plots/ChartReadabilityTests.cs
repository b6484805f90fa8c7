using System.Text.Json;
using CourseLib.Plots;

namespace CourseLib.Tests.Plots;

/// <summary>
/// What makes a course chart readable, pinned in its figure: every class named on a confusion matrix, axes that fit
/// the data, feature names on the axes, no blank band above the plot, titles that fit a phone. (The site's browser
/// tests measure the same charts as drawn, at 390 and 1280 px.)
/// </summary>
public class ChartReadabilityTests
{
    private static long[,] Diagonal(int n)
    {
        var counts = new long[n, n];
        for (int i = 0; i < n; i++) counts[i, i] = 10 + i;
        return counts;
    }

    private static string[] Digits(int n) => Enumerable.Range(0, n).Select(i => i.ToString()).ToArray();

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(10)]
    [InlineData(100)]
    public void A_confusion_matrix_names_every_class_on_both_axes_even_when_the_names_are_digits(int classes)
    {
        var layout = ChartJson.Of(ConfusionMatrixHeatmap.Plot(Diagonal(classes), Digits(classes))).Layout;

        foreach (var axis in new[] { "xaxis", "yaxis" })
        {
            var a = layout.GetProperty(axis);
            // Left to guess, Plotly reads "0" … "9" as numbers: ticks 0, 2, 4 … or −0.5 … 3.5.
            Assert.Equal("category", a.GetProperty("type").GetString());
            Assert.Equal("array", a.GetProperty("tickmode").GetString());
            Assert.Equal(Digits(classes), a.GetProperty("tickvals").Strings());
            Assert.Equal(Digits(classes), a.GetProperty("ticktext").Strings());
        }
    }

    [Fact]
    public void A_confusion_matrix_of_many_classes_grows_a_line_per_class_and_leaves_the_counts_to_hover()
    {
        var large = ChartJson.Of(ConfusionMatrixHeatmap.Plot(Diagonal(100)));
        var small = ChartJson.Of(ConfusionMatrixHeatmap.Plot(Diagonal(10)));

        Assert.True(large.Layout.GetProperty("height").GetInt32() >= 100 * 10, "100 classes need a line of at least 10 px each");
        Assert.False(small.Layout.TryGetProperty("height", out _)); // ten classes fit Plotly's usual height
        Assert.False(large.TracesOfType("heatmap")[0].TryGetProperty("texttemplate", out _));
        Assert.Equal("%{text}", small.TracesOfType("heatmap")[0].GetProperty("texttemplate").GetString());
    }

    [Fact]
    public void Named_features_title_the_axes_and_each_axis_fits_its_own_data()
    {
        // 13's two features: mean radius (7 to 28) against mean concave points (0 to 0.2).
        double[,] features = { { 7.8, 0.0 }, { 14.1, 0.05 }, { 20.6, 0.12 }, { 28.1, 0.2 } };

        var json = ChartJson.Of(ClassScatter.Plot(features, [0, 1, 0, 1], ["malignant", "benign"], title: "Two features",
            featureNames: ["mean radius", "mean concave points"]));

        Assert.Equal("mean radius", json.AxisTitle("xaxis"));
        Assert.Equal("mean concave points", json.AxisTitle("yaxis"));
        Assert.False(json.Layout.GetProperty("yaxis").TryGetProperty("scaleanchor", out _)); // equal scales drew a flat line
    }

    [Fact]
    public void Unnamed_features_of_very_different_ranges_are_not_forced_onto_one_scale()
    {
        double[,] features = { { 7.8, 0.0 }, { 28.1, 0.2 } };

        var layout = ChartJson.Of(ClassScatter.Plot(features, [0, 1])).Layout;

        Assert.False(layout.GetProperty("yaxis").TryGetProperty("scaleanchor", out _));
    }

    [Fact]
    public void Equal_scales_shrink_the_plot_area_rather_than_stretch_an_axis_beyond_the_data()
    {
        double[,] circle = { { -1, 0 }, { 1, 0 }, { 0, -1 }, { 0, 1 } };

        var layout = ChartJson.Of(ClassScatter.Plot(circle, [0, 1, 0, 1])).Layout;

        Assert.Equal("x", layout.GetProperty("yaxis").GetProperty("scaleanchor").GetString());
        Assert.Equal("domain", layout.GetProperty("xaxis").GetProperty("constrain").GetString());
        Assert.Equal("domain", layout.GetProperty("yaxis").GetProperty("constrain").GetString());
    }

    [Fact]
    public void A_feature_name_list_must_name_two_features()
    {
        double[,] features = { { 0, 0 }, { 1, 1 } };

        var error = Assert.Throws<ArgumentException>(() => ClassScatter.Plot(features, [0, 1], featureNames: ["only one"]));

        Assert.Equal("featureNames", error.ParamName);
        Assert.Contains("two features", error.Message);
    }

    [Fact]
    public void The_top_margin_holds_the_title_and_no_blank_band()
    {
        var untitled = TopMargin(ChartJson.Of(ConfusionMatrixHeatmap.Plot(Diagonal(3))));
        var titled = TopMargin(ChartJson.Of(ConfusionMatrixHeatmap.Plot(Diagonal(3), title: "Screening test")));

        Assert.InRange(untitled, 10, 30);  // Plotly's own default is 100 px
        Assert.InRange(titled, 30, 60);    // one line of a 17 px title
    }

    [Fact]
    public void Subplot_titles_get_room_above_the_panels_and_a_title_stands_above_them()
    {
        var history = Enumerable.Range(1, 5).Select(e => (e, 1.0 / e, 50.0 + e, 1.1 / e, 49.0 + e));

        var plain = ChartJson.Of(TrainingCurves.Plot(history));
        var titled = ChartJson.Of(TrainingCurves.Plot(history, title: "model_4 on the blobs"));

        Assert.InRange(TopMargin(plain), 20, 40); // "Loss" and "Accuracy" above the panels
        var lift = titled.Layout.GetProperty("template").GetProperty("layout").GetProperty("title").GetProperty("pad").GetProperty("b").GetInt32();
        Assert.True(lift >= 20, $"the title stands {lift} px above the panels, on the subplot titles");
        Assert.InRange(TopMargin(titled), TopMargin(plain) + 25, TopMargin(plain) + 50);
    }

    [Fact]
    public void A_title_too_long_for_a_phone_is_broken_at_the_space_nearest_its_middle()
    {
        var json = ChartJson.Of(ConfusionMatrixHeatmap.Plot(Diagonal(2), title: "mean radius (x) against mean concave points (y)"));

        Assert.Equal("mean radius (x) against<br>mean concave points (y)", json.Title);
        // plotly.js runs a title's second line downwards from the first: the first stands a line higher.
        var title = json.Layout.GetProperty("template").GetProperty("layout").GetProperty("title");
        Assert.Equal("bottom", title.GetProperty("yanchor").GetString());
        Assert.True(title.GetProperty("pad").GetProperty("b").GetInt32() >= 23, "the first of two lines is lifted over the second");
        Assert.Equal("Screening test", ChartJson.Of(ConfusionMatrixHeatmap.Plot(Diagonal(2), title: "Screening test")).Title);
    }

    private static int TopMargin(ChartJson json) =>
        json.Layout.GetProperty("template").GetProperty("layout").GetProperty("margin").GetProperty("t").GetInt32();
}
