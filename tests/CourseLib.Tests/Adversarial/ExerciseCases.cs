using CourseLib.Data;
using CourseLib.Exercises;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Tests.Adversarial;

/// <summary>
/// A learner's mistakes handed to the exercise checks: the check must name the mistake in its report (a right
/// answer: the exercise is not done, and the step says why), never fail with an obscure error.
/// </summary>
internal static class ExerciseCases
{
    private const string Classifier = "ExerciseCheck.Classifier";

    private static LabelledData Moons() => Datasets.MakeMoons(nSamples: 20, noise: 0.1, randomState: 1);

    /// <summary>The report's step of that name, if it is not done and its message says <paramref name="says"/>.</summary>
    private static Func<object?, bool> NotDone(string step, string says) =>
        r => r is ExerciseReport { Done: false } report && report.Steps.Single(s => s.Step == step) is { Done: false } found && found.Message.Contains(says);

    public static IEnumerable<BadInputCase> All()
    {
        var kind = new CaseBuilder("value of the wrong kind");
        kind.Answers(Classifier, "float64 features (from_array of C# doubles, not converted)", () =>
        {
            var moons = Moons();
            return ExerciseCheck.Classifier("Exercise 1", moons, from_array(moons.X), from_array(moons.Y).to(float32), null, null, null, null, null, 96);
        }, NotDone("tensors", ".to(torch.float32)"));
        kind.Answers(Classifier, "int64 labels for a binary exercise", () =>
        {
            var moons = Moons();
            return ExerciseCheck.Classifier("Exercise 1", moons, from_array(moons.X).to(float32), from_array(moons.Y), null, null, null, null, null, 96);
        }, NotDone("tensors", "float32 labels"));

        var shape = new CaseBuilder("shape or length mismatch");
        shape.Answers(Classifier, "labels as a column [N, 1]", () =>
        {
            var moons = Moons();
            return ExerciseCheck.Classifier("Exercise 1", moons, from_array(moons.X).to(float32), from_array(moons.Y).to(float32).unsqueeze(1),
                null, null, null, null, null, 96);
        }, NotDone("tensors", "one number per sample"));
        shape.Answers(Classifier, "train and test features swapped with the labels' halves", () =>
        {
            var moons = Moons();
            var (x, y) = moons.ToTensors();
            var (xTrain, xTest, yTrain, yTest) = ModelSelection.TrainTestSplit(x, y, testSize: 0.2, randomState: 42);
            return ExerciseCheck.Classifier("Exercise 1", moons, x, y, xTest, xTrain, yTrain, yTest, null, 96);
        }, NotDone("split", "one label per row"));

        var model = new CaseBuilder("input the model cannot take");
        model.Answers(Classifier, "a model with 3 inputs for 2 features", () =>
        {
            var moons = Moons();
            var (x, y) = moons.ToTensors();
            var (xTrain, xTest, yTrain, yTest) = ModelSelection.TrainTestSplit(x, y, testSize: 0.2, randomState: 42);
            return ExerciseCheck.Classifier("Exercise 1", moons, x, y, xTrain, xTest, yTrain, yTest, nn.Linear(3, 1), 96);
        }, NotDone("model", "first layer must take 2 inputs"));

        var labels = new CaseBuilder("labels that do not fit the model");
        labels.Answers(Classifier, "one output for three classes", () =>
        {
            var spirals = Datasets.MakeSpirals(nPerClass: 10, nClasses: 3, randomState: 1);
            var (x, y) = spirals.ToTensors();
            var (xTrain, xTest, yTrain, yTest) = ModelSelection.TrainTestSplit(x, y, testSize: 0.2, randomState: 42);
            return ExerciseCheck.Classifier("Exercise 3", spirals, x, y, xTrain, xTest, yTrain, yTest, nn.Linear(2, 1), 95);
        }, NotDone("model", "3 outputs (one logit per class)"));

        var nonFinite = new CaseBuilder("non-finite value");
        nonFinite.Refuses(Classifier, "goalPercent = NaN", () =>
            ExerciseCheck.Classifier("Exercise 1", Moons(), null, null, null, null, null, null, null, double.NaN), "goalPercent");

        return kind.Cases.Concat(shape.Cases).Concat(model.Cases).Concat(labels.Cases).Concat(nonFinite.Cases);
    }
}
