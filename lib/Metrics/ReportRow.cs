namespace CourseLib.Metrics;

/// <summary>
/// One line of a <see cref="ClassificationReport"/>: a class, or one of the summary lines
/// <c>accuracy</c> (which has only an F1-column value, the accuracy), <c>micro avg</c>, <c>macro avg</c>
/// and <c>weighted avg</c>.
/// </summary>
/// <param name="Name">The class's name (its label, or its target name), or the summary line's name.</param>
/// <param name="Precision">Precision; null on the accuracy line.</param>
/// <param name="Recall">Recall; null on the accuracy line.</param>
/// <param name="F1Score">F1 score; on the accuracy line, the accuracy.</param>
/// <param name="Support">The number of true samples of the class; on summary lines, of all scored classes.</param>
public sealed record ReportRow(string Name, double? Precision, double? Recall, double F1Score, long Support)
{
    /// <summary>The class's name (its label, or its target name), or the summary line's name.</summary>
    public string Name { get; init; } = Name ?? throw new ArgumentNullException(nameof(Name));
}
