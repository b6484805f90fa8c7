using CourseLib.Plots;

namespace CourseLib.Tests.Plots;

public class TrainingCurvesTests
{
    private static readonly (int, double, double, double, double)[] History =
    [
        (0, 0.69, 50.0, 0.70, 48.0),
        (10, 0.50, 75.0, 0.55, 70.0),
        (20, 0.30, 90.0, 0.35, 88.0),
    ];

    [Fact]
    public void Loss_and_accuracy_panels_hold_train_and_test_curves_against_the_epoch()
    {
        var json = ChartJson.Of(TrainingCurves.Plot(History, title: "model_3"));

        Assert.Equal("model_3", json.Title);
        Assert.Equal(["Loss", "Accuracy"], json.AnnotationTexts);
        var lines = json.TracesOfType("scatter");
        Assert.Equal(["Train loss", "Test loss", "Train accuracy", "Test accuracy"], lines.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(["x", "x", "x2", "x2"], lines.Select(t => t.GetProperty("xaxis").GetString()));
        Assert.All(lines, t => Assert.Equal([0.0, 10.0, 20.0], t.GetProperty("x").Doubles()));
        Assert.Equal([0.70, 0.55, 0.35], lines[1].GetProperty("y").Doubles());
        Assert.Equal([50.0, 75.0, 90.0], lines[2].GetProperty("y").Doubles());
        Assert.Equal([Palette.Hex[0], Palette.Hex[1], Palette.Hex[0], Palette.Hex[1]],
            lines.Select(t => t.GetProperty("line").GetProperty("color").GetString()));
        Assert.Equal("Epochs", json.AxisTitle("xaxis"));
        Assert.Equal("Loss", json.AxisTitle("yaxis"));
        Assert.Equal("Accuracy", json.AxisTitle("yaxis2"));
    }

    [Fact]
    public void Arrays_give_the_same_chart_as_a_history()
    {
        var fromArrays = ChartJson.Of(TrainingCurves.Plot([0, 10, 20], [0.69, 0.50, 0.30], [0.70, 0.55, 0.35], [50.0, 75.0, 90.0], [48.0, 70.0, 88.0]));
        var fromHistory = ChartJson.Of(TrainingCurves.Plot(History));

        Assert.Equal(fromHistory.Root.GetRawText(), fromArrays.Root.GetRawText());
    }

    [Fact]
    public void The_held_out_curves_carry_the_name_of_the_set_they_were_measured_on()
    {
        var lines = ChartJson.Of(TrainingCurves.Plot(History, evaluationSet: "Validation")).TracesOfType("scatter");

        Assert.Equal(["Train loss", "Validation loss", "Train accuracy", "Validation accuracy"], lines.Select(t => t.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_set_name_is_refused(string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => TrainingCurves.Plot(History, evaluationSet: name));

        Assert.Equal("evaluationSet", ex.ParamName);
    }

    [Fact]
    public void Arrays_of_different_lengths_are_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => TrainingCurves.Plot([0, 1], [0.5, 0.4], [0.6], [50.0, 60.0], [40.0, 50.0]));

        Assert.Equal("testLoss", ex.ParamName);
    }
}
