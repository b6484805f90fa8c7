using System.Runtime.InteropServices;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Training;

/// <summary>
/// The course's training loop as a library, what the original later collects in <c>engine.py</c>: <see cref="Fit(nn.Module{Tensor, Tensor}, Tensor, Tensor, Tensor, Tensor, Loss{Tensor, Tensor, Tensor}, optim.Optimizer, int, int, Device?, TextWriter?, Action{EpochRecord}?)"/>
/// runs the epochs (on all the training data at once, as the chapter does, or on a data loader's mini-batches, as
/// notebook 10 does), each a <see cref="TrainStep"/> and a <see cref="TestStep"/>. Notebook 05 is the first to call it,
/// notebook 08b shows what it refuses. Binary or multi-class is told by the model's output width: one output for
/// <c>BCEWithLogitsLoss</c> with float labels, one per class for <c>CrossEntropyLoss</c> with int64 labels.
/// </summary>
/// <remarks>
/// Every step does the tensor operations of the loop the notebooks write out, so it prints the same numbers, bit
/// for bit; where it differs, it only skips work (see <see cref="LossLabels"/> and <see cref="CountCorrect"/>).
/// </remarks>
public static class Engine
{
    private const string NotFinite = "Clean or drop the samples with NaN or infinite features before training.";

    /// <summary>
    /// Trains <paramref name="model"/> for <paramref name="epochs"/> epochs on all of the training data at once (full
    /// batch, as the chapter does), each a <see cref="TrainStep"/> on the training data followed by a
    /// <see cref="TestStep"/> on the test data, and returns their history (introduced in notebook 05).
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
    /// <param name="onEpoch">Called after each epoch with its record, e.g. to update a live chart (notebook 12).</param>
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
        CheckFitArguments(xTest, yTest, lossFn, optimizer, epochs, printEvery);
        device ??= Devices.Default;

        // Put the model and the data on the target device.
        Devices.MoveModel(model, optimizer, device);
        using var data = torch.NewDisposeScope(); // the data's copies there, if it was elsewhere
        var (xTr, yTr, xTe, yTe) = (Devices.OnDevice(xTrain, device), Devices.OnDevice(yTrain, device), Devices.OnDevice(xTest, device), Devices.OnDevice(yTest, device));

