namespace CourseLib.Metrics;

/// <summary>
/// Precision, recall or F1 over batches, averaged as scikit-learn's and torchmetrics' <c>average=</c> says. The
/// per-class counts are summed over the batches and scored once, in <c>Compute()</c>: so the result equals the
/// function of <see cref="ClassificationMetrics"/> on all the samples at once, for every average (a macro F1 of
/// per-batch F1s would not). Introduced in notebook 15_data_pipeline.
/// </summary>
public abstract class AveragedScoreMetric : AccumulatingMetric
{
    private readonly Average _average;
    private readonly ZeroDivision _zeroDivision;
    private readonly Scoring.WarnFor _warnFor;

    private protected AveragedScoreMetric(Average average, ZeroDivision zeroDivision, int? numClasses, Scoring.WarnFor warnFor)
        : base(numClasses)
    {
        _average = Guards.Defined(average);
        _zeroDivision = Guards.Defined(zeroDivision);
        if (average == Average.None)
            throw new ArgumentException(
                "Average.None gives one score per class, not one number; choose Average.Binary, Micro, Macro or Weighted " +
                "(for every class's scores, ClassificationMetrics.ClassificationReport on the whole set).", nameof(average));
        _warnFor = warnFor;
    }

    /// <summary>With <see cref="Average.Binary"/>, a batch that would make the labels seen multi-class is refused when it comes.</summary>
    private protected override void CheckBatch(long[] preds, long[] target)
    {
        if (_average != Average.Binary) return;
        Scoring.CheckBinary(Tally.TargetsWith(target), nameof(target), "the true labels seen so far, with this batch,");
        Scoring.CheckBinary(Tally.PresentWith(preds, target), nameof(preds), "the labels seen so far, with this batch,");
    }

    private protected PrecisionRecallFScore Scores() => Scoring.Compute(Counted(), _average, _zeroDivision, _warnFor);
}

/// <summary>
/// Precision over batches, TP / (TP + FP), as torchmetrics' <c>Precision</c>; equal to
/// <see cref="ClassificationMetrics.Precision"/> on all the samples at once. Introduced in notebook 15_data_pipeline.
/// </summary>
/// <param name="average">How the per-class scores become one number (not <see cref="Average.None"/>).</param>
/// <param name="zeroDivision">The score of a class never predicted.</param>
/// <param name="numClasses">Score classes <c>0 .. numClasses-1</c>, even those never seen; null: the labels seen.</param>
public sealed class PrecisionMetric(Average average = Average.Binary, ZeroDivision zeroDivision = ZeroDivision.Warn, int? numClasses = null)
    : AveragedScoreMetric(average, zeroDivision, numClasses, Scoring.WarnFor.Precision)
{
    /// <summary>The precision over every sample counted. Introduced in notebook 15_data_pipeline.</summary>
    /// <exception cref="InvalidOperationException">No sample has been counted since construction or the last Reset().</exception>
    public double Compute() => Scores().Precision[0];
}

/// <summary>
/// Recall over batches, TP / (TP + FN), as torchmetrics' <c>Recall</c>; equal to
/// <see cref="ClassificationMetrics.Recall"/> on all the samples at once. Introduced in notebook 15_data_pipeline.
/// </summary>
/// <param name="average">How the per-class scores become one number (not <see cref="Average.None"/>).</param>
/// <param name="zeroDivision">The score of a class never seen as truth.</param>
/// <param name="numClasses">Score classes <c>0 .. numClasses-1</c>, even those never seen; null: the labels seen.</param>
public sealed class RecallMetric(Average average = Average.Binary, ZeroDivision zeroDivision = ZeroDivision.Warn, int? numClasses = null)
    : AveragedScoreMetric(average, zeroDivision, numClasses, Scoring.WarnFor.Recall)
{
    /// <summary>The recall over every sample counted. Introduced in notebook 15_data_pipeline.</summary>
    /// <exception cref="InvalidOperationException">No sample has been counted since construction or the last Reset().</exception>
    public double Compute() => Scores().Recall[0];
}

/// <summary>
/// F1 over batches, the harmonic mean of precision and recall, as torchmetrics' <c>F1Score</c>; equal to
/// <see cref="ClassificationMetrics.F1Score"/> on all the samples at once. Introduced in notebook 15_data_pipeline.
/// </summary>
/// <param name="average">How the per-class scores become one number (not <see cref="Average.None"/>).</param>
/// <param name="zeroDivision">The score of a class whose precision or recall divides by zero.</param>
/// <param name="numClasses">Score classes <c>0 .. numClasses-1</c>, even those never seen; null: the labels seen.</param>
public sealed class F1ScoreMetric(Average average = Average.Binary, ZeroDivision zeroDivision = ZeroDivision.Warn, int? numClasses = null)
    : AveragedScoreMetric(average, zeroDivision, numClasses, Scoring.WarnFor.FScore)
{
    /// <summary>The F1 score over every sample counted. Introduced in notebook 15_data_pipeline.</summary>
    /// <exception cref="InvalidOperationException">No sample has been counted since construction or the last Reset().</exception>
    public double Compute() => Scores().F1Score[0];
}
