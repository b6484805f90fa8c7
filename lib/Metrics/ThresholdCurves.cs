namespace CourseLib.Metrics;

/// <summary>
/// The ROC curve: at each threshold, the false positive rate (<see cref="Fpr"/>, negatives flagged) and the true
/// positive rate (<see cref="Tpr"/>, recall), for "positive if score ≥ threshold"; thresholds decreasing, the first
/// one above every score so the curve starts at (0, 0). scikit-learn's <c>fpr, tpr, thresholds = roc_curve(...)</c>. Introduced in notebook 13_diagnosis.
/// </summary>
/// <param name="Fpr">False positive rate at each threshold, increasing.</param>
/// <param name="Tpr">True positive rate at each threshold, increasing.</param>
/// <param name="Thresholds">The score thresholds, decreasing.</param>
/// <exception cref="ArgumentNullException">An array is null.</exception>
/// <exception cref="ArgumentException">The three arrays differ in length (one entry per threshold each).</exception>
public sealed record RocCurve(double[] Fpr, double[] Tpr, double[] Thresholds)
{
    // Checked here so that a hand-made curve that does not fit together fails where it is made, not inside a chart.
    // NaN rates are allowed: they are what roc_curve gives when one class is missing.
    /// <summary>False positive rate at each threshold. Introduced in notebook 13_diagnosis.</summary>
    public double[] Fpr { get; init; } = ArrayGuards.Set(Fpr);

    /// <summary>True positive rate at each threshold. Introduced in notebook 13_diagnosis.</summary>
    public double[] Tpr { get; init; } = ArrayGuards.OfLength(Tpr, Fpr.Length, "one rate per threshold, as Fpr");

    /// <summary>The score thresholds. Introduced in notebook 13_diagnosis.</summary>
    public double[] Thresholds { get; init; } = ArrayGuards.OfLength(Thresholds, Fpr.Length, "one threshold per point of Fpr and Tpr");
}

/// <summary>
/// The precision–recall curve: precision and recall for "positive if score ≥ threshold", thresholds increasing;
/// <see cref="Precision"/> and <see cref="Recall"/> have one entry more than <see cref="Thresholds"/>, the end point
/// (precision 1, recall 0). scikit-learn's <c>precision, recall, thresholds = precision_recall_curve(...)</c>. Introduced in notebook 13_diagnosis.
/// </summary>
/// <param name="Precision">Precision at each threshold, then 1.</param>
/// <param name="Recall">Recall at each threshold (decreasing), then 0.</param>
/// <param name="Thresholds">The distinct scores, increasing.</param>
/// <exception cref="ArgumentNullException">An array is null.</exception>
/// <exception cref="ArgumentException">Precision is empty, Precision and Recall differ in length, or Thresholds is not one entry shorter.</exception>
public sealed record PrecisionRecallCurve(double[] Precision, double[] Recall, double[] Thresholds)
{
    /// <summary>Precision at each threshold, then 1. Introduced in notebook 13_diagnosis.</summary>
    public double[] Precision { get; init; } = ArrayGuards.NonEmpty(Precision, "a curve has at least its end point (precision 1, recall 0)");

    /// <summary>Recall at each threshold, then 0. Introduced in notebook 13_diagnosis.</summary>
    public double[] Recall { get; init; } = ArrayGuards.OfLength(Recall, Precision.Length, "one recall per precision");

    /// <summary>The distinct scores. Introduced in notebook 13_diagnosis.</summary>
    public double[] Thresholds { get; init; } = ArrayGuards.OfLength(Thresholds, Precision.Length - 1,
        "one threshold per point but the last (the end point, precision 1 and recall 0, has none)");
}
