using static TorchSharp.torch;

namespace CourseLib.Metrics;

/// <summary>
/// A metric that a mini-batch loop feeds, as torchmetrics' <c>Metric</c>: <see cref="Update"/> with each batch's
/// predicted and true labels, <c>Compute()</c> for the result over every sample counted since construction or the
/// last <see cref="Reset"/>, <see cref="Reset"/> before the next epoch. The result equals the one-shot function of
/// <see cref="ClassificationMetrics"/> on all those samples at once, however the batches were cut, because the metric
/// keeps counts (how many samples had each true and predicted label), not per-batch scores. Introduced in notebook 10_minibatches.
/// <para>
/// The arguments come in torchmetrics' order, predictions first: <c>Update(preds, target)</c> (the functions of
/// <see cref="ClassificationMetrics"/> take scikit-learn's order, <c>(yTrue, yPred)</c>). Both are label vectors of
/// shape [N] (or [N, 1]) of one length: a batch of logits or probabilities is refused with a hint, as the functions
/// refuse it. A refused batch leaves the metric unchanged. An empty batch counts nothing.
/// </para>
/// <para>
/// <c>Compute()</c> before any sample was counted throws an <see cref="InvalidOperationException"/>: a score of no
/// samples is undefined, and a warning followed by a made-up value (what torchmetrics does) is easy to miss in a loop's output.
/// </para>
/// </summary>
public abstract class AccumulatingMetric
{
    private protected AccumulatingMetric(int? numClasses) => Tally = new LabelTally(numClasses);

    private protected LabelTally Tally { get; }

    /// <summary>The number of samples counted since construction or the last <see cref="Reset"/>. Introduced in notebook 10_minibatches.</summary>
    public long SampleCount => Tally.Total;

    /// <summary>
    /// Counts one batch: <paramref name="preds"/> the predicted labels (<c>logits.argmax(1)</c> for a multi-class model,
    /// <c>torch.round(torch.sigmoid(logits))</c> for a binary one), <paramref name="target"/> the true ones.
    /// Introduced in notebook 10_minibatches.
    /// </summary>
    /// <exception cref="ArgumentException">Not label vectors of one length, a label outside <c>numClasses</c>, or labels that do not suit the metric's average.</exception>
    public void Update(Tensor preds, Tensor target)
    {
        var (p, t) = Tally.Read(preds, target);
        CheckBatch(p, t);
        Tally.Add(p, t);
    }

    /// <summary>Forgets every sample counted, e.g. at the start of an epoch. Introduced in notebook 10_minibatches.</summary>
    public void Reset() => Tally.Clear();

    /// <summary>Checks a batch against what the metric has seen, before anything is counted.</summary>
    private protected virtual void CheckBatch(long[] preds, long[] target) { }

    /// <summary>The tally, after checking it holds a sample to score.</summary>
    private protected LabelTally Counted()
    {
        if (Tally.Total == 0)
            throw new InvalidOperationException(
                $"{GetType().Name}.Compute() was called before any sample was counted: there is nothing to score. " +
                "Call Update(preds, target) with each batch first (after Reset() too, which forgets every count).");
        return Tally;
    }
}
