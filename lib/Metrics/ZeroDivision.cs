namespace CourseLib.Metrics;

/// <summary>
/// What a score is when its denominator is zero (precision of a class never predicted, recall of a
/// class never present), as scikit-learn 1.2's <c>zero_division=</c> argument.
/// </summary>
public enum ZeroDivision
{
    /// <summary><c>"warn"</c> (scikit-learn's default): the score is 0 and a warning is written to standard error.</summary>
    Warn,

    /// <summary><c>0</c>: the score is 0, silently.</summary>
    Zero,

    /// <summary><c>1</c>: the score is 1, silently.</summary>
    One,
}
