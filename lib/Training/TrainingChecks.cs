using System.Globalization;
using System.Runtime.InteropServices;
using CourseLib.Metrics;
using CourseLib.Plots;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CourseLib.Training;

/// <summary>
/// What <see cref="Engine"/> checks before libtorch would fail, or before training would go silently wrong: the
/// arguments themselves, gradient mode, an optimizer over this model, inputs the model can take, a loss function
/// that fits the model's outputs, and a loss that stays finite. Every message says what was wrong and the fix.
/// </summary>
internal static class TrainingChecks
{
    /// <summary>Training needs gradients: refused inside <c>torch.no_grad()</c> or <c>torch.inference_mode()</c>.</summary>
    public static void GradientsEnabled(string method)
    {
        if (!torch.is_grad_enabled() || torch.is_inference_mode_enabled())
            throw new InvalidOperationException(
                $"{method} was called with gradient tracking off (inside torch.no_grad() or torch.inference_mode()): no gradient " +
                "would be recorded, so backward() would fail. Call it outside that block; to evaluate, use TestStep, which turns gradients off itself.");
    }

    /// <summary>The optimizer must update this model: refused when it holds none of the model's trainable parameters.</summary>
    public static void OptimizerOwns(nn.Module model, optim.Optimizer optimizer, IEnumerable<Tensor> optimizerParameters)
    {
        var own = model.parameters().Select(p => p.Handle).ToHashSet();
        var held = optimizerParameters.ToArray();
        if (!held.Any(p => own.Contains(p.Handle)))
            throw new ArgumentException(
                $"optimizer holds {held.Length} parameter(s), none of them the model's: it was created for another model (or an earlier " +
                "instance of this one), so training would change nothing. Create it over this model, e.g. optim.SGD(model.parameters(), 0.1).",
                nameof(optimizer));
        if (!held.Any(p => own.Contains(p.Handle) && p.requires_grad))
            throw new ArgumentException(
                "None of the model's parameters that optimizer holds requires gradients (all are frozen), so backward() would fail. " +
                "Unfreeze at least one layer (parameter.requires_grad = true).", nameof(optimizer));
    }

    /// <summary>
    /// Inputs the engine can feed to the model: a 2-D batch [N, features] of the model's floating-point type. (The
    /// width is compared with the model's first layer only when the forward pass fails, in <see cref="Forward"/>: a
    /// model's first registered layer need not be the one its forward pass applies first.)
    /// </summary>
    public static void InputShape(nn.Module model, Tensor x, string name)
    {
        if (x.dim() != 2)
        {
            string fix = x.dim() switch
            {
                0 => "a single number is not a batch; wrap it as shape [1, 1]",
                1 => $"for one feature per sample use {name}.unsqueeze(1) (shape [{x.size(0)}, 1]); for a single sample, {name}.unsqueeze(0)",
                _ => $"flatten each sample's values with {name}.flatten(1) (shape [{x.size(0)}, {x.shape.Skip(1).Aggregate(1L, (a, b) => a * b)}]) if the model takes them as one row",
            };
            throw new ArgumentException(
                $"{name} has shape {Shape(x)}, but the engine trains on a batch of feature rows, shape [N, features]: {fix}.", name);
        }
        var (_, dtype) = ModelPlacement.Of(model);
        if (x.dtype != dtype)
            throw new ArgumentException(
                $"{name} has dtype {x.dtype}, but the model's parameters are {dtype}: convert the features with {name}.to(torch.{DTypeName(dtype)})" +
                (dtype == ScalarType.Float32 ? " (the course's .type(torch.float))." : "."), name);
    }

