namespace CourseLib.Metrics;

/// <summary>
/// The counts every score is made of, per class: true positives, how often the class was predicted,
/// how often it was the truth (its support).
/// </summary>
internal sealed record ConfusionCounts(long[] TruePositives, long[] Predicted, long[] Support)
{
    /// <summary>Rows are the actual class, columns the predicted class, both in the order of <see cref="LabelPair.Classes"/>.</summary>
    public static long[,] Matrix(LabelPair pair)
    {
        long[] classes = pair.Classes;
        var matrix = new long[classes.Length, classes.Length];
        for (int i = 0; i < pair.Length; i++)
            matrix[Array.BinarySearch(classes, pair.True[i]), Array.BinarySearch(classes, pair.Pred[i])]++;
        return matrix;
    }

    /// <summary>Counts for each of <paramref name="classes"/> (which need not all occur in the data).</summary>
    public static ConfusionCounts For(LabelPair pair, IReadOnlyList<long> classes)
    {
        int n = classes.Count;
        var tp = new long[n];
        var predicted = new long[n];
        var support = new long[n];
        var index = new Dictionary<long, int>(n);
        for (int c = 0; c < n; c++) index[classes[c]] = c;
        for (int i = 0; i < pair.Length; i++)
        {
            bool hasTrue = index.TryGetValue(pair.True[i], out int t);
            bool hasPred = index.TryGetValue(pair.Pred[i], out int p);
            if (hasTrue) support[t]++;
            if (hasPred) predicted[p]++;
            if (hasTrue && hasPred && t == p) tp[t]++;
        }
        return new ConfusionCounts(tp, predicted, support);
    }

    /// <summary>All classes pooled into one, for the micro average.</summary>
    public ConfusionCounts Pooled() => new([TruePositives.Sum()], [Predicted.Sum()], [Support.Sum()]);
}
