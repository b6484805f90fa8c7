using CourseLib.Metrics;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CourseLib.Training;

/// <summary>
/// What the course later collects in <c>engine.py</c>: <see cref="TrainStep"/>, <see cref="TestStep"/> and
/// the loop around them, <see cref="Fit"/>. Full batch, as in the classification chapter: each step sees
/// all of its data at once. Binary or multi-class is told by the model's output width (see
/// <see cref="Predictions"/>): one output for <c>BCEWithLogitsLoss</c> with float labels, one per class
/// for <c>CrossEntropyLoss</c> with int64 labels.
/// </summary>
public static partial class Engine
{
    /// <summary>
    /// One training step on all of <paramref name="x"/>: forward pass, loss, zero grad, backward, optimizer step.
    /// Returns the loss and the accuracy (percent) of the predictions made before the step.
    /// </summary>
    /// <remarks>
    /// The tensors a step makes are freed by the enclosing dispose scope: in a loop of your own, open one per
    /// epoch (<c>using var scope = torch.NewDisposeScope();</c>), as <see cref="Fit"/> does.
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
        return Train(model, x, y, lossFn, optimizer, parameters, check: true, (nameof(x), nameof(y)));
    }

    /// <summary>
    /// One evaluation step on all of <paramref name="x"/>, in eval mode and without gradients:
    /// forward pass, then loss and accuracy (percent).
    /// </summary>
    /// <exception cref="ArgumentException">An argument is null, disposed, or does not fit the others (named in the message, with the fix).</exception>
    public static StepResult TestStep(nn.Module<Tensor, Tensor> model, Tensor x, Tensor y, Loss<Tensor, Tensor, Tensor> lossFn)
    {
        CheckArguments(model, x, y, lossFn);
        return Test(model, x, y, lossFn, check: true, (nameof(x), nameof(y)));
    }

    /// <summary>The arguments every step takes: set, not disposed.</summary>
    private static void CheckArguments(nn.Module<Tensor, Tensor> model, Tensor x, Tensor y, Loss<Tensor, Tensor, Tensor> lossFn)
    {
        Guards.LiveModule(model);
        Guards.Live(x);
        Guards.Live(y);
        ArgumentNullException.ThrowIfNull(lossFn);
    }

    /// <summary>
    /// <see cref="TrainStep"/>, with the optimizer's <paramref name="parameters"/> passed in: <see cref="Fit"/> lists
    /// them once (TorchSharp walks the model's modules each time they are asked for) and checks the labels in its
    /// first epoch only. <paramref name="names"/> are the caller's names of the data, for messages.
    /// </summary>
    private static StepResult Train(nn.Module<Tensor, Tensor> model, Tensor x, Tensor y,
        Loss<Tensor, Tensor, Tensor> lossFn, optim.Optimizer optimizer, IEnumerable<Tensor> parameters, bool check,
        (string X, string Y) names, int? epoch = null, TrainingHistory? history = null)
    {
        model.train();
        if (check) TrainingChecks.InputShape(model, x, names.X);

        // 1. Forward pass (model outputs raw logits)
        var yLogits = check ? TrainingChecks.Forward(model, x, names.X) : model.call(x);
        if (check)
        {
            TrainingChecks.LossFits(lossFn, yLogits);
            CheckLabels(yLogits, y, names.Y);
        }
        TrainingChecks.ProbabilitiesForBceLoss(lossFn, yLogits); // only for BCELoss, every step: outputs may drift out of [0, 1]

        // 2. Calculate loss/accuracy
        var loss = lossFn.call(yLogits, LossLabels(yLogits, y));
        float lossValue = loss.ToSingle(); // ToSingle: item<float>() builds a strided accessor for one value
        // A NaN or infinite loss would make every parameter NaN at the step: stop before it, with the likely causes.
        if (!float.IsFinite(lossValue))
            throw TrainingChecks.Diverged(lossValue, x, names.X, epoch, history);
        double acc = AccuracyFn(y, yLogits, lossFn);

        // 3. Optimizer zero grad (to None, as PyTorch's optimizer.zero_grad() does)
        OptimizerGradients.SetToNone(parameters);

        // 4. Loss backwards
        loss.backward();

        // 5. Optimizer step
        optimizer.step();

        return new StepResult(lossValue, acc);
    }

    /// <summary><see cref="TestStep"/>, checking the inputs and labels only when asked.</summary>
    private static StepResult Test(nn.Module<Tensor, Tensor> model, Tensor x, Tensor y, Loss<Tensor, Tensor, Tensor> lossFn, bool check,
        (string X, string Y) names)
    {
        model.eval();
        if (check) TrainingChecks.InputShape(model, x, names.X);
        using (torch.inference_mode())
        {
            // 1. Forward pass
            var testLogits = check ? TrainingChecks.Forward(model, x, names.X) : model.call(x);
            if (check)
            {
                TrainingChecks.LossFits(lossFn, testLogits);
                CheckLabels(testLogits, y, names.Y);
            }
            TrainingChecks.ProbabilitiesForBceLoss(lossFn, testLogits);

            // 2. Calculate test loss/accuracy
            var testLoss = lossFn.call(testLogits, LossLabels(testLogits, y));
            double testAcc = AccuracyFn(y, testLogits, lossFn);

            return new StepResult(testLoss.ToSingle(), testAcc);
        }
    }

    /// <summary>
    /// The labels as the loss function takes them with these logits: for a binary model's [N, 1] logits, the
    /// labels as a column, [N, 1]. The course squeezes the logits to [N] instead (<c>model(X).squeeze()</c>):
    /// the loss and the gradients are the same, bit for bit, but the squeeze is one more step in the graph
    /// that backward walks every epoch. The labels take no part in the graph, so their view costs nothing there.
    /// </summary>
    private static Tensor LossLabels(Tensor logits, Tensor y) =>
        y.dim() == 1 && Predictions.IsColumn(logits) ? y.unsqueeze(1) : y;

    /// <summary>
    /// Refuses labels that do not fit the model's logits, before the loss function fails less clearly or the
    /// accuracy comes out silently wrong: the wrong dtype for the model's kind, not one label per prediction,
    /// values that are not classes of the model.
    /// </summary>
    private static void CheckLabels(Tensor logits, Tensor y, string name)
    {
        bool binary = Predictions.IsBinary(logits);
        long classes = binary ? 2 : logits.size(1);
        if (binary && !y.is_floating_point())
            throw new ArgumentException(
                $"{name} has dtype {y.dtype}, but a binary model (one output) is trained with BCEWithLogitsLoss, which needs float labels: " +
                $"pass {name}.to(torch.float32), as the course does with .type(torch.float).", name);
        if (!binary && y.dim() == 1 && y.dtype != ScalarType.Int64)
            throw new ArgumentException(
                $"{name} has dtype {y.dtype}, but a multi-class model ({classes} outputs) is trained with CrossEntropyLoss, " +
                $"which needs int64 class labels: pass {name}.to(torch.int64), as the course does with .type(torch.LongTensor).", name);

        long predictions = logits.size(0);
        if (y.dim() != 1 || y.size(0) != predictions)
            throw new ArgumentException(
                $"{name} has shape [{string.Join(", ", y.shape)}], but the model made {predictions} predictions: " +
                $"the labels must be a vector with one label per sample, shape [{predictions}].", name);

        long largest = LabelReader.Read(y, name).DefaultIfEmpty().Max();
        if (largest >= classes)
            throw new ArgumentException(binary
                ? $"{name} contains the label {largest}, but a binary model predicts 0 or 1: its labels must be 0 or 1."
                : $"{name} contains the label {largest}, but the model has {classes} outputs, one per class 0 to {classes - 1}.", name);
    }
}
