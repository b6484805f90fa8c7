using CourseLib.Plots;
using TorchSharp;

namespace CourseLib.Tests.Plots;

public class RegressionChartTests
{
    [Fact]
    public void Train_test_and_predictions_are_blue_green_and_vermillion_markers()
    {
        using var trainX = torch.tensor(new float[] { 0f, 0.1f, 0.2f }).unsqueeze(1);
        using var trainY = torch.tensor(new float[] { 0.3f, 0.37f, 0.44f }).unsqueeze(1);
        using var testX = torch.tensor(new float[] { 0.8f, 0.9f }).unsqueeze(1);
        using var testY = torch.tensor(new float[] { 0.86f, 0.93f }).unsqueeze(1);
        using var predictions = torch.tensor(new float[] { 0.5f, 0.6f }).unsqueeze(1);

        var json = ChartJson.Of(RegressionChart.Plot(trainX, trainY, testX, testY, predictions));

        var traces = json.TracesOfType("scatter");
        Assert.Equal(["Training data", "Testing data", "Predictions"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal([Palette.Hex[0], Palette.Hex[2], Palette.Hex[1]], traces.Select(t => t.GetProperty("marker").GetProperty("color").GetString()));
        Assert.All(traces, t => Assert.Equal("markers", t.GetProperty("mode").GetString()));
        Assert.Equal([0.8, 0.9], traces[2].GetProperty("x").Doubles(), new ToleranceComparer(1e-6));
        Assert.Equal([0.5, 0.6], traces[2].GetProperty("y").Doubles(), new ToleranceComparer(1e-6));
    }

    [Fact]
    public void Without_predictions_there_are_two_traces()
    {
        var json = ChartJson.Of(RegressionChart.Plot([0.0, 1.0], [2.0, 3.0], [4.0], [5.0], title: "Data"));

        Assert.Equal(2, json.TracesOfType("scatter").Length);
        Assert.Equal("Data", json.Title);
    }

    [Fact]
    public void Predictions_must_match_the_test_data_in_length()
    {
        var ex = Assert.Throws<ArgumentException>(() => RegressionChart.Plot([0.0], [1.0], [2.0, 3.0], [4.0, 5.0], [6.0]));

        Assert.Equal("predictions", ex.ParamName);
        Assert.Contains("1 values but testData has 2", ex.Message);
    }
}

internal sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;
    public int GetHashCode(double obj) => 0;
}
