using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CourseLib.Data;
using CourseLib.Metrics;
using CourseLib.Plots;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Exercises;

/// <summary>What a check cell of 09_exercises found: whether the exercise's goal is met, and what to do if not.</summary>
public sealed record ExerciseVerdict : CheckLine
{
    /// <summary>A verdict on one exercise.</summary>
    /// <param name="exercise">The exercise's name, e.g. "Exercise 1".</param>
    /// <param name="done">Whether the goal is met.</param>
    /// <param name="message">What was measured against the goal, or what is still missing.</param>
    /// <exception cref="ArgumentException">The name or the message is null, empty or blank.</exception>
    public ExerciseVerdict(string exercise, bool done, string message) : base(exercise, nameof(exercise), done, message) { }

    /// <summary>The exercise's name, e.g. "Exercise 1".</summary>
    public string Exercise => Name;

    /// <summary>The line the check cell prints, e.g. <c>Exercise 1: test accuracy 97.50% &gt; 96%: done</c>.</summary>
    public override string ToString() => $"{Exercise}: {Message}";
}

/// <summary>
/// The check cells of 09_exercises (introduced there, and run unchanged in 09_solutions): each tells the learner
/// whether an exercise's goal is met, or what is still missing, and does not fail on an exercise not yet started or
/// half done (tensors, a split or a model still null, a function not yet written). Only a tensor or model already
/// disposed is refused, because nothing can be read from it. Plumbing only: the lessons are in the exercises themselves.
/// </summary>
public static class ExerciseCheck
{
    private const string Unstarted = "build and train it in the cells above, then run this check again";

    /// <summary>
    /// Measures <paramref name="model"/>'s accuracy on the test data (in eval mode, without gradients, the model's
    /// training mode restored afterwards) and compares it with <paramref name="goalPercent"/>, which it must exceed.
    /// A binary model (one output) predicts 1 where its logit is positive; a multi-class model the class of its
    /// largest logit.
    /// </summary>
    /// <param name="exercise">The exercise's name, printed first.</param>
    /// <param name="model">The learner's model: null (not built yet) is reported, not thrown.</param>
    /// <param name="xTest">Test features, [N, features].</param>
    /// <param name="yTest">Test labels, [N]: 0/1 (float or integer) for a binary model, class indices otherwise.</param>
    /// <param name="goalPercent">The accuracy, in percent, that the model must beat.</param>
    /// <param name="modelName">The model's name in the notebook, filled in by the compiler.</param>
    /// <exception cref="ArgumentException">
    /// The exercise's name is blank, the model is disposed, the goal is not a percentage from 0 to below 100, or the test data is
    /// null, disposed, on the meta device, complex, not [N, features] with [N] labels, or labels that are not class labels
    /// (whole numbers of 0 or more): the notebook's own cells are wrong, and no verdict could be trusted.
    /// </exception>
    public static ExerciseVerdict TestAccuracy(string exercise, nn.Module<Tensor, Tensor>? model, Tensor xTest, Tensor yTest,
        double goalPercent, [CallerArgumentExpression(nameof(model))] string? modelName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(exercise);
        Guards.Live(xTest);
        Guards.Live(yTest);
        if (xTest.dim() != 2 || yTest.dim() != 1 || xTest.size(0) != yTest.size(0))
            throw new ArgumentException(
                $"The test data must be features [N, features] and labels [N]; got [{string.Join(", ", xTest.shape)}] and [{string.Join(", ", yTest.shape)}].",
                nameof(xTest));
        CheckGoal(goalPercent);
        // Labels that are no class labels (random floats, -1, NaN) would be truncated into a verdict: refused instead.
        LabelReader.Read(yTest, nameof(yTest));
        modelName = string.IsNullOrWhiteSpace(modelName) ? "the model" : modelName;
        var (done, message) = MeasureAccuracy(model, xTest, yTest, goalPercent, modelName);
        return new(exercise, done, done ? $"{message}: done" : message);
    }

