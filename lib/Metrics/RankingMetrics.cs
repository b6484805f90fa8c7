using System.Collections.Concurrent;
using CourseLib.Data;
using static TorchSharp.torch;

namespace CourseLib.Metrics;

/// <summary>
/// Metrics of a binary classifier's scores over every threshold at once, computed as scikit-learn 1.2 does
/// (<c>sklearn.metrics.roc_curve</c>, <c>roc_auc_score</c>, <c>precision_recall_curve</c>,
/// <c>average_precision_score</c>), to the last bit. Labels are 0 (negative) and 1 (positive); a score is any
/// number that is higher for "more likely positive" — a probability, or a logit. Introduced in notebook 13_diagnosis.
/// </summary>
public static class RankingMetrics
{
    /// <summary>The ROC curve of <paramref name="yScore"/> against the labels <paramref name="yTrue"/> (both [N] or [N, 1]). Introduced in notebook 13_diagnosis.</summary>
    /// <param name="yTrue">True labels, 0 or 1.</param>
    /// <param name="yScore">One score per sample; float32 scores are treated as NumPy treats a float32 array.</param>
    /// <param name="dropIntermediate">Drop thresholds whose point lies on a straight segment between its neighbours (scikit-learn's default); they do not change the curve's shape or area.</param>
    /// <exception cref="ArgumentException">Labels other than 0 and 1, scores that are not one finite number per sample, or different lengths.</exception>
    public static RocCurve RocCurve(Tensor yTrue, Tensor yScore, bool dropIntermediate = true) =>
        Roc(Checked(yTrue, yScore), dropIntermediate);

    /// <inheritdoc cref="RocCurve(Tensor, Tensor, bool)"/>
    internal static RocCurve RocCurve(long[] yTrue, double[] yScore, bool dropIntermediate = true) =>
        Roc(Checked(yTrue, yScore), dropIntermediate);

    /// <summary>
    /// The area under the ROC curve (trapezoidal rule): the chance that a random positive sample is scored above a random
    /// negative one (ties count half). 0.5 is guessing, 1 is a perfect ranking. Introduced in notebook 13_diagnosis.
    /// </summary>
    /// <exception cref="ArgumentException">As <see cref="RocCurve(Tensor, Tensor, bool)"/>, or only one class is present in <paramref name="yTrue"/>.</exception>
    public static double RocAucScore(Tensor yTrue, Tensor yScore) => RocAuc(Checked(yTrue, yScore));

    /// <inheritdoc cref="RocAucScore(Tensor, Tensor)"/>
    internal static double RocAucScore(long[] yTrue, double[] yScore) => RocAuc(Checked(yTrue, yScore));

    /// <summary><see cref="RocAucScore(long[], double[])"/> of scores that were float32 values (<paramref name="singlePrecision"/>), compared as NumPy compares a float32 array.</summary>
    internal static double RocAucScore(long[] yTrue, double[] yScore, bool singlePrecision) =>
        RocAuc(BinaryScores.From(yTrue, yScore, singlePrecision));

    /// <summary>Precision and recall at every distinct score used as the threshold. Introduced in notebook 13_diagnosis.</summary>
    /// <exception cref="ArgumentException">As <see cref="RocCurve(Tensor, Tensor, bool)"/>.</exception>
    public static PrecisionRecallCurve PrecisionRecallCurve(Tensor yTrue, Tensor yScore) => PrecisionRecall(Checked(yTrue, yScore));

    /// <inheritdoc cref="PrecisionRecallCurve(Tensor, Tensor)"/>
    internal static PrecisionRecallCurve PrecisionRecallCurve(long[] yTrue, double[] yScore) =>
        PrecisionRecall(Checked(yTrue, yScore));

    /// <summary>
    /// Average precision: the precision at each threshold weighted by how much recall it adds, summed (a step-wise area
    /// under the precision–recall curve, no interpolation). A random ranking scores about the share of positives. Introduced in notebook 13_diagnosis.
    /// </summary>
    /// <exception cref="ArgumentException">As <see cref="RocCurve(Tensor, Tensor, bool)"/>.</exception>
    public static double AveragePrecisionScore(Tensor yTrue, Tensor yScore) => AveragePrecision(Checked(yTrue, yScore));

    /// <inheritdoc cref="AveragePrecisionScore(Tensor, Tensor)"/>
    internal static double AveragePrecisionScore(long[] yTrue, double[] yScore) =>
        AveragePrecision(Checked(yTrue, yScore));

