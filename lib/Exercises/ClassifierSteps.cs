using System.Runtime.InteropServices;
using CourseLib.Data;
using CourseLib.Plots;
using static TorchSharp.torch;

namespace CourseLib.Exercises;

/// <summary>The variable names a classifier exercise's check cell was given, as the notebook spells them (for the messages).</summary>
internal sealed record ClassifierNames(string LabelledData, string X, string Y, string XTrain, string XTest, string YTrain, string YTest, string Model);

/// <summary>
/// The steps of a classification exercise that a check can see, each checked on what the learner made: the tensors
/// from the dataset's arrays, the train/test split, the model's inputs and outputs, and the goal on the test set.
/// Each returns what is missing rather than throwing, because the learner's variables may still be placeholders.
/// </summary>
internal static class ClassifierSteps
{
    /// <summary>The share of the samples the exercises put in the test set (80/20, as the chapter does).</summary>
    public const double TestShare = 0.2;

    public static ExerciseStep Tensors(LabelledData data, Tensor? x, Tensor? y, ClassifierNames n)
    {
        const string Step = "tensors";
        string labelType = Name(data.LabelType);
        if (x is null)
            return new(Step, false, $"{n.X} is still null; make it from {n.LabelledData}.X with torch.from_array, as float32 ({TaughtIn.TensorsFromArrays}).");
        if (y is null)
            return new(Step, false, $"{n.Y} is still null; make it from {n.LabelledData}.Y with torch.from_array, as {labelType} ({TaughtIn.TensorsFromArrays}).");

        long[] features = [data.Count, data.FeatureCount];
        if (!x.shape.SequenceEqual(features))
            return new(Step, false, $"{n.X} has shape {Shape(x)}, {n.LabelledData}.X is {Shape(features)}: make it from all of {n.LabelledData}.X.");
        if (x.dtype != ScalarType.Float32)
            return new(Step, false,
                $"{n.X} is {Name(x.dtype)}; the model's weights are float32, so convert it with .to(torch.float32) ({TaughtIn.TensorsFromArrays}).");
        if (!y.shape.SequenceEqual([data.Count]))
            return new(Step, false,
                $"{n.Y} has shape {Shape(y)}; the labels are one number per sample, [{data.Count}], like {n.LabelledData}.Y.");
        if (y.dtype != data.LabelType)
            return new(Step, false, $"{n.Y} is {Name(y.dtype)}, but this exercise's loss wants {labelType} labels: convert it with " +
                $".to(torch.{labelType}) ({(IsBinary(data) ? TaughtIn.WhichLoss : TaughtIn.MultiClassLoss)}).");

        using var scope = NewDisposeScope();
        var (expectedX, expectedY) = data.ToTensors();
        if (!x.cpu().eq(expectedX).all().item<bool>())
            return new(Step, false, $"{n.X} does not hold the values of {n.LabelledData}.X: make it from {n.LabelledData}.X itself, in its order.");
        if (!y.cpu().eq(expectedY).all().item<bool>())
            return new(Step, false, $"{n.Y} does not hold the labels of {n.LabelledData}.Y: make it from {n.LabelledData}.Y itself, in its order.");
        return new(Step, true, $"{n.X} {Shape(x)} float32 and {n.Y} {Shape(y)} {labelType} hold {n.LabelledData}.X and {n.LabelledData}.Y");
    }

    public static ExerciseStep Split(LabelledData data, Tensor x, Tensor y, Tensor? xTrain, Tensor? xTest, Tensor? yTrain, Tensor? yTest,
        ClassifierNames n)
    {
        const string Step = "split";
        string how = $"split {n.X} and {n.Y} 80/20 with ModelSelection.TrainTestSplit ({TaughtIn.TrainTestSplit})";
        foreach (var (part, name) in new[] { (xTrain, n.XTrain), (xTest, n.XTest), (yTrain, n.YTrain), (yTest, n.YTest) })
        {
            if (part is null) return new(Step, false, $"{name} is still null; {how}.");
        }

        foreach (var (features, labels, xName, yName) in new[] { (xTrain!, yTrain!, n.XTrain, n.YTrain), (xTest!, yTest!, n.XTest, n.YTest) })
        {
            if (features.dim() != 2 || features.size(1) != data.FeatureCount)
                return new(Step, false, $"{xName} has shape {Shape(features)}: it should hold whole rows of {n.X}, [samples, {data.FeatureCount}]; {how}.");
            if (labels.dim() != 1 || labels.size(0) != features.size(0))
                return new(Step, false, $"{yName} has shape {Shape(labels)} for the {features.size(0)} rows of {xName}: one label per row; {how}.");
        }

        long train = xTrain!.size(0), test = xTest!.size(0);
        if (train + test != data.Count)
            return new(Step, false, $"{n.XTrain} and {n.XTest} hold {train} + {test} samples, the data {data.Count}: every sample goes to exactly one of them; {how}.");
        int expectedTest = ModelSelection.SplitCounts(data.Count, TestShare, null).Test;
        if (test != expectedTest)
            return new(Step, false, $"{n.XTest} holds {test} samples ({Percent(test, data.Count)}); the exercise keeps 20% for the test set, {expectedTest}; {how}.");

        foreach (var (features, labels, xName, yName) in new[] { (xTrain, yTrain!, n.XTrain, n.YTrain), (xTest, yTest!, n.XTest, n.YTest) })
        {
            var (strangers, mismatched) = RowsAgainst(x, y, features, labels);
            if (strangers > 0)
                return new(Step, false, $"{xName} holds {strangers} row(s) that are not rows of {n.X}; {how}.");
            if (mismatched > 0)
                return new(Step, false, $"{mismatched} label(s) of {yName} are not the labels of their rows in {xName}: the features and the labels " +
                    $"were split apart; split them together, in one call ({TaughtIn.TrainTestSplit}).");
        }
        return new(Step, true, $"{train} samples to train, {test} to test ({Percent(test, data.Count)}), each with its own label");
    }

