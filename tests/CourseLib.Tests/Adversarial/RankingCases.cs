using CourseLib.Metrics;
using CourseLib.Plots;
using static TorchSharp.torch;

namespace CourseLib.Tests.Adversarial;

/// <summary>Bad inputs to the threshold-free metrics, their curve records and the charts that draw them.</summary>
internal static class RankingCases
{
    private static readonly long[] Labels = [0, 1, 0, 1];
    private static readonly double[] Scores = [0.1, 0.8, 0.4, 0.35];

    public static IEnumerable<BadInputCase> All()
    {
        var nonFinite = new CaseBuilder("non-finite value");
        nonFinite.Refuses("RankingMetrics.RocCurve(long[], double[])", "a NaN score", () => RankingMetrics.RocCurve(Labels, [0.1, double.NaN, 0.4, 0.35]), "yScore", "finite");
        nonFinite.Refuses("RankingMetrics.RocAucScore", "an infinite score in a tensor", () => RankingMetrics.RocAucScore(tensor(Labels), tensor(new[] { 0.1f, float.PositiveInfinity, 0.4f, 0.35f })), "yScore", "finite");
        nonFinite.Refuses("ThresholdCurveCharts.Roc", "a curve with NaN rates (only one class)", () =>
            ThresholdCurveCharts.Roc([("one class", new RocCurve([double.NaN, double.NaN], [0, 1], [2, 1]))]), "curves", "NaN");

        var shape = new CaseBuilder("shape or length mismatch");
        shape.Refuses("RankingMetrics.RocCurve(long[], double[])", "4 labels, 3 scores", () => RankingMetrics.RocCurve(Labels, Scores[..3]), "yScore", "[4, 3]");
        shape.Refuses("RankingMetrics.AveragePrecisionScore", "scores [N, 2] (both classes' probabilities)", () => RankingMetrics.AveragePrecisionScore(tensor(Labels), rand(4, 2)), "yScore", "[N]");
        shape.Refuses("RankingMetrics.PrecisionRecallCurve", "integer scores (class predictions, not scores)", () => RankingMetrics.PrecisionRecallCurve(tensor(Labels), tensor(Labels)), "yScore", "floating-point");
        shape.Refuses("RocCurve", "3 false positive rates, 2 true positive rates", () => new RocCurve([0, 0.5, 1], [0, 1], [2, 1, 0]), "Tpr", "must have 3");
        shape.Refuses("RocCurve", "a threshold missing", () => new RocCurve([0, 1], [0, 1], [2]), "Thresholds");
        shape.Refuses("PrecisionRecallCurve", "as many thresholds as points (the end point has none)", () => new PrecisionRecallCurve([0.5, 1], [1, 0], [0.1, 0.2]), "Thresholds", "must have 1");
        shape.Refuses("PrecisionRecallCurve", "no points at all (not even the end point)", () => new PrecisionRecallCurve([], [], []), "Precision", "end point");
        shape.Refuses("PrecisionRecallCurve", "2 precisions, 3 recalls", () => new PrecisionRecallCurve([0.5, 1], [1, 0.5, 0], [0.1]), "Recall");
        shape.Refuses("ThresholdCurveCharts.Roc", "no curve", () => ThresholdCurveCharts.Roc([]), "curves", "at least one");
        shape.Refuses("ThresholdCurveCharts.PrecisionRecall", "a null curve in the list", () => ThresholdCurveCharts.PrecisionRecall([("model", null!)]), "curves", "curves[0]");

        var labels = new CaseBuilder("not class labels");
        labels.Refuses("RankingMetrics.RocCurve(long[], double[])", "a label 2 (not binary)", () => RankingMetrics.RocCurve([0, 1, 2, 1], Scores), "yTrue", "label 2");
        labels.Refuses("RankingMetrics.RocAucScore(long[], double[])", "one class only (AUC undefined)", () => RankingMetrics.RocAucScore([1, 1, 1, 1], Scores), "yTrue", "Only one class");
        labels.Refuses("RankingMetrics.RocCurve(long[], double[])", "no samples", () => RankingMetrics.RocCurve([], []), "yTrue", "empty");

        var right = new CaseBuilder("unusual but valid");
        right.Answers("RankingMetrics.RocAucScore(long[], double[])", "every score tied (a guess: 0.5)", () => RankingMetrics.RocAucScore(Labels, [0.3, 0.3, 0.3, 0.3]), r => r is 0.5);
        right.Answers("RankingMetrics.RocAucScore", "scores as an [N, 1] column", () => RankingMetrics.RocAucScore(tensor(Labels), tensor(Scores).unsqueeze(1)), r => r is 0.75);
        right.Answers("RankingMetrics.AveragePrecisionScore(long[], double[])", "a perfect ranking (1)", () => RankingMetrics.AveragePrecisionScore(Labels, [0.1, 0.9, 0.2, 0.8]), r => r is 1.0);

        return nonFinite.Cases.Concat(shape.Cases).Concat(labels.Cases).Concat(right.Cases);
    }
}
