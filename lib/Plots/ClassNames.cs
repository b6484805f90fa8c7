namespace CourseLib.Plots;

/// <summary>Names for class indices: the caller's, or "0", "1", … when none are given.</summary>
internal static class ClassNames
{
    /// <summary>
    /// <paramref name="names"/> when given (it must name at least <paramref name="classCount"/> classes),
    /// otherwise the indices as text.
    /// </summary>
    public static IReadOnlyList<string> Resolve(IReadOnlyList<string>? names, int classCount)
    {
        if (names is null)
            return Enumerable.Range(0, classCount).Select(k => k.ToString()).ToArray();
        Guards.NoNulls(names, "classNames");
        if (names.Count < classCount)
            throw new ArgumentException($"{names.Count} class names were given but the labels need {classCount} (labels run from 0 to {classCount - 1}).", "classNames");
        return names;
    }
}
