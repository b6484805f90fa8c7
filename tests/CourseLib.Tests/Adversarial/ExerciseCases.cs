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
    private const string TestAccuracy = "ExerciseCheck.TestAccuracy";

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

        nonFinite.Answers(TestAccuracy, "a model with NaN weights (diverged), not \"train for more epochs\"", () =>
        {
            var (x, y) = Moons().ToTensors();
            var diverged = nn.Linear(2, 1);
            using (no_grad()) diverged.weight!.fill_(float.NaN);
            return ExerciseCheck.TestAccuracy("Exercise 1", diverged, x, y, 50);
        }, r => r is ExerciseVerdict { Done: false } v && v.Message.Contains("NaN") && !v.Message.Contains("more epochs"));
        nonFinite.Refuses(TestAccuracy, "NaN labels", () =>
            ExerciseCheck.TestAccuracy("Exercise 1", nn.Linear(2, 1), randn(20, 2), full(20, float.NaN), 50), "yTest", "NaN");

        // A check must never praise or blame wrongly: what it cannot judge is refused, saying why.
        var lies = new CaseBuilder("exercise check that would lie");
        lies.Refuses(TestAccuracy, "random float labels with a constant model (was \"DONE 100%\")", () =>
        {
            var constant = nn.Linear(2, 1);
            using (no_grad()) { constant.weight!.zero_(); constant.bias!.fill_(-1); }
            return ExerciseCheck.TestAccuracy("Exercise 1", constant, randn(20, 2), rand(20), 50);
        }, "yTest", "not a class label");
        lies.Refuses(TestAccuracy, "a label -1", () =>
            ExerciseCheck.TestAccuracy("Exercise 1", nn.Linear(2, 1), randn(4, 2), tensor(new float[] { 0, 1, -1, 0 }), 50), "yTest", "-1");
        lies.Refuses(TestAccuracy, "goalPercent = 150", () =>
            ExerciseCheck.TestAccuracy("Exercise 1", nn.Linear(2, 1), randn(20, 2), zeros(20), 150), "goalPercent", "below 100");
        lies.Refuses(TestAccuracy, "goalPercent = -5 (anything passes)", () =>
            ExerciseCheck.TestAccuracy("Exercise 1", nn.Linear(2, 1), randn(20, 2), zeros(20), -5), "goalPercent", "at least 0");
        lies.Refuses(Classifier, "goalPercent = 100 (nothing can beat it)", () =>
            ExerciseCheck.Classifier("Exercise 1", Moons(), null, null, null, null, null, null, null, 100), "goalPercent", "below 100");
        lies.Answers(TestAccuracy, "float64 test features, not blamed on the first layer's width", () =>
            ExerciseCheck.TestAccuracy("Exercise 1", nn.Linear(2, 1), randn(20, 2, dtype: float64), zeros(20), 50),
            r => r is ExerciseVerdict { Done: false } v && v.Message.Contains("Float64") && !v.Message.Contains("first layer"));
        lies.Answers(TestAccuracy, "a model whose forward returns labels (argmax), not logits", () =>
            ExerciseCheck.TestAccuracy("Exercise 1", new LabelsModel(), randn(20, 2), zeros(20), 50),
            r => r is ExerciseVerdict { Done: false } v && v.Message.Contains("not logits"));

        return kind.Cases.Concat(shape.Cases).Concat(model.Cases).Concat(labels.Cases).Concat(nonFinite.Cases).Concat(lies.Cases);
    }

    /// <summary>A learner's model whose forward ends in argmax: it returns class labels (int64), not logits.</summary>
    private sealed class LabelsModel : nn.Module<Tensor, Tensor>
    {
        private readonly TorchSharp.Modules.Linear _layer = nn.Linear(2, 2);

        public LabelsModel() : base(nameof(LabelsModel)) => RegisterComponents();

        public override Tensor forward(Tensor input) => _layer.call(input).argmax(1);
    }
}