    /// <summary>
    /// The whole check of a classification exercise of 09_exercises, step by step, on what the learner made from
    /// <paramref name="dataset"/>'s arrays: the tensors (float32 features, labels of the dataset's
    /// <see cref="LabelledData.LabelType"/>, holding the dataset's values), the 80/20 split (whole rows, each with its own
    /// label), the model (the dataset's number of inputs; one output for a binary dataset, one per class otherwise)
    /// and the goal (<see cref="TestAccuracy"/> on the test set). Any of the learner's variables may still be null: a
    /// step then says what is missing and which notebook section teaches it, and the steps after it wait.
    /// </summary>
    /// <param name="exercise">The exercise's name, printed first.</param>
    /// <param name="dataset">The exercise's data, as the notebook made it (e.g. <c>Datasets.MakeMoons(…)</c>).</param>
    /// <param name="X">The learner's feature tensor, made from the dataset's <c>X</c>.</param>
    /// <param name="y">The learner's label tensor, made from the dataset's <c>Y</c>.</param>
    /// <param name="xTrain">The learner's training features.</param>
    /// <param name="xTest">The learner's test features.</param>
    /// <param name="yTrain">The learner's training labels.</param>
    /// <param name="yTest">The learner's test labels.</param>
    /// <param name="model">The learner's model.</param>
    /// <param name="goalPercent">The test accuracy, in percent, that the model must beat.</param>
    /// <param name="datasetName">Filled in by the compiler, as are the other names: the variables' names in the notebook.</param>
    /// <param name="xName">The name of <paramref name="X"/> in the notebook.</param>
    /// <param name="yName">The name of <paramref name="y"/> in the notebook.</param>
    /// <param name="xTrainName">The name of <paramref name="xTrain"/> in the notebook.</param>
    /// <param name="xTestName">The name of <paramref name="xTest"/> in the notebook.</param>
    /// <param name="yTrainName">The name of <paramref name="yTrain"/> in the notebook.</param>
    /// <param name="yTestName">The name of <paramref name="yTest"/> in the notebook.</param>
    /// <param name="modelName">The name of <paramref name="model"/> in the notebook.</param>
    /// <exception cref="ArgumentException">
    /// The exercise's name is blank, the dataset is null, the goal is not a percentage from 0 to below 100, or a tensor or the
    /// model the learner made cannot be read: disposed (its message says how to keep it), on the meta device, or complex.
    /// </exception>
    public static ExerciseReport Classifier(string exercise, LabelledData dataset, Tensor? X, Tensor? y,
        Tensor? xTrain, Tensor? xTest, Tensor? yTrain, Tensor? yTest, nn.Module<Tensor, Tensor>? model, double goalPercent,
        [CallerArgumentExpression(nameof(dataset))] string? datasetName = null,
        [CallerArgumentExpression(nameof(X))] string? xName = null,
        [CallerArgumentExpression(nameof(y))] string? yName = null,
        [CallerArgumentExpression(nameof(xTrain))] string? xTrainName = null,
        [CallerArgumentExpression(nameof(xTest))] string? xTestName = null,
        [CallerArgumentExpression(nameof(yTrain))] string? yTrainName = null,
        [CallerArgumentExpression(nameof(yTest))] string? yTestName = null,
        [CallerArgumentExpression(nameof(model))] string? modelName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(exercise);
        ArgumentNullException.ThrowIfNull(dataset);
        CheckGoal(goalPercent);
        static string Or(string? name, string fallback) => string.IsNullOrWhiteSpace(name) ? fallback : name;
        var names = new ClassifierNames(Or(datasetName, "the dataset"), Or(xName, "X"), Or(yName, "y"), Or(xTrainName, "XTrain"),
            Or(xTestName, "XTest"), Or(yTrainName, "yTrain"), Or(yTestName, "yTest"), Or(modelName, "the model"));

        // A freed tensor or model is refused before any step: the check cannot tell what it held.
        ClassifierSteps.MustBeLive(X, names.X, nameof(X));
        ClassifierSteps.MustBeLive(y, names.Y, nameof(y));
        ClassifierSteps.MustBeLive(xTrain, names.XTrain, nameof(xTrain));
        ClassifierSteps.MustBeLive(xTest, names.XTest, nameof(xTest));
        ClassifierSteps.MustBeLive(yTrain, names.YTrain, nameof(yTrain));
        ClassifierSteps.MustBeLive(yTest, names.YTest, nameof(yTest));
        ClassifierSteps.MustBeLive(model, names.Model, nameof(model));

        var tensors = ClassifierSteps.Tensors(dataset, X, y, names);
        var split = tensors.Done
            ? ClassifierSteps.Split(dataset, X!, y!, xTrain, xTest, yTrain, yTest, names)
            : new ExerciseStep("split", false, "waits for the tensors");
        var built = ClassifierSteps.Model(dataset, model, names);
        ExerciseStep goal;
        if (!split.Done || !built.Done)
            goal = new("goal", false, $"test accuracy > {Goal(goalPercent)}: waits for " +
                (split.Done ? "the model" : built.Done ? "the split" : "the split and the model"));
        else
        {
            var (done, message) = MeasureAccuracy(model!, xTest!, yTest!, goalPercent, names.Model);
            goal = new("goal", done, message);
        }
        return new ExerciseReport(exercise, [tensors, split, built, goal]);
    }

