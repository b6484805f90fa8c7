using CourseLib.Plots;
using CourseLib.Tests.Training;
using CourseLib.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Tests.Plots;

public class TrainingHistoryCurvesTests
{
    [Fact]
    public void A_fit_history_plots_one_point_per_epoch_with_its_recorded_values()
    {
        var data = CirclesData.Load();
        var model = CourseModels.Model3();
        var history = Engine.Fit(model, data.XTrain, data.YTrain, data.XTest, data.YTest, nn.BCEWithLogitsLoss(),
            optim.SGD(model.parameters(), 0.1), epochs: 20, printEvery: 0, device: CPU);

        var lines = ChartJson.Of(TrainingCurves.Plot(history, title: "model_3")).TracesOfType("scatter");

        Assert.All(lines, t => Assert.Equal(Enumerable.Range(0, 20).Select(e => (double)e), t.GetProperty("x").Doubles()));
        Assert.Equal(history.Losses, lines[0].GetProperty("y").Doubles());
        Assert.Equal(history.TestLosses, lines[1].GetProperty("y").Doubles());
        Assert.Equal(history.Accuracies, lines[2].GetProperty("y").Doubles());
    }
}
