using CourseLib.Plots;
using Plotly.NET;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Tests.Adversarial;

/// <summary>Bad inputs to the charts.</summary>
internal static class PlotCases
{
    private static Tensor Features() => randn(20, 2);
    private static Tensor Labels() => tensor(Enumerable.Range(0, 20).Select(i => (long)(i % 2)).ToArray());

    private static Tensor WithNaN()
    {
        var x = Features();
        x[5, 1] = tensor(float.NaN);
        return x;
    }

    public static IEnumerable<BadInputCase> All()
    {
        var nonFinite = new CaseBuilder("non-finite value");
        nonFinite.Refuses("ConfusionMatrixHeatmap.Plot(Tensor)", "a count of +Inf (was drawn as 9223372036854775807)",
            () => ConfusionMatrixHeatmap.Plot(tensor(new[] { double.PositiveInfinity, 0, 1, 2 }, [2, 2])), "matrix", "Infinity");
        nonFinite.Refuses("ConfusionMatrixHeatmap.Plot(Tensor)", "a count of 1e17 in a float tensor (inexact)",
            () => ConfusionMatrixHeatmap.Plot(tensor(new[] { 1e17, 0, 1, 2 }, [2, 2])), "matrix", "int64");
        nonFinite.Refuses("ClassScatter.Plot", "a NaN feature (the point would vanish)", () => ClassScatter.Plot(WithNaN(), Labels()), "features", "NaN");
        nonFinite.Refuses("ClassScatter.Plot(double[,])", "an infinite feature", () => ClassScatter.Plot(new double[,] { { 0, double.PositiveInfinity }, { 1, 1 } }, [0, 1]), "features");
        nonFinite.Refuses("DecisionBoundary.Plot", "a NaN feature (the grid would be NaN)", () => DecisionBoundary.Plot(nn.Linear(2, 1), WithNaN(), Labels()), "features");
        nonFinite.Refuses("RegressionChart.Plot", "NaN predictions (a diverged model)", () =>
        {
            var x = arange(10, dtype: float32).unsqueeze(1);
            return RegressionChart.Plot(x, x, x, x, full(10, 1, float.NaN));
        }, "predictions", "diverged");
        nonFinite.Refuses("TrainingCurves.Plot(arrays)", "a NaN train loss", () => TrainingCurves.Plot([0, 1], [0.5, double.NaN], [0.5, 0.4], [50, 60], [50, 60]), "trainLoss");
        nonFinite.Refuses("ActivationFunctions.Plot", "from = -Inf", () => ActivationFunctions.Plot(double.NegativeInfinity, 10), "from");
        nonFinite.Refuses("ActivationFunctions.Plot", "to = NaN", () => ActivationFunctions.Plot(-10, double.NaN), "to");
        nonFinite.Refuses("LiveLossChart.Record", "trainLoss = NaN", () => { new LiveLossChart(_ => _ => { }).Record(0, double.NaN); return null; }, "trainLoss");
        nonFinite.Refuses("LiveLossChart.Record", "testLoss = +Inf", () => { new LiveLossChart(_ => _ => { }).Record(0, 0.5, double.PositiveInfinity); return null; }, "testLoss");

        var shape = new CaseBuilder("shape or length mismatch");
        shape.Refuses("ConfusionMatrixHeatmap.Plot(Tensor)", "a 2 × 3 tensor", () => ConfusionMatrixHeatmap.Plot(zeros(2, 3, dtype: int64)), "matrix", "square");
        shape.Refuses("ConfusionMatrixHeatmap.Plot(Tensor)", "a 1-D tensor", () => ConfusionMatrixHeatmap.Plot(zeros(4, dtype: int64)), "matrix");
        shape.Refuses("ConfusionMatrixHeatmap.Plot", "a negative count", () => ConfusionMatrixHeatmap.Plot(new long[,] { { 1, -1 }, { 0, 1 } }), "matrix");
        shape.Refuses("ConfusionMatrixHeatmap.Plot", "2 names for 3 classes", () => ConfusionMatrixHeatmap.Plot(new long[3, 3], ["a", "b"]), "classNames");
        shape.Refuses("ClassScatter.Plot", "features [20, 3]", () => ClassScatter.Plot(randn(20, 3), Labels()), "features");
        shape.Refuses("ClassScatter.Plot", "19 labels for 20 points", () => ClassScatter.Plot(Features(), Labels()[..19]), "labels");
        shape.Refuses("ClassScatter.Plot", "a label 1,000,000 (a million legend entries)", () => ClassScatter.Plot(Features(), Labels() * 1_000_000), "labels");
        shape.Refuses("DecisionBoundary.Plot", "a model with 3 inputs", () => DecisionBoundary.Plot(nn.Linear(3, 1), Features(), Labels()), "model", "2 input features");
        shape.Refuses("DecisionBoundary.PredictGrid", "features [20, 1]", () => DecisionBoundary.PredictGrid(nn.Linear(2, 1), randn(20, 1)), "features");
        shape.Refuses("TrainingCurves.Plot(arrays)", "3 epochs, 2 losses", () => TrainingCurves.Plot([0, 1, 2], [0.5, 0.4], [0.5, 0.4], [50, 60], [50, 60]), "trainLoss");
        shape.Refuses("RegressionChart.Plot(double[])", "9 predictions for 10 test points", () =>
        {
            var x = Enumerable.Range(0, 10).Select(i => (double)i).ToArray();
            return RegressionChart.Plot(x, x, x, x, x[..9]);
        }, "predictions");

        var size = new CaseBuilder("size out of range or overflowing");
        size.Refuses("ActivationFunctions.Plot", "points = int.MaxValue (16 GB)", () => ActivationFunctions.Plot(points: int.MaxValue), "points");
        size.Refuses("ActivationFunctions.Plot", "points = 1", () => ActivationFunctions.Plot(points: 1), "points");
        size.Refuses("ActivationFunctions.Plot", "from > to", () => ActivationFunctions.Plot(10, -10), "from");
        size.Refuses("LiveLossChart", "renderEvery = 0", () => new LiveLossChart(_ => _ => { }, renderEvery: 0), "renderEvery");
        size.Refuses("LiveLossChart", "a show function returning no updater", () => new LiveLossChart(_ => null!), "show");
        size.Refuses("Palette.HexOf", "index = -1", () => Palette.HexOf(-1), "index");
        size.Refuses("Palette.Discrete", "classCount = 0", () => Palette.Discrete(0), "classCount");

        var right = new CaseBuilder("unusual but valid");
        right.Answers("ConfusionMatrixHeatmap.Plot(Tensor)", "int64 counts above 2^53 (every digit kept)",
            () => GenericChart.toFigureJson(ConfusionMatrixHeatmap.Plot(tensor(new long[] { (1L << 53) + 1, 0, 0, 1 }, [2, 2]))),
            r => r is string json && json.Contains("\"9007199254740993\""));
        right.Answers("ConfusionMatrixHeatmap.Plot", "a 1 × 1 matrix of zeros", () => GenericChart.toFigureJson(ConfusionMatrixHeatmap.Plot(new long[1, 1])),
            r => r is string json && json.Contains("\"zmax\":1"));
        right.Answers("ClassScatter.Plot", "float labels 0/1 as [N, 1]", () => GenericChart.toFigureJson(ClassScatter.Plot(Features(), Labels().to(float32).unsqueeze(1))),
            r => r is string json && json.Contains("\"name\":\"1\""));

        nonFinite.Refuses("DigitImages.Plot", "a NaN pixel (drawn blank)", () => DigitImages.Plot(full(8, 8, float.NaN)), "image", "NaN");
        nonFinite.Refuses("DigitImages.Grid", "an infinite pixel in the second image", () =>
        {
            var images = zeros(2, 8, 8);
            images[1, 3, 3] = tensor(float.PositiveInfinity);
            return DigitImages.Grid(images, ["a", "b"]);
        }, "images", "Infinity");
        nonFinite.Refuses("ThresholdCurveCharts.Roc", "a curve with an infinite point", () =>
            ThresholdCurveCharts.Roc([("model", new CourseLib.Metrics.RocCurve([0, double.PositiveInfinity, 1], [0, 0.5, 1], [2, 0.5, 0]))]), "curves", "Infinity");
        nonFinite.Refuses("ThresholdCurveCharts.PrecisionRecall", "a precision of -Inf", () =>
            ThresholdCurveCharts.PrecisionRecall([("model", new CourseLib.Metrics.PrecisionRecallCurve([0.5, double.NegativeInfinity, 1], [1, 0.5, 0], [0.2, 0.6]))]), "curves", "Infinity");
        nonFinite.Refuses("DecisionBoundary.Plot", "a model with NaN weights (drawn as one region)", () =>
        {
            var diverged = nn.Linear(2, 1);
            using (no_grad()) diverged.weight!.fill_(float.NaN);
            return DecisionBoundary.Plot(diverged, Features(), Labels());
        }, "model", "diverged");

        var overflow = new CaseBuilder("float32 overflow");
        overflow.Refuses("DecisionBoundary.Plot", "float64 features of 1e39 for a float32 model (the grid would be infinite)", () =>
            DecisionBoundary.Plot(nn.Linear(2, 1), Features().to(float64) * 1e39, Labels()), "features", "Float32");

        var kind = new CaseBuilder("value of the wrong kind");
        kind.Refuses("DecisionBoundary.Plot", "a model whose forward returns labels (drawn as binary)", () =>
            DecisionBoundary.Plot(new ArgmaxModel(), Features(), Labels()), "model", "not logits");

        var empty = new CaseBuilder("empty or huge size, in bounded time");
        empty.Refuses("ThresholdCurveCharts.Roc", "an empty curve (drawn as \"AUC 0.0000\")", () =>
            ThresholdCurveCharts.Roc([("model", new CourseLib.Metrics.RocCurve([], [], []))]), "curves", "at least 2");
        empty.Answers("DigitImages.Grid", "columns = 100,000 for 2 images (hung)", () =>
            GenericChart.toFigureJson(DigitImages.Grid(zeros(2, 8, 8), ["a", "b"], columns: 100_000)),
            r => r is string json && json.Contains("\"xaxis2\"") && !json.Contains("\"xaxis3\""));
        empty.Refuses("DigitImages.Grid", "all 1,797 digits at once (took 89 s)", () =>
            DigitImages.Grid(zeros(1797, 8, 8), Enumerable.Range(0, 1797).Select(i => i.ToString()).ToArray()), "images", "at most 100");

        return nonFinite.Cases.Concat(shape.Cases).Concat(size.Cases).Concat(right.Cases).Concat(overflow.Cases).Concat(kind.Cases).Concat(empty.Cases);
    }

    /// <summary>A model whose forward ends in argmax: class labels, not logits.</summary>
    private sealed class ArgmaxModel : nn.Module<Tensor, Tensor>
    {
        private readonly TorchSharp.Modules.Linear _layer = nn.Linear(2, 2);

        public ArgmaxModel() : base(nameof(ArgmaxModel)) => RegisterComponents();

        public override Tensor forward(Tensor input) => _layer.call(input).argmax(1);
    }
}
