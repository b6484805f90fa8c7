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
    public static ConfusionCounts For(LabelPair pair, IReadOnlyList<long> classes) =>
        FromPairs(Enumerable.Range(0, pair.Length).Select(i => (pair.True[i], pair.Pred[i], 1L)), classes);

    /// <summary>
    /// Counts for each of <paramref name="classes"/> from how many samples had each (true, predicted) pair of labels:
    /// one sample at a time (<see cref="LabelPair"/>) or tallied over batches (<see cref="LabelTally"/>).
    /// </summary>
    public static ConfusionCounts FromPairs(IEnumerable<(long True, long Pred, long Count)> pairs, IReadOnlyList<long> classes)
    {
        int n = classes.Count;
        var tp = new long[n];
        var predicted = new long[n];
        var support = new long[n];
        var index = new Dictionary<long, int>(n);
        for (int c = 0; c < n; c++) index[classes[c]] = c;
        foreach (var (truth, prediction, count) in pairs)
        {
            bool hasTrue = index.TryGetValue(truth, out int t);
            bool hasPred = index.TryGetValue(prediction, out int p);
            if (hasTrue) support[t] += count;
            if (hasPred) predicted[p] += count;
            if (hasTrue && hasPred && t == p) tp[t] += count;
        }
        return new ConfusionCounts(tp, predicted, support);
    }

    /// <summary>All classes pooled into one, for the micro average.</summary>
    public ConfusionCounts Pooled() => new([TruePositives.Sum()], [Predicted.Sum()], [Support.Sum()]);
}
