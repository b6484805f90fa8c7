using System.Collections.Concurrent;
using CourseLib.Data;

namespace CourseLib.Metrics;

/// <summary>
/// How per-class scores are combined into one number, as scikit-learn's <c>average=</c> argument
/// (and torchmetrics' <c>average=</c>). Introduced in notebook 07_metrics.
/// </summary>
public enum Average
{
    /// <summary>
    /// scikit-learn's default <c>average="binary"</c>: only the positive class, label 1, is scored.
    /// Allowed when the data holds at most two labels, 1 among them.
    /// </summary>
    Binary,

    /// <summary><c>"micro"</c>: count true positives, false positives and false negatives over all classes, then divide.</summary>
    Micro,

    /// <summary><c>"macro"</c>: the plain mean of the per-class scores, every class counting the same.</summary>
    Macro,

    /// <summary><c>"weighted"</c>: the mean of the per-class scores weighted by each class's support (its true count).</summary>
    Weighted,

    /// <summary><c>None</c>: no averaging; one score per class.</summary>
    None,
}

/// <summary>
/// What a score is when its denominator is zero (precision of a class never predicted, recall of a
/// class never present), as scikit-learn 1.2's <c>zero_division=</c> argument. Introduced in notebook 07_metrics.
/// </summary>
public enum ZeroDivision
{
    /// <summary><c>"warn"</c> (scikit-learn's default): the score is 0 and a warning is written to standard error.</summary>
    Warn,

    /// <summary><c>0</c>: the score is 0, silently.</summary>
    Zero,

    /// <summary><c>1</c>: the score is 1, silently.</summary>
    One,
}

/// <summary>
/// What scikit-learn's <c>precision_recall_fscore_support</c> returns. With <see cref="Average.None"/> the
/// arrays hold one score per class, in the order of <see cref="Classes"/>, and <see cref="Support"/> the
/// number of true samples of each class; with any other average they hold one number and
/// <see cref="Support"/> is null (as scikit-learn returns <c>None</c>).
/// </summary>
/// <param name="Precision">Of the samples predicted as a class, the fraction that really are: TP / (TP + FP).</param>
/// <param name="Recall">Of the samples of a class, the fraction predicted as it: TP / (TP + FN).</param>
/// <param name="F1Score">The harmonic mean of precision and recall: 2PR / (P + R).</param>
/// <param name="Support">True samples per class (only without averaging).</param>
/// <param name="Classes">The class labels scored (for <see cref="Average.Binary"/>, just the positive label 1).</param>
internal sealed record PrecisionRecallFScore(double[] Precision, double[] Recall, double[] F1Score, long[]? Support, long[] Classes)
{
    /// <summary>Of the samples predicted as a class, the fraction that really are: TP / (TP + FP).</summary>
    public double[] Precision { get; init; } = Precision ?? throw new ArgumentNullException(nameof(Precision));

    /// <summary>Of the samples of a class, the fraction predicted as it: TP / (TP + FN).</summary>
    public double[] Recall { get; init; } = Recall ?? throw new ArgumentNullException(nameof(Recall));

    /// <summary>The harmonic mean of precision and recall: 2PR / (P + R).</summary>
    public double[] F1Score { get; init; } = F1Score ?? throw new ArgumentNullException(nameof(F1Score));

    /// <summary>The class labels scored (for <see cref="Average.Binary"/>, just the positive label 1).</summary>
    public long[] Classes { get; init; } = Classes ?? throw new ArgumentNullException(nameof(Classes));
}

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

    public static PrecisionRecallFScore Compute(IScoredLabels pair, Average average, ZeroDivision zeroDivision, WarnFor warnFor)
    {
        bool warn = zeroDivision == ZeroDivision.Warn;
        long[] classes = average == Average.Binary ? [PositiveLabel(pair)] : pair.Classes;
        var counts = pair.CountsFor(classes);
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
    private static long PositiveLabel(IScoredLabels pair)
    {
        CheckBinary(pair.Present, "average", "the labels");
        return 1;
    }

    /// <summary>
    /// Throws unless <paramref name="present"/> (the labels that occur) suits <see cref="Average.Binary"/>: at most two
    /// labels, 1 among them. <paramref name="which"/> names them in the message ("the labels", "the labels seen so far").
    /// </summary>
    public static void CheckBinary(long[] present, string parameter, string which)
    {
        const long positive = 1;
        string labels = "{" + string.Join(", ", present) + "}";
        if (present.Length > 2)
            throw new ArgumentException(
                $"{char.ToUpperInvariant(which[0])}{which[1..]} are multi-class ({labels}) but average is Binary, which scores only the positive label 1; " +
                "choose Average.Micro, Average.Macro, Average.Weighted or Average.None.", parameter);
        if (present.Length == 2 && !present.Contains(positive))
            throw new ArgumentException(
                $"Average.Binary scores the positive label 1, but {which} are {labels}; " +
                "use labels 0 and 1, or choose Average.Micro, Average.Macro, Average.Weighted or Average.None.", parameter);
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

/// <summary>
/// scikit-learn's <c>UndefinedMetricWarning</c>: written to standard error when a score divides by zero
/// under <see cref="ZeroDivision.Warn"/>. Like Python's default warning filter, each distinct message
/// is shown once per process, so a training loop does not flood its output.
/// </summary>
internal static class UndefinedMetricWarning
{
    private static readonly ConcurrentDictionary<string, bool> Shown = new();

    public static void Warn(string metric, string modifier, int resultSize)
    {
        string where = resultSize == 1 ? "due to" : "in labels with";
        string message = $"UndefinedMetricWarning: {metric} is ill-defined and being set to 0.0 {where} no {modifier} samples. " +
                         "Use the zeroDivision parameter to control this behavior.";
        if (Shown.TryAdd(message, true))
            Console.Error.WriteLine(message);
    }
}
