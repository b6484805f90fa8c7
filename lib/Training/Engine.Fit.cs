using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Training;

public static partial class Engine
{
    /// <summary>
    /// Trains <paramref name="model"/> for <paramref name="epochs"/> epochs, each a <see cref="TrainStep"/> on the
    /// training data followed by a <see cref="TestStep"/> on the test data, and returns their history.
    /// Every <paramref name="printEvery"/> epochs (from epoch 0) it prints the course's progress line,
    /// <c>Epoch: 0 | Loss: 0.69396, Accuracy: 50.88% | Test loss: 0.69261, Test acc: 51.00%</c>.
    /// </summary>
    /// <remarks>
    /// The model and the data are moved to <paramref name="device"/> (by default <see cref="Devices.Default"/>):
    /// create the optimizer after moving the model there, as the course does, or it would keep updating the
    /// parameters left behind. Each epoch runs in its own dispose scope, so the tensors it makes are freed
    /// when it ends and memory stays flat however long the training.
    /// </remarks>
    /// <param name="model">A model mapping [N, features] to logits, [N, 1] (binary) or [N, classes].</param>
    /// <param name="xTrain">Training features, [N, features], float32.</param>
    /// <param name="yTrain">Training labels, [N]: float32 0/1 for a binary model, int64 classes otherwise.</param>
    /// <param name="xTest">Test features.</param>
    /// <param name="yTest">Test labels.</param>
    /// <param name="lossFn">Typically <c>nn.BCEWithLogitsLoss()</c> or <c>nn.CrossEntropyLoss()</c>.</param>
    /// <param name="optimizer">An optimizer over the model's parameters, e.g. <c>optim.SGD(model.parameters(), 0.1)</c>.</param>
    /// <param name="epochs">How many passes over the training data.</param>
    /// <param name="printEvery">Print a progress line when <c>epoch % printEvery == 0</c>; 0 prints nothing.</param>
    /// <param name="device">Where to train; null means <see cref="Devices.Default"/>.</param>
    /// <param name="output">Where progress lines go; null means the console.</param>
    /// <param name="onEpoch">Called after each epoch with its record, e.g. to update a live chart.</param>
    /// <exception cref="ArgumentException">An argument is null, disposed, or does not fit the others (named in the message, with the fix).</exception>
    /// <exception cref="TrainingDivergedException">The loss became NaN or infinite; it carries the epochs completed before.</exception>
    /// <exception cref="InvalidOperationException">Called inside <c>torch.no_grad()</c> or <c>torch.inference_mode()</c>, or the optimizer holds parameters on another device.</exception>
    public static TrainingHistory Fit(nn.Module<Tensor, Tensor> model, Tensor xTrain, Tensor yTrain, Tensor xTest, Tensor yTest,
        Loss<Tensor, Tensor, Tensor> lossFn, optim.Optimizer optimizer, int epochs, int printEvery = 10,
        Device? device = null, TextWriter? output = null, Action<EpochRecord>? onEpoch = null)
    {
        Guards.LiveModule(model);
        Guards.Live(xTrain);
        Guards.Live(yTrain);
        Guards.Live(xTest);
        Guards.Live(yTest);
        ArgumentNullException.ThrowIfNull(lossFn);
        ArgumentNullException.ThrowIfNull(optimizer);
        TrainingChecks.GradientsEnabled(nameof(Fit));
        ArgumentOutOfRangeException.ThrowIfNegative(epochs);
        ArgumentOutOfRangeException.ThrowIfNegative(printEvery);
        device ??= Devices.Default;
        output ??= Console.Out;

        // Put the model and the data on the target device.
        MoveModel(model, optimizer, device);
        using var data = torch.NewDisposeScope();
        var (xTr, yTr, xTe, yTe) = (OnDevice(xTrain, device), OnDevice(yTrain, device), OnDevice(xTest, device), OnDevice(yTest, device));

        var parameters = optimizer.parameters().ToArray();
        TrainingChecks.OptimizerOwns(model, optimizer, parameters);
        const string NotFinite = "Clean or drop the samples with NaN or infinite features before training.";
        Guards.AllFinite(xTr, nameof(xTrain), NotFinite);
        Guards.AllFinite(xTe, nameof(xTest), NotFinite);
        var history = new TrainingHistory();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            // Everything an epoch creates (logits, loss, predictions, gradients' temporaries) is freed at its end.
            using var scope = torch.NewDisposeScope();

            // Training (the labels do not change, so they are checked in the first epoch only)
            var train = Train(model, xTr, yTr, lossFn, optimizer, parameters, check: epoch == 0, (nameof(xTrain), nameof(yTrain)), epoch, history);

            // Testing
            var test = Test(model, xTe, yTe, lossFn, check: epoch == 0, (nameof(xTest), nameof(yTest)));

            var record = new EpochRecord(epoch, train.Loss, train.Accuracy, test.Loss, test.Accuracy);
            history.Add(record);

            // Print out what's happening
            if (printEvery > 0 && epoch % printEvery == 0)
                output.WriteLine(record);
            onEpoch?.Invoke(record);
        }
        return history;
    }

    /// <summary>A tensor on <paramref name="device"/>: the same tensor when it is there already, else a copy owned by the current scope.</summary>
    private static Tensor OnDevice(Tensor t, Device device) =>
        SameDevice(t.device, device) ? t : t.to(device);

    private static void MoveModel(nn.Module<Tensor, Tensor> model, optim.Optimizer optimizer, Device device)
    {
        if (model.parameters().Any(p => !SameDevice(p.device, device)))
            model.to(device);
        var stale = optimizer.parameters().FirstOrDefault(p => !SameDevice(p.device, device));
        if (stale is not null)
            throw new InvalidOperationException(
                $"The optimizer holds parameters on {stale.device}, but training runs on {device}. " +
                "Move the model first (model.to(device)), then create the optimizer over model.parameters().");
    }

    private static bool SameDevice(Device a, Device b) =>
        a.type == b.type && (a.index == b.index || a.index < 0 || b.index < 0);
}