    // Null and disposed inputs are refused naming the parameter, before any of them is read.
    private static BinaryScores Checked(Tensor yTrue, Tensor yScore)
    {
        Guards.Live(yTrue);
        Guards.Live(yScore);
        return BinaryScores.From(yTrue, yScore);
    }

    private static BinaryScores Checked(long[] yTrue, double[] yScore)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yScore);
        return BinaryScores.From(yTrue, yScore);
    }

    private static RocCurve Roc(BinaryScores input, bool dropIntermediate)
    {
        var (fps, tps, thresholds) = input.Curve();
        if (dropIntermediate && fps.Length > 2)
        {
            // Keep the ends and every point where the curve bends (a non-zero second difference in either count).
            var keep = Enumerable.Range(0, fps.Length)
                .Where(i => i == 0 || i == fps.Length - 1 || Bends(fps, i) || Bends(tps, i))
                .ToArray();
            (fps, tps, thresholds) = (keep.Select(i => fps[i]).ToArray(), keep.Select(i => tps[i]).ToArray(), keep.Select(i => thresholds[i]).ToArray());
        }
        fps = [0, .. fps];
        tps = [0, .. tps];
        thresholds = [input.AboveHighest(thresholds[0]), .. thresholds];
        return new RocCurve(Rates(fps, "negative", "false positive"), Rates(tps, "positive", "true positive"), thresholds);
    }

    private static bool Bends(double[] counts, int i) => (counts[i + 1] - counts[i]) - (counts[i] - counts[i - 1]) != 0;

    private static double[] Rates(double[] counts, string kind, string rate)
    {
        double total = counts[^1];
        if (total <= 0)
        {
            RankingWarning.Warn($"No {kind} samples in y_true, {rate} value should be meaningless");
            return counts.Select(_ => double.NaN).ToArray();
        }
        return counts.Select(c => c / total).ToArray();
    }

    private static double RocAuc(BinaryScores input)
    {
        if (input.Positive.Distinct().Count() != 2)
            throw new ArgumentException(
                "Only one class present in yTrue. ROC AUC score is not defined in that case: it needs both positive (1) and negative (0) samples.", "yTrue");
        var roc = Roc(input, dropIntermediate: true);
        return Trapezoid(roc.Tpr, roc.Fpr);
    }

    // np.trapz(y, x): add.reduce(diff(x) * (y[1:] + y[:-1]) / 2.0), summed pairwise like NumPy.
    private static double Trapezoid(double[] y, double[] x)
    {
        var areas = new double[x.Length - 1];
        for (int i = 0; i < areas.Length; i++)
            areas[i] = (x[i + 1] - x[i]) * (y[i + 1] + y[i]) / 2.0;
        return NumPy.Sum(areas);
    }

    private static PrecisionRecallCurve PrecisionRecall(BinaryScores input)
    {
        var (fps, tps, thresholds) = input.Curve();
        int n = tps.Length;
        var precision = new double[n + 1];
        var recall = new double[n + 1];
        double positives = tps[^1];
        if (positives == 0)
            RankingWarning.Warn("No positive class found in y_true, recall is set to one for all thresholds.");
        // Reversed, so that recall decreases; then the end point (precision 1, recall 0).
        for (int i = 0; i < n; i++)
        {
            int from = n - 1 - i;
            double predictedPositive = tps[from] + fps[from];
            precision[i] = predictedPositive != 0 ? tps[from] / predictedPositive : 0;
            recall[i] = positives == 0 ? 1 : tps[from] / positives;
        }
        precision[n] = 1;
        recall[n] = 0;
        return new PrecisionRecallCurve(precision, recall, thresholds.Reverse().ToArray());
    }

    // -np.sum(np.diff(recall) * precision[:-1]): the step function's area, summed pairwise like NumPy.
    private static double AveragePrecision(BinaryScores input)
    {
        var curve = PrecisionRecall(input);
        var steps = new double[curve.Recall.Length - 1];
        for (int i = 0; i < steps.Length; i++)
            steps[i] = (curve.Recall[i + 1] - curve.Recall[i]) * curve.Precision[i];
        return -NumPy.Sum(steps);
    }
}

/// <summary>
/// The warnings scikit-learn's curve functions give when one class is missing from the labels, written to standard
/// error once per distinct message (Python's default filter), with scikit-learn's wording.
/// </summary>
internal static class RankingWarning
{
    private static readonly ConcurrentDictionary<string, bool> Shown = new();

    public static void Warn(string message)
    {
        if (Shown.TryAdd(message, true))
            Console.Error.WriteLine($"UndefinedMetricWarning: {message}");
    }
}