        var parameters = optimizer.parameters().ToArray();
        TrainingChecks.OptimizerOwns(model, optimizer, parameters);
        Guards.AllFinite(xTr, nameof(xTrain), NotFinite);
        Guards.AllFinite(xTe, nameof(xTest), NotFinite);
        var history = new TrainingHistory();
        return Epochs(model, xTe, yTe, lossFn, epochs, printEvery, output, onEpoch, history, epoch =>
            // The labels do not change, so they are checked in the first epoch only.
            Train(model, xTr, yTr, lossFn, optimizer, parameters, check: epoch == 0, (nameof(xTrain), nameof(yTrain)), epoch, history).ToResult());
    }

    /// <summary>
    /// Trains <paramref name="model"/> for <paramref name="epochs"/> epochs on mini-batches (introduced in notebook 10):
    /// in each epoch, a <see cref="TrainStep"/> on every batch <paramref name="trainBatches"/> gives, in its order, then a
    /// <see cref="TestStep"/> on all the test data. An epoch's loss and accuracy are the means over its batches,
    /// weighted by batch size (the last batch can be smaller), as notebook 10's loop computes them.
    /// </summary>
    /// <remarks>
    /// <paramref name="trainBatches"/> is enumerated once per epoch, so a <c>DataLoader</c> over a
    /// <c>TensorDataset(X, y)</c> can be passed as it is: each of its batches is the pair [features, labels]. Its
    /// shuffling decides the order; a loader whose shuffler draws from a seeded generator gives the same numbers each
    /// run. Each batch runs in a dispose scope of its own; everything else is as for the full-batch
    /// <c>Fit</c>, whose parameters this one shares.
    /// </remarks>
    /// <param name="model">A model mapping [N, features] to logits, [N, 1] (binary) or [N, classes].</param>
    /// <param name="trainBatches">The training data as batches of [features, labels], e.g. <c>torch.utils.data.DataLoader(TensorDataset(XTrain, yTrain), 32, …)</c>.</param>
    /// <param name="xTest">Test features, evaluated all at once after each epoch.</param>
    /// <param name="yTest">Test labels.</param>
    /// <param name="lossFn">Typically <c>nn.BCEWithLogitsLoss()</c> or <c>nn.CrossEntropyLoss()</c>.</param>
    /// <param name="optimizer">An optimizer over the model's parameters; it steps once per batch.</param>
    /// <param name="epochs">How many passes over the training batches.</param>
    /// <param name="printEvery">Print a progress line when <c>epoch % printEvery == 0</c>; 0 prints nothing.</param>
    /// <param name="device">Where to train; null means <see cref="Devices.Default"/>. Batches elsewhere are copied there.</param>
    /// <param name="output">Where progress lines go; null means the console.</param>
    /// <param name="onEpoch">Called after each epoch with its record.</param>
    /// <exception cref="ArgumentException">An argument is null or disposed, a batch is not [features, labels] or does not fit the model, or an epoch gave no batch.</exception>
    /// <exception cref="TrainingDivergedException">The loss of a batch became NaN or infinite; it carries the epochs completed before.</exception>
    /// <exception cref="InvalidOperationException">Called inside <c>torch.no_grad()</c> or <c>torch.inference_mode()</c>, or the optimizer holds parameters on another device.</exception>
    public static TrainingHistory Fit(nn.Module<Tensor, Tensor> model, IEnumerable<IList<Tensor>> trainBatches, Tensor xTest, Tensor yTest,
        Loss<Tensor, Tensor, Tensor> lossFn, optim.Optimizer optimizer, int epochs, int printEvery = 10,
        Device? device = null, TextWriter? output = null, Action<EpochRecord>? onEpoch = null)
    {
        Guards.LiveModule(model);
        ArgumentNullException.ThrowIfNull(trainBatches);
        CheckFitArguments(xTest, yTest, lossFn, optimizer, epochs, printEvery);
        device ??= Devices.Default;

        // Put the model and the test data on the target device (each batch goes there as it comes).
        Devices.MoveModel(model, optimizer, device);
        using var data = torch.NewDisposeScope(); // the test data's copies there, if it was elsewhere
        var (xTe, yTe) = (Devices.OnDevice(xTest, device), Devices.OnDevice(yTest, device));

        var parameters = optimizer.parameters().ToArray();
        TrainingChecks.OptimizerOwns(model, optimizer, parameters);
        Guards.AllFinite(xTe, nameof(xTest), NotFinite);
        var history = new TrainingHistory();
        return Epochs(model, xTe, yTe, lossFn, epochs, printEvery, output, onEpoch, history, epoch =>
        {
            double lossSum = 0;
            long correct = 0, samples = 0;
            int index = 0;
            foreach (var batch in trainBatches)
            {
                using var scope = torch.NewDisposeScope(); // frees this batch's tensors right away
                var (x, y) = Batch(batch, index, device);
                bool check = epoch == 0; // every batch once: together they are all the training data
                var step = CheckedBatch(index, check, () =>
                {
                    if (check) Guards.AllFinite(x, nameof(trainBatches), $"They are in batch {index}'s features. {NotFinite}");
                    return Train(model, x, y, lossFn, optimizer, parameters, check, ("xBatch", "yBatch"), epoch, history, index);
                });
                lossSum += (double)step.Loss * step.Count; // the batch's summed loss: the loss is its mean
                correct += step.Correct;
                samples += step.Count;
                index++;
            }
            if (samples == 0)
                throw new ArgumentException(
                    $"trainBatches gave no batch in epoch {epoch}: there is nothing to train on. Pass a data loader over a non-empty " +
                    "dataset; an enumerator or LINQ query that can be walked only once is empty from its second pass on: use a list or a DataLoader.",
                    nameof(trainBatches));
            return new StepResult(lossSum / samples, (double)correct / samples * 100);
        });
    }

    /// <summary>
    /// One training step on all of <paramref name="x"/>: forward pass, loss, zero grad, backward, optimizer step
    /// (introduced in notebook 08b, which shows what it refuses). Returns the loss and the accuracy (percent) of
    /// the predictions made before the step.
    /// </summary>
    /// <remarks>
    /// The tensors a step makes are freed by the enclosing dispose scope: in a loop of your own, open one per
    /// epoch (<c>using var scope = torch.NewDisposeScope();</c>), as <c>Fit</c> does.
    /// </remarks>
    /// <exception cref="ArgumentException">An argument is null, disposed, or does not fit the others (named in the message, with the fix).</exception>
    /// <exception cref="TrainingDivergedException">The loss is NaN or infinite; the optimizer step is skipped.</exception>
    /// <exception cref="InvalidOperationException">Called inside <c>torch.no_grad()</c> or <c>torch.inference_mode()</c>.</exception>
    public static StepResult TrainStep(nn.Module<Tensor, Tensor> model, Tensor x, Tensor y,
        Loss<Tensor, Tensor, Tensor> lossFn, optim.Optimizer optimizer)
    {
        CheckArguments(model, x, y, lossFn);
        ArgumentNullException.ThrowIfNull(optimizer);
        TrainingChecks.GradientsEnabled(nameof(TrainStep));
        var parameters = optimizer.parameters().ToArray();
        TrainingChecks.OptimizerOwns(model, optimizer, parameters);
        return Train(model, x, y, lossFn, optimizer, parameters, check: true, (nameof(x), nameof(y))).ToResult();
    }

    /// <summary>
    /// One evaluation step on all of <paramref name="x"/>, in eval mode and without gradients: forward pass, then
    /// loss and accuracy (percent) (introduced in notebook 08b).
    /// </summary>
    /// <exception cref="ArgumentException">An argument is null, disposed, or does not fit the others (named in the message, with the fix).</exception>
    public static StepResult TestStep(nn.Module<Tensor, Tensor> model, Tensor x, Tensor y, Loss<Tensor, Tensor, Tensor> lossFn)
    {
        CheckArguments(model, x, y, lossFn);
        return Test(model, x, y, lossFn, check: true, (nameof(x), nameof(y))).ToResult();
    }

    /// <summary>The arguments both <c>Fit</c>s take besides the model and the training data.</summary>
    private static void CheckFitArguments(Tensor xTest, Tensor yTest, Loss<Tensor, Tensor, Tensor> lossFn, optim.Optimizer optimizer,
        int epochs, int printEvery)
    {
        Guards.Live(xTest);
        Guards.Live(yTest);
        ArgumentNullException.ThrowIfNull(lossFn);
        ArgumentNullException.ThrowIfNull(optimizer);
        TrainingChecks.GradientsEnabled(nameof(Fit));
        ArgumentOutOfRangeException.ThrowIfNegative(epochs);
        ArgumentOutOfRangeException.ThrowIfNegative(printEvery);
    }

    /// <summary>
    /// The epochs of both <c>Fit</c>s: <paramref name="train"/> trains one (on all the data, or on its batches), then
    /// the test data is measured, and the epoch recorded, printed and handed to <paramref name="onEpoch"/>.
    /// </summary>
    private static TrainingHistory Epochs(nn.Module<Tensor, Tensor> model, Tensor xTest, Tensor yTest, Loss<Tensor, Tensor, Tensor> lossFn,
        int epochs, int printEvery, TextWriter? output, Action<EpochRecord>? onEpoch, TrainingHistory history, Func<int, StepResult> train)
    {
        output ??= Console.Out;
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            // Everything an epoch creates (logits, loss, predictions, gradients' temporaries) is freed at its end.
            using var scope = torch.NewDisposeScope();

            // Training
            var trained = train(epoch);

            // Testing
            var test = Test(model, xTest, yTest, lossFn, check: epoch == 0, (nameof(xTest), nameof(yTest))).ToResult();

            var record = new EpochRecord(epoch, trained.Loss, trained.Accuracy, test.Loss, test.Accuracy);
            history.Add(record);

            // Print out what's happening
            if (printEvery > 0 && epoch % printEvery == 0)
                output.WriteLine(record);
            onEpoch?.Invoke(record);
        }
        return history;
    }

    /// <summary>A batch's features and labels, on <paramref name="device"/>; refused unless it is two live tensors.</summary>
    private static (Tensor X, Tensor Y) Batch(IList<Tensor>? batch, int index, Device device)
    {
        const string Shape = "each batch must be the pair [features, labels], as a DataLoader over TensorDataset(X, y) gives it";
        if (batch is null)
            throw new ArgumentException($"trainBatches gave null as batch {index}: {Shape}.", "trainBatches");
        if (batch.Count != 2)
            throw new ArgumentException($"trainBatches gave {batch.Count} tensor(s) as batch {index}: {Shape}.", "trainBatches");
        for (int k = 0; k < 2; k++)
            if (batch[k] is null || batch[k].IsInvalid)
                throw new ArgumentException(
                    $"trainBatches gave a {(batch[k] is null ? "null" : "disposed")} tensor as the {(k == 0 ? "features" : "labels")} of batch {index}: " +
                    "a loader over a dataset whose tensors were freed (a dispose scope that ended, or disposeDataset: true) cannot train. " +
                    "Create the data outside that scope, or keep it with MoveToOuterDisposeScope().", "trainBatches");
        return (Devices.OnDevice(batch[0], device), Devices.OnDevice(batch[1], device));
    }

    /// <summary>
    /// A batch's training step, its checks' messages turned into ones that name <c>trainBatches</c> and the batch:
    /// the checks call its tensors xBatch and yBatch, as notebook 10's loop does.
    /// </summary>
    private static Measured CheckedBatch(int index, bool checking, Func<Measured> step)
    {
        if (!checking) return step();
        try
        {
            return step();
        }
        catch (ArgumentException e) when (e is not TrainingDivergedException && e.ParamName is "xBatch" or "yBatch" or "lossFn")
        {
            string message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "");
            throw new ArgumentException($"Batch {index} of trainBatches (features xBatch, labels yBatch) does not fit: {message}",
                e.ParamName == "lossFn" ? "lossFn" : "trainBatches", e);
        }
    }

    /// <summary>The arguments every step takes: set, not disposed.</summary>
    private static void CheckArguments(nn.Module<Tensor, Tensor> model, Tensor x, Tensor y, Loss<Tensor, Tensor, Tensor> lossFn)
    {
        Guards.LiveModule(model);
        // Data on another device than the model is that mistake, named with both devices (notebook 08b), even on the
        // meta device, which Guards.Live would otherwise refuse for having no values.
        if (x is { IsInvalid: false }) TrainingChecks.SameDevice(model, x, nameof(x));
        Guards.Live(x);
        Guards.Live(y);
        ArgumentNullException.ThrowIfNull(lossFn);
    }

    /// <summary>
    /// The five steps of the loop on <paramref name="x"/>, with the optimizer's <paramref name="parameters"/> passed in
    /// (listed once per training), checking the inputs and labels only when asked. <paramref name="names"/> are the
    /// caller's names of the data, for messages; <paramref name="epoch"/>, <paramref name="history"/> and
    /// <paramref name="batch"/> say where training is, should the loss diverge.
    /// </summary>
    private static Measured Train(nn.Module<Tensor, Tensor> model, Tensor x, Tensor y,
        Loss<Tensor, Tensor, Tensor> lossFn, optim.Optimizer optimizer, IEnumerable<Tensor> parameters, bool check,
        (string X, string Y) names, int? epoch = null, TrainingHistory? history = null, int? batch = null)
    {
        model.train();
        TrainingChecks.NotEmpty(x, names.X); // every step: a loss over no samples is NaN, which would read as divergence
        if (check) TrainingChecks.InputShape(model, x, names.X);

        // 1. Forward pass (model outputs raw logits)
        var yLogits = check ? TrainingChecks.Forward(model, x, names.X) : model.call(x);
        if (check)
        {
            TrainingChecks.LossFits(lossFn, yLogits);
            TrainingChecks.Labels(yLogits, y, names.Y);
        }
        TrainingChecks.ProbabilitiesForBceLoss(lossFn, yLogits); // only for BCELoss, every step: outputs may drift out of [0, 1]
        if (check) TrainingChecks.LogProbabilitiesForNllLoss(lossFn, yLogits);

        // 2. Calculate loss/accuracy
        var loss = lossFn.call(yLogits, LossLabels(yLogits, y));
        float lossValue = loss.ToSingle(); // ToSingle: item<float>() builds a strided accessor for one value
        // A NaN or infinite loss would make every parameter NaN at the step: stop before it, with the likely causes.
        if (!float.IsFinite(lossValue))
            throw TrainingChecks.Diverged(lossValue, x, names.X, epoch, history, batch);
        long correct = CountCorrectPredictions(y, yLogits, lossFn);

        // 3. Optimizer zero grad (to None, as PyTorch's optimizer.zero_grad() does)
        OptimizerGradients.SetToNone(parameters);

        // 4. Loss backwards
        loss.backward();

        // 5. Optimizer step
        optimizer.step();

        return new Measured(lossValue, correct, yLogits.size(0));
    }

    /// <summary>The evaluation step on <paramref name="x"/>, checking the inputs and labels only when asked.</summary>
    private static Measured Test(nn.Module<Tensor, Tensor> model, Tensor x, Tensor y, Loss<Tensor, Tensor, Tensor> lossFn, bool check,
        (string X, string Y) names)
    {
        model.eval();
        TrainingChecks.NotEmpty(x, names.X);
        if (check) TrainingChecks.InputShape(model, x, names.X);
        using (torch.inference_mode())
        {
            // 1. Forward pass
            var testLogits = check ? TrainingChecks.Forward(model, x, names.X) : model.call(x);
            if (check)
            {
                TrainingChecks.LossFits(lossFn, testLogits);
                TrainingChecks.Labels(testLogits, y, names.Y);
            }
            TrainingChecks.ProbabilitiesForBceLoss(lossFn, testLogits);
            if (check) TrainingChecks.LogProbabilitiesForNllLoss(lossFn, testLogits);

            // 2. Calculate test loss/accuracy
            var testLoss = lossFn.call(testLogits, LossLabels(testLogits, y));
            long correct = CountCorrectPredictions(y, testLogits, lossFn);
            return new Measured(testLoss.ToSingle(), correct, testLogits.size(0));
        }
    }

    /// <summary>
    /// The labels as the loss function takes them with these logits: for a binary model's [N, 1] logits, the
    /// labels as a column, [N, 1]. The course squeezes the logits to [N] instead (<c>model(X).squeeze()</c>):
    /// the loss and the gradients are the same, bit for bit, but the squeeze is one more step in the graph
    /// that backward walks every epoch. The labels take no part in the graph, so their view costs nothing there.
    /// </summary>
    private static Tensor LossLabels(Tensor logits, Tensor y) =>
        y.dim() == 1 && Logits.IsColumn(logits) ? y.unsqueeze(1) : y;

    /// <summary>
    /// The count behind the course's <c>accuracy_fn</c>, on the labels the model's logits predict
    /// (<see cref="Logits.ToLabels"/>): the samples predicted right, <c>torch.eq(y_true, y_pred).sum().item()</c>.
    /// With <c>BCELoss</c> the outputs are probabilities already, so they are only rounded. The predictions take no
    /// part in the loss, so no gradients are recorded for them. The labels were checked by <see cref="TrainingChecks.Labels"/>.
    /// </summary>
    private static long CountCorrectPredictions(Tensor yTrue, Tensor logits, Loss<Tensor, Tensor, Tensor> lossFn)
    {
        using var noGrad = torch.no_grad();
        // BCELoss is fed probabilities (the model ends in a sigmoid): a second sigmoid would make every prediction 1.
        var yPred = lossFn is TorchSharp.Modules.BCELoss ? (Logits.IsColumn(logits) ? logits.squeeze(1) : logits).round() : Logits.ToLabelsUnchecked(logits);
        return CountCorrect(yTrue, yPred);
    }

    /// <summary>
    /// <c>torch.eq(yTrue, yPred).sum().item()</c>. On the CPU the values are compared where they lie instead:
    /// the same count without three more libtorch calls, which for the course's tiny models are a noticeable
    /// part of an epoch (about 5 µs of some 300).
    /// </summary>
    private static long CountCorrect(Tensor yTrue, Tensor yPred)
    {
        if (yTrue.device_type == DeviceType.CPU && yPred.device_type == DeviceType.CPU && yTrue.dtype == yPred.dtype
            && yTrue.is_contiguous() && yPred.is_contiguous())
        {
            switch (yPred.dtype)
            {
                case ScalarType.Float32: return CountEqual<float>(yTrue, yPred);
                case ScalarType.Int64: return CountEqual<long>(yTrue, yPred);
            }
        }
        return torch.eq(yTrue, yPred).sum().item<long>();
    }

    private static long CountEqual<T>(Tensor a, Tensor b) where T : unmanaged, IEquatable<T>
    {
        var x = MemoryMarshal.Cast<byte, T>(a.bytes);
        var y = MemoryMarshal.Cast<byte, T>(b.bytes);
        long equal = 0;
        for (int i = 0; i < y.Length; i++)
            if (x[i].Equals(y[i])) equal++;
        return equal;
    }

    /// <summary>What one step measured, before it becomes percentages: a mini-batch epoch adds these up.</summary>
    private readonly record struct Measured(float Loss, long Correct, long Count)
    {
        /// <summary>The loss, and the accuracy as the course's <c>accuracy_fn</c> gives it: correct / count × 100.</summary>
        public StepResult ToResult() => new(Loss, (double)Correct / Count * 100);
    }
}

/// <summary>
/// What a train or test step measured: the loss and the accuracy in percent (<see cref="Engine.TrainStep"/> and
/// <see cref="Engine.TestStep"/> return it; introduced in notebook 08b).
/// </summary>
/// <param name="Loss">The loss function's value on the step's data (a mean over its samples).</param>
/// <param name="Accuracy">The percentage of samples predicted right, 0 to 100.</param>
public readonly record struct StepResult(double Loss, double Accuracy);