    /// <summary>
    /// The forward pass, with libtorch's shape or device error, when it comes, turned into one that names the input,
    /// compares its width with the model's first <c>Linear</c> layer and gives the fix.
    /// </summary>
    public static Tensor Forward(nn.Module<Tensor, Tensor> model, Tensor x, string name)
    {
        try
        {
            return model.call(x);
        }
        catch (ExternalException e)
        {
            var (device, _) = ModelPlacement.Of(model);
            if (x.device_type != device.type)
                throw new ArgumentException(DifferentDevices(name, x, device), name, e);
            if (FirstLinear(model) is { } first && first.weight!.shape[1] != x.size(1))
                throw new ArgumentException(
                    $"{name} has {x.size(1)} features per sample (shape {Shape(x)}), but the model's first layer takes {first.weight.shape[1]} " +
                    $"(Linear(in_features={first.weight.shape[1]}, out_features={first.weight.shape[0]})): give it inputs with {first.weight.shape[1]} " +
                    $"columns, or build the model with in_features={x.size(1)}.", name, e);
            throw new ArgumentException(
                $"The model's forward pass failed on {name} (shape {Shape(x)}, dtype {x.dtype}): {FirstLine(e.Message)}", name, e);
        }
    }

    /// <summary>
    /// The loss function must fit the model's outputs: <c>CrossEntropyLoss</c> needs one output per class (with one
    /// output its loss is exactly 0 and nothing is learnt), the BCE losses one output, and <c>BCELoss</c> probabilities.
    /// </summary>
    public static void LossFits(Loss<Tensor, Tensor, Tensor> lossFn, Tensor logits)
    {
        bool binary = Logits.IsBinary(logits);
        string outputs = binary ? "one output" : $"{logits.size(1)} outputs";
        if (lossFn is CrossEntropyLoss && binary)
            throw new ArgumentException(
                "lossFn is CrossEntropyLoss, but the model has one output: the softmax of a single value is always 1, so the loss is " +
                "exactly 0 and the model never learns. For two classes keep one output and use BCEWithLogitsLoss with float labels 0/1, " +
                "or give the model one output per class (e.g. Linear(hidden, 2)) with int64 labels.", nameof(lossFn));
        if (lossFn is BCEWithLogitsLoss or BCELoss && !binary)
            throw new ArgumentException(
                $"lossFn is {lossFn.GetType().Name}, which scores one output per sample (binary classification), but the model has {outputs}: " +
                $"for {logits.size(1)} classes use CrossEntropyLoss with int64 labels, or give the model one output.", nameof(lossFn));
    }

