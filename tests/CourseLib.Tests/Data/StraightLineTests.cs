using CourseLib.Data;
using TorchSharp;

namespace CourseLib.Tests.Data;

/// <summary>The course's straight-line regression data and its sequential 80/20 split.</summary>
public class StraightLineTests
{
    [Fact]
    public void The_course_line_has_100_points_from_0_by_0_01_on_y_equals_0_7x_plus_0_3()
    {
        using var line = new StraightLine();
        float[] x = line.X.data<float>().ToArray(), y = line.Y.data<float>().ToArray();

        Assert.Equal([100L, 1], line.X.shape);
        Assert.Equal(torch.ScalarType.Float32, line.Y.dtype);
        for (int i = 0; i < 100; i++)
        {
            Assert.Equal(i * 0.01f, x[i], 6);
            Assert.Equal(0.7f * x[i] + 0.3f, y[i], 6);
        }
    }

    [Fact]
    public void The_split_is_sequential_80_20()
    {
        using var line = new StraightLine();
        var (xTrain, yTrain, xTest, yTest) = line.Split();

        Assert.Equal((80L, 80L, 20L, 20L), (xTrain.shape[0], yTrain.shape[0], xTest.shape[0], yTest.shape[0]));
        Assert.Equal(line.X[80].item<float>(), xTest[0].item<float>());
        Assert.Equal(line.Y[79].item<float>(), yTrain[79].item<float>());
    }

    [Fact]
    public void Other_lines_and_fractions_follow_the_same_rules()
    {
        using var line = new StraightLine(weight: -2, bias: 1, start: 1, end: 2, step: 0.25);
        Assert.Equal([-1f, -1.5f, -2f, -2.5f], line.Y.data<float>().ToArray());
        Assert.Equal(2, line.Split(0.5).XTest.shape[0]);
    }

    [Fact]
    public void Bad_ranges_and_fractions_are_rejected()
    {
        var step = Assert.Throws<ArgumentOutOfRangeException>(() => new StraightLine(step: 0));
        Assert.Equal("step", step.ParamName);
        Assert.Contains("The 'step' parameter of StraightLine must be a float in the range (0, inf). Got 0 instead.", step.Message);
        Assert.Equal("end", Assert.Throws<ArgumentOutOfRangeException>(() => new StraightLine(start: 1, end: 1)).ParamName);
        using var line = new StraightLine();
        Assert.Equal("trainFraction", Assert.Throws<ArgumentOutOfRangeException>(() => line.Split(1.0)).ParamName);
    }
}