    /// <summary>The test accuracy against the goal (in words), or why it cannot be measured: the core of <see cref="TestAccuracy"/>.</summary>
    private static (bool Done, string Message) MeasureAccuracy(nn.Module<Tensor, Tensor>? model, Tensor xTest, Tensor yTest,
        double goalPercent, string modelName)
    {
        if (model is null)
            return (false, $"not done yet: {modelName} is still null; {Unstarted}.");
        Guards.LiveModule(model);

        using var scope = NewDisposeScope();
        // A type the model cannot take is said as such, before libtorch's error would be read as a wrong width.
        var (_, modelType) = ModelPlacement.Of(model);
        if (xTest.dtype != modelType)
            return (false,
                $"not yet: the test features are {xTest.dtype} but {modelName}'s weights are {modelType}: convert them with .to(torch.{modelType.ToString().ToLowerInvariant()}) " +
                "before splitting (notebook 02).");
        var output = LearnerModel.TryCall(model, device => xTest.to(device), modelName, nameof(model), out string reason);
        if (output is null)
            return (false,
                $"not yet: {modelName} could not run on the test data (shape [{string.Join(", ", xTest.shape)}], {xTest.dtype}): " +
                $"{reason}. Its first layer must take {xTest.size(1)} features.");
        var logits = output.cpu();
        if (!logits.is_floating_point())
            return (false,
                $"not yet: {modelName} returns {logits.dtype} values, not logits: its forward must end with a layer (e.g. nn.Linear), not argmax or round.");
        if (!isfinite(logits).all().item<bool>())
            return (false,
                $"not yet: {modelName} gives NaN or infinite outputs on the test data: its weights have diverged (often a learning rate too high). " +
                "Create the model again and train it with a smaller learning rate.");

        long classes = yTest.numel() == 0 ? 0 : yTest.max().to(int64).item<long>() + 1;
        bool binary = logits.dim() == 1 || logits.size(1) == 1;
        if (binary && classes > 2)
            return (false,
                $"not yet: {modelName} has one output (a binary classifier), but the labels hold {classes} classes: give it one output per class (notebook 06).");
        if (!binary && logits.size(1) < classes)
            return (false,
                $"not yet: {modelName} has {logits.size(1)} outputs, but the labels hold {classes} classes: give it one output per class (notebook 06).");

        var predictions = binary ? (logits.reshape(-1) > 0).to(int64) : logits.argmax(dim: 1);
        double accuracy = eq(predictions, yTest.to(int64)).sum().item<long>() * 100.0 / yTest.size(0);
        string measured = $"test accuracy {Measured(accuracy)}";
        return accuracy > goalPercent
            ? (true, $"{measured} > {Goal(goalPercent)}")
            : (false,
                $"{measured}, not yet above the goal of {Goal(goalPercent)}: train for more epochs, make sure the model has non-linear " +
                "activations (notebook 05), or try another learning rate or optimizer.");
    }

