namespace CourseLib.Metrics;

/// <summary>
/// The ROC curve: at each threshold, the false positive rate (<see cref="Fpr"/>, negatives flagged) and the true
/// positive rate (<see cref="Tpr"/>, recall), for "positive if score ≥ threshold"; thresholds decreasing, the first
/// one above every score so the curve starts at (0, 0). scikit-learn's <c>fpr, tpr, thresholds = roc_curve(...)</c>.
/// </summary>
/// <param name="Fpr">False positive rate at each threshold, increasing.</param>
/// <param name="Tpr">True positive rate at each threshold, increasing.</param>
/// <param name="Thresholds">The score thresholds, decreasing.</param>
public sealed record RocCurve(double[] Fpr, double[] Tpr, double[] Thresholds);

/// <summary>
/// The precision–recall curve: precision and recall for "positive if score ≥ threshold", thresholds increasing;
/// <see cref="Precision"/> and <see cref="Recall"/> have one entry more than <see cref="Thresholds"/>, the end point
/// (precision 1, recall 0). scikit-learn's <c>precision, recall, thresholds = precision_recall_curve(...)</c>.
/// </summary>
/// <param name="Precision">Precision at each threshold, then 1.</param>
/// <param name="Recall">Recall at each threshold (decreasing), then 0.</param>
/// <param name="Thresholds">The distinct scores, increasing.</param>
public sealed record PrecisionRecallCurve(double[] Precision, double[] Recall, double[] Thresholds);
