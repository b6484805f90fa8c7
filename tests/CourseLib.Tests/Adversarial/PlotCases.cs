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

        return nonFinite.Cases.Concat(shape.Cases).Concat(size.Cases).Concat(right.Cases);
    }
}