    /// <summary>
    /// Refuses labels that do not fit the model's logits, before the loss function fails less clearly or the
    /// accuracy comes out silently wrong: the wrong dtype for the model's kind, not one label per prediction,
    /// values that are not classes of the model.
    /// </summary>
    public static void Labels(Tensor logits, Tensor y, string name)
    {
        bool binary = Logits.IsBinary(logits);
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

    /// <summary><c>BCELoss</c> takes probabilities: outputs outside [0, 1] are logits, which it cannot take.</summary>
    public static void ProbabilitiesForBceLoss(Loss<Tensor, Tensor, Tensor> lossFn, Tensor outputs)
    {
        if (lossFn is not BCELoss || outputs.numel() == 0) return;
        using var scope = NewDisposeScope();
        double low = outputs.min().ToDouble(), high = outputs.max().ToDouble();
        if (low >= 0 && high <= 1) return;
        throw new ArgumentException(
            $"lossFn is BCELoss, which takes probabilities in [0, 1], but the model's outputs run from {Number(low)} to {Number(high)}: they " +
            "look like logits. Use BCEWithLogitsLoss, which applies the sigmoid itself (and more stably), or end the model with nn.Sigmoid().",
            nameof(lossFn));
    }

    /// <summary>The input must be on the model's device: refused naming both, before the forward pass.</summary>
    public static void SameDevice(nn.Module model, Tensor x, string name)
    {
        var (device, _) = ModelPlacement.Of(model);
        if (x.device_type != device.type)
            throw new ArgumentException(DifferentDevices(name, x, device), name);
    }

    private static string DifferentDevices(string name, Tensor x, Device device) =>
        $"{name} is on {x.device}, but the model is on {device}: put both on one device ({name}.to(device), model.to(device)).";

    /// <summary>
    /// A step needs at least one sample: the mean loss over none is NaN (0 / 0), which would be reported as a divergence
    /// and blamed on the learning rate, and the accuracy would be NaN.
    /// </summary>
    public static void NotEmpty(Tensor x, string name)
    {
        if (x.dim() > 0 && x.size(0) == 0)
            throw new ArgumentException(
                $"{name} has no samples (shape {Shape(x)}): a loss or an accuracy over none is undefined. Check the split or the slice " +
                "that made it (a test fraction of 0, or a batch past the end of the data).", name);
    }

    /// <summary>
    /// <c>NLLLoss</c> takes log-probabilities, all ≤ 0: fed raw logits it rewards making them ever larger and runs
    /// off to minus billions without a NaN to stop it. Checked on the first step of a training.
    /// </summary>
    public static void LogProbabilitiesForNllLoss(Loss<Tensor, Tensor, Tensor> lossFn, Tensor outputs)
    {
        if (lossFn is not NLLLoss || outputs.numel() == 0) return;
        using var scope = NewDisposeScope();
        double high = outputs.max().ToDouble();
        if (high <= 1e-6) return; // log-probabilities, within rounding
        throw new ArgumentException(
            $"lossFn is NLLLoss, which takes log-probabilities (all ≤ 0), but the model's outputs reach {Number(high)}: they look like " +
            "raw logits, and the loss would fall without bound. Use CrossEntropyLoss, which applies log_softmax itself, or end the model " +
            "with nn.LogSoftmax(dim: 1).", nameof(lossFn));
    }

    /// <summary>The exception for a loss that is not finite, with the likely causes found in the inputs.</summary>
    /// <remarks>
    /// In a mini-batch epoch (<paramref name="batch"/> set) the batches before the failing one have stepped already:
    /// the model keeps the parameters they left.
    /// </remarks>
    public static TrainingDivergedException Diverged(float loss, Tensor x, string xName, int? epoch, TrainingHistory? history, int? batch = null)
    {
        using var scope = NewDisposeScope();
        bool finiteInputs = !x.is_floating_point() || isfinite(x).all().item<bool>();
        double largest = finiteInputs && x.numel() > 0 ? x.abs().max().ToDouble() : double.NaN;
        string when = (epoch, batch) switch
        {
            (int e, int b) => $"at epoch {e}, batch {b}",
            (int e, null) => $"at epoch {e}",
            _ => "in this step",
        };
        string before = (history, batch) switch
        {
            (_, > 0) => "; this batch's optimizer step was skipped, so the model keeps the parameters the batches before it left",
            ({ Count: > 0 } h, _) => $" (it was {Number(h[^1].Loss)} at epoch {h[^1].Epoch}); the model keeps the parameters it had after epoch {h[^1].Epoch}",
            _ => "; the optimizer step was skipped, so the parameters are unchanged",
        };
        string causes = finiteInputs
            ? "Likely causes: a learning rate too high for this model and data (create the optimizer with one 10 times smaller), " +
              $"or inputs on a large scale ({xName}'s largest magnitude is {Number(largest)}: standardise each feature to mean 0 " +
              "and standard deviation 1)."
            : $"{xName} holds NaN or infinite values: clean or drop them before training.";
        return new TrainingDivergedException(
            $"The training loss is {Number(loss)} {when}, so training stopped{before}. {causes}",
            finiteInputs ? "optimizer" : xName, epoch, loss, history);
    }

    /// <summary>The model's first <c>Linear</c> layer in registration order (its input layer in the course's models), if any.</summary>
    private static Linear? FirstLinear(nn.Module module)
    {
        if (module is Linear linear) return linear;
        foreach (var (_, child) in module.named_children())
            if (FirstLinear(child) is { } found) return found;
        return null;
    }

    private static string DTypeName(ScalarType dtype) => dtype switch
    {
        ScalarType.Float32 => "float32",
        ScalarType.Float64 => "float64",
        ScalarType.Float16 => "float16",
        ScalarType.BFloat16 => "bfloat16",
        var other => other.ToString().ToLowerInvariant(),
    };

    private static string Shape(Tensor t) => "[" + string.Join(", ", t.shape) + "]";

    private static string Number(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
