using static TorchSharp.torch;

namespace CourseLib.Metrics;

/// <summary>
/// The confusion matrix over batches, as torchmetrics' <c>ConfusionMatrix</c>, equal to
/// <see cref="ClassificationMetrics.ConfusionMatrix"/> on all the samples at once. Introduced in notebook 15_data_pipeline.
/// </summary>
/// <param name="numClasses">Count classes <c>0 .. numClasses-1</c>, even those never seen; null: the labels seen, ascending.</param>
public sealed class ConfusionMatrixMetric(int? numClasses = null) : AccumulatingMetric(numClasses)
{
    /// <summary>
    /// The counts as an int64 tensor [classes, classes]: row i the true class, column j the predicted one.
    /// Introduced in notebook 15_data_pipeline.
    /// </summary>
    /// <exception cref="InvalidOperationException">No sample has been counted since construction or the last Reset().</exception>
    public Tensor Compute() => tensor(Counted().Matrix());
}
