using CourseLib.Data;

namespace CourseLib.Metrics;

/// <summary>
/// Precision, recall and F1 of a multi-label prediction, step for step as scikit-learn 1.2's
/// <c>precision_recall_fscore_support</c> computes them for label matrices: counts per label (or per sample for
/// <see cref="MultilabelAverage.Samples"/>), its zero-division rules, its averaging and its warnings' wording.
/// </summary>
internal static class MultilabelScoring
{
    /// <summary>What a computation gives: one score per label (no average) or one number (<see cref="Support"/> then null).</summary>
    public sealed record Result(double[] Precision, double[] Recall, double[] F1Score, long[]? Support);

    /// <param name="yTrue">The 0/1 label matrix [N, K].</param>
    /// <param name="yPred">The predicted 0/1 matrix [N, K].</param>
    /// <param name="average">The average, or null for one score per label.</param>
    /// <param name="zeroDivision">The value of a score whose denominator is zero, and whether to warn.</param>
    /// <param name="warnFor">Which undefined scores to warn about (each public function only its own).</param>
    /// <param name="warnings">Receives each UndefinedMetricWarning's text, in the order scikit-learn raises them.</param>
    public static Result Compute(long[,] yTrue, long[,] yPred, MultilabelAverage? average, ZeroDivision zeroDivision,
        Scoring.WarnFor warnFor, List<string> warnings)
    {
        bool samplewise = average == MultilabelAverage.Samples;
        var (tp, predicted, actual) = Counts(yTrue, yPred, samplewise);
        if (average == MultilabelAverage.Micro)
            (tp, predicted, actual) = ([tp.Sum()], [predicted.Sum()], [actual.Sum()]);

        bool warn = zeroDivision == ZeroDivision.Warn;
        double[] precision = Divide(tp, predicted, zeroDivision, warn, warnFor, Scoring.WarnFor.Precision, "predicted", average, warnings);
        double[] recall = Divide(tp, actual, zeroDivision, warn, warnFor, Scoring.WarnFor.Recall, "true", average, warnings);
        // F1 alone warns only where precision and recall are both undefined: neither true nor predicted.
        if (warn && warnFor == Scoring.WarnFor.FScore && actual.Where((a, i) => a == 0 && predicted[i] == 0).Any())
            warnings.Add(Message(average, "true nor predicted", "F-score is", actual.Length));
        var f1 = new double[precision.Length];
        for (int i = 0; i < f1.Length; i++)
        {
            double denominator = precision[i] + recall[i];
            if (denominator == 0.0) denominator = 1;
            f1[i] = 2 * precision[i] * recall[i] / denominator;
        }

        switch (average)
        {
            case null:
                return new(precision, recall, f1, actual);
            case MultilabelAverage.Weighted when actual.Sum() == 0:
                // No label has a positive sample: nothing to weight by. scikit-learn returns the zero-division value
                // where a score is undefined, and 0 where predictions exist but no truth.
                double undefined = zeroDivision == ZeroDivision.One ? 1.0 : 0.0;
                return predicted.Sum() == 0
                    ? new([undefined], [undefined], [undefined], null)
                    : new([0.0], [undefined], [0.0], null);
            case MultilabelAverage.Weighted:
                return new([NumPy.WeightedMean(precision, actual)], [NumPy.WeightedMean(recall, actual)], [NumPy.WeightedMean(f1, actual)], null);
            default:
                return new([NumPy.Mean(precision)], [NumPy.Mean(recall)], [NumPy.Mean(f1)], null);
        }
    }

    /// <summary>scikit-learn's <c>multilabel_confusion_matrix</c>: per label (or per sample) [[TN, FP], [FN, TP]].</summary>
    public static long[,,] ConfusionMatrices(long[,] yTrue, long[,] yPred, bool samplewise = false)
    {
        var (tp, predicted, actual) = Counts(yTrue, yPred, samplewise);
        long total = samplewise ? yTrue.GetLength(1) : yTrue.GetLength(0);
        var result = new long[tp.Length, 2, 2];
        for (int i = 0; i < tp.Length; i++)
        {
            long fp = predicted[i] - tp[i], fn = actual[i] - tp[i];
            (result[i, 0, 0], result[i, 0, 1], result[i, 1, 0], result[i, 1, 1]) = (total - tp[i] - fp - fn, fp, fn, tp[i]);
        }
        return result;
    }

    private static (long[] TruePositives, long[] Predicted, long[] Actual) Counts(long[,] yTrue, long[,] yPred, bool samplewise)
    {
        int n = yTrue.GetLength(0), k = yTrue.GetLength(1);
        int size = samplewise ? n : k;
        var (tp, predicted, actual) = (new long[size], new long[size], new long[size]);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < k; j++)
            {
                int at = samplewise ? i : j;
                tp[at] += yTrue[i, j] & yPred[i, j];
                predicted[at] += yPred[i, j];
                actual[at] += yTrue[i, j];
            }
        return (tp, predicted, actual);
    }

    private static double[] Divide(long[] numerator, long[] denominator, ZeroDivision zeroDivision, bool warn,
        Scoring.WarnFor warnFor, Scoring.WarnFor metric, string modifier, MultilabelAverage? average, List<string> warnings)
    {
        var result = new double[numerator.Length];
        bool undefined = false;
        for (int i = 0; i < result.Length; i++)
        {
            if (denominator[i] == 0)
            {
                undefined = true;
                result[i] = zeroDivision == ZeroDivision.One ? 1.0 : 0.0;
            }
            else
            {
                result[i] = (double)numerator[i] / denominator[i];
            }
        }
        if (undefined && warn && warnFor.HasFlag(metric))
        {
            string name = metric == Scoring.WarnFor.Precision ? "Precision" : "Recall";
            string start = warnFor.HasFlag(Scoring.WarnFor.FScore) ? $"{name} and F-score are" : $"{name} is";
            warnings.Add(Message(average, modifier, start, result.Length));
        }
        return result;
    }

    // scikit-learn's _warn_prf: "labels with no predicted samples", or, for the samples average, "samples with no
    // predicted labels"; "due to" when the result is one number.
    private static string Message(MultilabelAverage? average, string modifier, string start, int resultSize)
    {
        var (axis0, axis1) = average == MultilabelAverage.Samples ? ("label", "sample") : ("sample", "label");
        string where = resultSize == 1 ? "due to" : $"in {axis1}s with";
        return $"{start} ill-defined and being set to 0.0 {where} no {modifier} {axis0}s. Use the zeroDivision parameter to control this behavior.";
    }
}
