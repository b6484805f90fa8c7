namespace CourseLib.Metrics;

/// <summary>
/// Accuracy over batches, as torchmetrics' <c>Accuracy</c>: the fraction of samples predicted right, 0 to 1, equal to
/// <see cref="ClassificationMetrics.Accuracy"/> on all the samples at once, and not the mean of the batches'
/// accuracies, which counts a short last batch as much as a full one. Introduced in notebook 10_minibatches.
/// </summary>
/// <example><code>
/// var accuracy = new AccuracyMetric();
/// foreach (var batch in loader) accuracy.Update(model.call(batch[0]).argmax(1), batch[1]);
/// Console.WriteLine(accuracy.Compute());
/// accuracy.Reset();
/// </code></example>
public sealed class AccuracyMetric() : AccumulatingMetric(numClasses: null)
{
    /// <summary>
    /// The fraction of the samples counted that were predicted right, 0 to 1. Introduced in notebook 10_minibatches.
    /// </summary>
    /// <exception cref="InvalidOperationException">No sample has been counted since construction or the last Reset().</exception>
    public double Compute()
    {
        var tally = Counted();
        return (double)tally.Correct / tally.Total;
    }
}
