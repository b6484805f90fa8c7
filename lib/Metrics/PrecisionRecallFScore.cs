namespace CourseLib.Metrics;

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
public sealed record PrecisionRecallFScore(double[] Precision, double[] Recall, double[] F1Score, long[]? Support, long[] Classes)
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
