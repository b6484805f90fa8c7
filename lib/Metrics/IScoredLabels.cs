namespace CourseLib.Metrics;

/// <summary>
/// What precision, recall and F1 are computed from: the labels that occur, the classes scored, and the counts per class.
/// One evaluation's labels (<see cref="LabelPair"/>) and the counts a metric accumulated over batches
/// (<see cref="LabelTally"/>) both provide it, so the one-shot and the accumulated scores come out of the same code.
/// </summary>
internal interface IScoredLabels
{
    /// <summary>The labels that occur as truth or prediction, ascending.</summary>
    long[] Present { get; }

    /// <summary>The classes scored, ascending.</summary>
    long[] Classes { get; }

    /// <summary>True positives, predictions and support for each of <paramref name="classes"/>.</summary>
    ConfusionCounts CountsFor(IReadOnlyList<long> classes);
}