    /// <summary>
    /// Compares the learner's <paramref name="yours"/> with <paramref name="reference"/> on <paramref name="input"/>,
    /// element by element (<c>allclose</c>, PyTorch's default tolerances).
    /// </summary>
    /// <param name="exercise">The exercise's name, printed first.</param>
    /// <param name="yours">The learner's function: null (not written yet) is reported, not thrown.</param>
    /// <param name="reference">The library function it should agree with, e.g. <c>torch.tanh</c>.</param>
    /// <param name="input">The values to compare on.</param>
    /// <param name="yourName">The function's name in the notebook, filled in by the compiler.</param>
    /// <param name="referenceName">The reference's name, filled in by the compiler.</param>
    /// <exception cref="ArgumentException">The exercise's name is blank, or the reference or the input is missing or disposed: the notebook's own cells are wrong.</exception>
    public static ExerciseVerdict SameValues(string exercise, Func<Tensor, Tensor>? yours, Func<Tensor, Tensor> reference, Tensor input,
        [CallerArgumentExpression(nameof(yours))] string? yourName = null,
        [CallerArgumentExpression(nameof(reference))] string? referenceName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(exercise);
        ArgumentNullException.ThrowIfNull(reference);
        Guards.Live(input);
        yourName = string.IsNullOrWhiteSpace(yourName) ? "your function" : yourName;
        referenceName = string.IsNullOrWhiteSpace(referenceName) ? "the reference" : referenceName;
        if (yours is null)
            return new(exercise, false, $"not done yet: {yourName} is still null; write it in the cell above, then run this check again.");

        using var scope = NewDisposeScope();
        var expected = reference(input);
        Tensor actual;
        try
        {
            actual = yours(input);
        }
        catch (Exception e) when (e is ExternalException or InvalidOperationException or ArgumentException)
        {
            return new(exercise, false, $"not yet: {yourName} failed on the input: {e.Message.Split('\n', 2)[0].Trim()}");
        }
        if (actual is null)
            return new(exercise, false, $"not yet: {yourName} returned null instead of a tensor.");
        if (!actual.shape.SequenceEqual(expected.shape))
            return new(exercise, false,
                $"not yet: {yourName} returned shape [{string.Join(", ", actual.shape)}], {referenceName} [{string.Join(", ", expected.shape)}]: apply it to every element.");

        var difference = (actual.to(expected.dtype) - expected).abs();
        double largest = difference.max().ToDouble();
        string values = $"{input.numel()} values";
        if (actual.to(expected.dtype).allclose(expected))
            return new(exercise, true, $"{yourName} matches {referenceName} on all {values} (largest difference {Number(largest)}): done");
        double at = input.reshape(-1)[difference.reshape(-1).argmax()].ToDouble();
        return new(exercise, false, $"not yet: {yourName} differs from {referenceName} by up to {Number(largest)} (at x = {Number(at)}).");
    }

    /// <summary>
    /// Throws unless the goal is a percentage a model can beat: finite, at least 0 and below 100 (the accuracy must
    /// exceed it, and no accuracy exceeds 100%).
    /// </summary>
    private static void CheckGoal(double goalPercent)
    {
        Guards.Finite(goalPercent);
        if (goalPercent is < 0 or >= 100)
            throw new ArgumentOutOfRangeException(nameof(goalPercent), goalPercent,
                $"goalPercent is {Guards.Format(goalPercent)}; it is an accuracy in percent that the model must beat, so at least 0 and below 100 (e.g. 96).");
    }

    /// <summary>A measured accuracy, always with two decimals ("97.50%"), as the course's progress lines print it.</summary>
    private static string Measured(double percent) => percent.ToString("F2", CultureInfo.InvariantCulture) + "%";

    /// <summary>A goal as the exercise states it ("96%").</summary>
    private static string Goal(double percent) => percent.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Number(double value) => value.ToString("G3", CultureInfo.InvariantCulture);
}
