using static TorchSharp.torch;

namespace CourseLib.Metrics;

/// <summary>
/// Classification metrics on TorchSharp tensors of class labels, with the values scikit-learn gives
/// (<c>sklearn.metrics</c>) and the course's own <c>accuracy_fn</c>.
/// <para>
/// Labels are tensors of shape [N] (or [N, 1]) holding whole numbers 0, 1, 2, ...: integer, bool, or
/// float tensors such as <c>torch.round(torch.sigmoid(logits))</c>. Logits, probabilities, tensors of
/// different lengths and labels outside <c>0 .. numClasses-1</c> are refused with an
/// <see cref="ArgumentException"/> that says what was wrong and what is allowed.
/// </para>
/// <para>
/// <c>numClasses</c> is scikit-learn's <c>labels=range(numClasses)</c>: every class is scored even if it
/// never occurs. Left null, the classes are the labels occurring in either tensor.
/// </para>
/// <para>Introduced in notebook 07_metrics.</para>
/// </summary>
public static class ClassificationMetrics
{
    /// <summary>
    /// The fraction of samples predicted right, 0 to 1 (<c>sklearn.metrics.accuracy_score</c>,
    /// torchmetrics' <c>Accuracy</c>). Introduced in notebook 07_metrics.
    /// </summary>
    public static double Accuracy(Tensor yTrue, Tensor yPred)
    {
        var pair = LabelPair.Read(yTrue, yPred, numClasses: null);
        return (double)pair.CountCorrect() / pair.Length;
    }

    /// <summary>
    /// The course's <c>accuracy_fn(y_true, y_pred)</c>: the percentage of samples predicted right, 0 to 100,
    /// computed as the course does, <c>(correct / len(y_pred)) * 100</c>. Introduced in notebook 07_metrics.
    /// </summary>
    public static double AccuracyFn(Tensor yTrue, Tensor yPred)
    {
        var pair = LabelPair.Read(yTrue, yPred, numClasses: null);
        return (double)pair.CountCorrect() / pair.Length * 100;
    }

    /// <summary>
    /// Precision, TP / (TP + FP): of the samples predicted as a class, the fraction that are
    /// (<c>sklearn.metrics.precision_score</c>). For one score per class, see the
    /// rows of <see cref="ClassificationReport"/>. Introduced in notebook 07_metrics.
    /// </summary>
    public static double Precision(Tensor yTrue, Tensor yPred, Average average = Average.Binary,
        ZeroDivision zeroDivision = ZeroDivision.Warn, int? numClasses = null)
        => Single(yTrue, yPred, average, zeroDivision, numClasses, Scoring.WarnFor.Precision).Precision[0];

    /// <summary>
    /// Recall, TP / (TP + FN): of the samples of a class, the fraction predicted as it
    /// (<c>sklearn.metrics.recall_score</c>). Introduced in notebook 07_metrics.
    /// </summary>
    public static double Recall(Tensor yTrue, Tensor yPred, Average average = Average.Binary,
        ZeroDivision zeroDivision = ZeroDivision.Warn, int? numClasses = null)
        => Single(yTrue, yPred, average, zeroDivision, numClasses, Scoring.WarnFor.Recall).Recall[0];

    /// <summary>
    /// F1 score, the harmonic mean of precision and recall (<c>sklearn.metrics.f1_score</c>). Introduced in notebook 07_metrics.
    /// </summary>
    public static double F1Score(Tensor yTrue, Tensor yPred, Average average = Average.Binary,
        ZeroDivision zeroDivision = ZeroDivision.Warn, int? numClasses = null)
        => Single(yTrue, yPred, average, zeroDivision, numClasses, Scoring.WarnFor.FScore).F1Score[0];

    /// <summary>
    /// Precision, recall, F1 and support together (<c>sklearn.metrics.precision_recall_fscore_support</c>):
    /// per class with <see cref="Average.None"/>, otherwise averaged.
    /// </summary>
    internal static PrecisionRecallFScore PrecisionRecallFScoreSupport(Tensor yTrue, Tensor yPred, Average average = Average.None,
        ZeroDivision zeroDivision = ZeroDivision.Warn, int? numClasses = null)
        => Scoring.Compute(LabelPair.Read(yTrue, yPred, numClasses), Guards.Defined(average), Guards.Defined(zeroDivision), Scoring.WarnFor.All);

    /// <summary>
    /// The confusion matrix as an int64 tensor [classes, classes]: row i is the actual class, column j the
    /// predicted class, entry [i, j] the number of samples of class i predicted as j
    /// (<c>sklearn.metrics.confusion_matrix</c>; torchmetrics' <c>ConfusionMatrix</c>). The classes are
    /// <c>0 .. numClasses-1</c>, or, without <paramref name="numClasses"/>, the labels occurring, ascending. Introduced in notebook 07_metrics.
    /// </summary>
    public static Tensor ConfusionMatrix(Tensor yTrue, Tensor yPred, int? numClasses = null)
        => tensor(ConfusionCounts.Matrix(LabelPair.Read(yTrue, yPred, numClasses)));

    /// <summary>
    /// scikit-learn's <c>classification_report</c>: precision, recall, F1 and support for each class, then
    /// accuracy, macro average and weighted average. Show it with <c>ToString()</c> (the text scikit-learn
    /// prints) or <see cref="Metrics.ClassificationReport.ToDataFrame"/>. Introduced in notebook 07_metrics.
    /// </summary>
    /// <param name="yTrue">True class labels, shape [N].</param>
    /// <param name="yPred">Predicted class labels, shape [N].</param>
    /// <param name="targetNames">A display name per class, in class order (scikit-learn's <c>target_names</c>).</param>
    /// <param name="numClasses">Score classes <c>0 .. numClasses-1</c>, even those that never occur.</param>
    /// <param name="digits">Decimal places in the text.</param>
    /// <param name="zeroDivision">The value of a score whose denominator is zero.</param>
    public static ClassificationReport ClassificationReport(Tensor yTrue, Tensor yPred, IReadOnlyList<string>? targetNames = null,
        int? numClasses = null, int digits = 2, ZeroDivision zeroDivision = ZeroDivision.Warn)
        => Metrics.ClassificationReport.Create(LabelPair.Read(yTrue, yPred, numClasses), targetNames, digits, Guards.Defined(zeroDivision));

    private static PrecisionRecallFScore Single(Tensor yTrue, Tensor yPred, Average average, ZeroDivision zeroDivision,
        int? numClasses, Scoring.WarnFor warnFor)
    {
        Guards.Defined(average);
        Guards.Defined(zeroDivision);
        if (average == Average.None)
            throw new ArgumentException(
                "Average.None gives one score per class, not one number; for every class's scores use ClassificationReport(yTrue, yPred), " +
                "or choose Average.Binary, Micro, Macro or Weighted.", nameof(average));
        return Scoring.Compute(LabelPair.Read(yTrue, yPred, numClasses), average, zeroDivision, warnFor);
    }
}