    public static ExerciseStep Model(LabelledData data, nn.Module<Tensor, Tensor>? model, ClassifierNames n)
    {
        const string Step = "model";
        long classes = Classes(data);
        bool binary = IsBinary(data);
        string outputs = binary ? "1 output (a logit)" : $"{classes} outputs (one logit per class)";
        string where = binary ? $"{TaughtIn.ModelAsClass}; {TaughtIn.NonLinearity}" : $"{TaughtIn.MultiClassModel}; {TaughtIn.NonLinearity}";
        if (model is null)
            return new(Step, false, $"{n.Model} is still null; build it with {data.FeatureCount} inputs, {outputs} and non-linear activations between the layers ({where}).");

        using var scope = NewDisposeScope();
        var output = LearnerModel.TryCall(model, device => zeros(1, data.FeatureCount, device: device), n.Model, "model", out string reason);
        if (output is null)
            return new(Step, false, $"{n.Model} cannot take one sample of {data.FeatureCount} features: {reason}. " +
                $"Its first layer must take {data.FeatureCount} inputs ({where}).");

        long width = output.dim() == 2 ? output.size(1) : -1;
        long expected = binary ? 1 : classes;
        if (width != expected)
            return new(Step, false, $"{n.Model} gives {Shape(output)} for one sample; it needs {outputs}, [1, {expected}] ({where}).");
        return new(Step, true, $"{n.Model} takes {data.FeatureCount} features and gives {outputs}");
    }

    /// <summary>
    /// Throws, naming the <paramref name="parameter"/> and showing the notebook's name for it, when a tensor the
    /// learner made cannot be read (null is allowed: a step not done yet): freed, on the meta device, or complex
    /// (<see cref="Guards.Live"/>'s rules).
    /// </summary>
    public static void MustBeLive(Tensor? tensor, string shownAs, string parameter)
    {
        if (tensor is null) return;
        if (tensor.IsInvalid)
            throw new ArgumentException(Freed(shownAs, "tensor"), parameter);
        Readable(() => Guards.Live(tensor, shownAs), parameter);
    }

    /// <summary>The same for the learner's model.</summary>
    public static void MustBeLive(nn.Module<Tensor, Tensor>? model, string shownAs, string parameter)
    {
        if (model is null) return;
        bool freed = false;
        try
        {
            Guards.LiveModule(model, shownAs);
        }
        catch (ArgumentException e) when (e.Message.Contains("already been disposed", StringComparison.Ordinal))
        {
            freed = true;
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(e.Message.Replace($" (Parameter '{shownAs}')", ""), parameter, e);
        }
        if (freed)
            throw new ArgumentException(Freed(shownAs, "model"), parameter);
    }

    // Guards' message, with the check's parameter named (the message already shows the notebook's name).
    private static void Readable(Action check, string parameter)
    {
        try
        {
            check();
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(e.Message.Replace($" (Parameter '{e.ParamName}')", ""), parameter, e);
        }
    }

    private static string Freed(string name, string kind) =>
        $"{name} is a {kind} that has already been disposed: its memory was freed, most likely by the dispose scope " +
        "(using var scope = torch.NewDisposeScope()) it was made in. Make it again outside any dispose scope, then run this check.";

    /// <summary>A binary exercise trains on float labels (<c>BCEWithLogitsLoss</c>); a multi-class one on class indices.</summary>
    public static bool IsBinary(LabelledData data) => data.LabelType is ScalarType.Float32 or ScalarType.Float64;

    private static long Classes(LabelledData data) => data.Count == 0 ? 0 : data.Y.Max() + 1;

    /// <summary>How many rows of <paramref name="part"/> are no row of <paramref name="x"/>, and how many carry a label no equal row of x has.</summary>
    private static (long Strangers, long Mismatched) RowsAgainst(Tensor x, Tensor y, Tensor part, Tensor partLabels)
    {
        using var scope = NewDisposeScope();
        // [part rows, x rows]: where a row of the part equals a row of x. Equal rows may differ in label (the spirals'
        // three arms all start at the origin), so a label is right when any equal row of x carries it.
        var same = cdist(part.cpu().to(float64), x.cpu().to(float64)).eq(0);
        var sameLabel = partLabels.cpu().to(float64).unsqueeze(1).eq(y.cpu().to(float64).unsqueeze(0));
        long strangers = (~same.any(1)).sum().item<long>();
        long mismatched = (same.any(1) & ~(same & sameLabel).any(1)).sum().item<long>();
        return (strangers, mismatched);
    }

    private static string Percent(long part, long whole) =>
        (part * 100.0 / whole).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";

    private static string Shape(Tensor t) => Shape(t.shape);

    private static string Shape(long[] shape) => $"[{string.Join(", ", shape)}]";

    /// <summary>A tensor type as the course's code writes it: float32, int64.</summary>
    private static string Name(ScalarType type) => type switch
    {
        ScalarType.Float32 => "float32",
        ScalarType.Float64 => "float64",
        ScalarType.Int64 => "int64",
        ScalarType.Int32 => "int32",
        _ => type.ToString(),
    };
}
