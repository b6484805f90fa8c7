namespace CourseLib.Metrics;

/// <summary>
/// How per-class scores are combined into one number, as scikit-learn's <c>average=</c> argument
/// (and torchmetrics' <c>average=</c>).
/// </summary>
public enum Average
{
    /// <summary>
    /// scikit-learn's default <c>average="binary"</c>: only the positive class, label 1, is scored.
    /// Allowed when the data holds at most two labels, 1 among them.
    /// </summary>
    Binary,

    /// <summary><c>"micro"</c>: count true positives, false positives and false negatives over all classes, then divide.</summary>
    Micro,

    /// <summary><c>"macro"</c>: the plain mean of the per-class scores, every class counting the same.</summary>
    Macro,

    /// <summary><c>"weighted"</c>: the mean of the per-class scores weighted by each class's support (its true count).</summary>
    Weighted,

    /// <summary><c>None</c>: no averaging; one score per class.</summary>
    None,
}
