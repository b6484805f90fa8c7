using CourseLib.Data;

namespace CourseLib.Metrics;

/// <summary>
/// Precision, recall and F1 from the counts, step for step as scikit-learn 1.2 computes them
/// (<c>precision_recall_fscore_support</c> with <c>beta=1</c>), including its <c>zero_division</c> rules
/// and the order of its floating-point operations.
/// </summary>
internal static class Scoring
{
    /// <summary>Which ill-defined scores to warn about (scikit-learn's <c>warn_for</c>): each public function warns only about its own.</summary>
    [Flags]
    public enum WarnFor { Precision = 1, Recall = 2, FScore = 4, All = Precision | Recall | FScore }

    public static PrecisionRecallFScore Compute(LabelPair pair, Average average, ZeroDivision zeroDivision, WarnFor warnFor)
    {
        bool warn = zeroDivision == ZeroDivision.Warn;
        long[] classes = average == Average.Binary ? [PositiveLabel(pair)] : pair.Classes;
        var counts = ConfusionCounts.For(pair, classes);
        if (average == Average.Micro) counts = counts.Pooled();

        double[] precision = Divide(counts.TruePositives, counts.Predicted, zeroDivision, warn && warnFor.HasFlag(WarnFor.Precision), "Precision", "predicted");
        double[] recall = Divide(counts.TruePositives, counts.Support, zeroDivision, warn && warnFor.HasFlag(WarnFor.Recall), "Recall", "true");
        if (warn && warnFor == WarnFor.FScore && counts.Support.Where((s, i) => s == 0 && counts.Predicted[i] == 0).Any())
            UndefinedMetricWarning.Warn("F-score", "true nor predicted", precision.Length);
        double[] f1 = new double[precision.Length];
        for (int i = 0; i < f1.Length; i++)
        {
            double denominator = precision[i] + recall[i];
            if (denominator == 0.0) denominator = 1;
            f1[i] = 2 * precision[i] * recall[i] / denominator;
        }

        switch (average)
        {
            case Average.None:
                return new(precision, recall, f1, counts.Support, classes);
            case Average.Weighted:
                // Every sample's true label is a scored class and there is at least one sample, so the
                // supports add up to more than 0 (scikit-learn's special case for 0 cannot arise).
                return new([NumPy.WeightedMean(precision, counts.Support)], [NumPy.WeightedMean(recall, counts.Support)],
                    [NumPy.WeightedMean(f1, counts.Support)], null, classes);
            default:
                return new([NumPy.Mean(precision)], [NumPy.Mean(recall)], [NumPy.Mean(f1)], null, classes);
        }
    }

    /// <summary>scikit-learn's <c>average="binary"</c> with <c>pos_label=1</c>: at most two labels, 1 among them.</summary>
    private static long PositiveLabel(LabelPair pair)
    {
        const long positive = 1;
        string present = "{" + string.Join(", ", pair.Present) + "}";
        if (pair.Present.Length > 2)
            throw new ArgumentException(
                $"The labels are multi-class ({present}) but average is Binary, which scores only the positive label 1; " +
                "choose Average.Micro, Average.Macro, Average.Weighted or Average.None.", "average");
        if (pair.Present.Length == 2 && !pair.Present.Contains(positive))
            throw new ArgumentException(
                $"Average.Binary scores the positive label 1, but the labels are {present}; " +
                "use labels 0 and 1, or choose Average.Micro, Average.Macro, Average.Weighted or Average.None.", "average");
        return positive;
    }

    private static double[] Divide(long[] numerator, long[] denominator, ZeroDivision zeroDivision, bool warn, string metric, string modifier)
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
        if (undefined && warn)
            UndefinedMetricWarning.Warn(metric, modifier, result.Length);
        return result;
    }
}
