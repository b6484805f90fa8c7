using CourseLib.Plots;

namespace CourseLib.Tests.Plots;

public class ActivationFunctionsTests
{
    [Fact]
    public void Four_panels_show_linear_relu_sigmoid_and_tanh_over_the_range()
    {
        var json = ChartJson.Of(ActivationFunctions.Plot(-10, 10, points: 21));

        Assert.Equal(["Linear", "ReLU", "Sigmoid", "Tanh"], json.AnnotationTexts);
        var lines = json.TracesOfType("scatter");
        Assert.Equal(4, lines.Length);
        var x = lines[0].GetProperty("x").Doubles();
        Assert.Equal(Enumerable.Range(-10, 21).Select(i => (double)i), x, new ToleranceComparer(1e-12));
        var expected = new Func<double, double>[] { v => v, v => Math.Max(0, v), v => 1 / (1 + Math.Exp(-v)), Math.Tanh };
        for (int k = 0; k < 4; k++)
            Assert.Equal(x.Select(expected[k]), lines[k].GetProperty("y").Doubles(), new ToleranceComparer(1e-12));
        Assert.Equal(Palette.Hex.Take(4), lines.Select(t => t.GetProperty("line").GetProperty("color").GetString()));
        Assert.Equal("ReLU(x)", json.AxisTitle("yaxis2"));
    }

    [Fact]
    public void A_range_that_does_not_run_upwards_or_has_too_few_points_is_refused()
    {
        Assert.Equal("from", Assert.Throws<ArgumentException>(() => ActivationFunctions.Plot(5, 5)).ParamName);
        Assert.Equal("points", Assert.Throws<ArgumentException>(() => ActivationFunctions.Plot(points: 1)).ParamName);
    }
}
