using CourseLib.Training;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CourseLib.Tests.Training;

public class DivergenceTests
{
    [Fact]
    public void A_loss_that_becomes_nan_stops_fit_at_that_epoch_with_the_epochs_before_and_finite_parameters()
    {
        var data = CirclesData.Load();
        var model = CourseModels.Model3();
        var optimizer = optim.SGD(model.parameters(), 1e30); // absurdly high: the loss overflows within a few epochs
        var printed = new StringWriter();

        var error = Assert.Throws<TrainingDivergedException>(() => Engine.Fit(model, data.XTrain, data.YTrain, data.XTest, data.YTest,
            BCEWithLogitsLoss(), optimizer, epochs: 100, printEvery: 1, device: CPU, output: printed));

        Assert.NotNull(error.Epoch);
        Assert.False(double.IsFinite(error.Loss));
        Assert.Equal(error.Epoch, error.History.Count); // every epoch before it, none after
        Assert.All(error.History, record => Assert.True(double.IsFinite(record.Loss)));
        Assert.Equal("optimizer", error.ParamName);
        Assert.Contains($"at epoch {error.Epoch}", error.Message);
        Assert.Contains("learning rate", error.Message);
        // Stopped before the failing epoch's optimizer step: the parameters are those of the last finite epoch.
        Assert.All(model.parameters(), p => Assert.True(isfinite(p).all().item<bool>()));
        Assert.Equal(error.History.Count, printed.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void A_loss_that_becomes_nan_in_a_later_batch_stops_fit_naming_the_epoch_and_the_batch()
    {
        var data = CirclesData.Load();
        var model = CourseModels.Model3();
        IList<Tensor>[] batches = [[data.XTrain[..400], data.YTrain[..400]], [data.XTrain[400..], data.YTrain[400..]]];

        var error = Assert.Throws<TrainingDivergedException>(() => Engine.Fit(model, batches, data.XTest, data.YTest,
            BCEWithLogitsLoss(), optim.SGD(model.parameters(), 1e30), epochs: 100, printEvery: 0, device: CPU));

        // Batch 0 stepped with the absurd learning rate; batch 1's loss is the first that is not finite.
        Assert.Equal(0, error.Epoch);
        Assert.Empty(error.History);
        Assert.Equal("optimizer", error.ParamName);
        Assert.Contains("at epoch 0, batch 1", error.Message);
        Assert.Contains("the model keeps the parameters the batches before it left", error.Message);
    }

    [Fact]
    public void A_nan_loss_in_one_train_step_leaves_the_parameters_unchanged()
    {
        var data = CirclesData.Load();
        var model = CourseModels.Model3();
        var before = model.parameters().Select(p => p.clone()).ToArray();
        var x = data.XTrain.clone();
        x[0, 0] = tensor(float.NaN);

        var error = Assert.Throws<TrainingDivergedException>(() =>
            Engine.TrainStep(model, x, data.YTrain, BCEWithLogitsLoss(), optim.SGD(model.parameters(), 0.1)));

        Assert.Null(error.Epoch);
        Assert.Equal("x", error.ParamName);
        Assert.Contains("NaN or infinite values", error.Message);
        Assert.All(model.parameters().Zip(before), pair => Assert.True(pair.First.Equals(pair.Second)));
    }
}
