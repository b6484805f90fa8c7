using static TorchSharp.torch;

namespace CourseLib.Metrics;

/// <summary>
/// The counts an accumulating metric keeps between batches: how many samples had each (true, predicted) pair of labels.
/// That sparse confusion matrix is all accuracy, precision, recall, F1 and the confusion matrix need, so the scores
/// computed from it are, number for number, the ones <see cref="ClassificationMetrics"/> computes from all the labels
/// at once; memory grows with the classes seen, not with the samples.
/// </summary>
internal sealed class LabelTally : IScoredLabels
{
    private readonly Dictionary<(long True, long Pred), long> _counts = [];
    private readonly int? _numClasses;

    /// <summary>A tally that scores classes <c>0 .. numClasses-1</c>, or, when null, the labels seen.</summary>
    public LabelTally(int? numClasses)
    {
        if (numClasses is < 1 or > LabelPair.MaxClasses)
            throw new ArgumentOutOfRangeException(nameof(numClasses), numClasses,
                $"numClasses must be from 1 to {LabelPair.MaxClasses:N0} (or null to take the classes from the data).");
        _numClasses = numClasses;
    }

    /// <summary>The samples counted.</summary>
    public long Total { get; private set; }

    /// <summary>The samples whose predicted label was the true one.</summary>
    public long Correct { get; private set; }

    /// <summary>The labels seen as truth or prediction, ascending.</summary>
    public long[] Present => _counts.Keys.SelectMany(k => new[] { k.True, k.Pred }).Distinct().Order().ToArray();

    /// <summary>The classes scored, ascending.</summary>
    public long[] Classes => _numClasses is int n ? Enumerable.Range(0, n).Select(i => (long)i).ToArray() : Present;

    /// <summary>
    /// Checks one batch (label vectors of one length, within the class range) and returns its labels, counting nothing
    /// yet: a metric checks the batch against what it has seen first, so that a refused batch leaves it unchanged.
    /// </summary>
    public (long[] Preds, long[] Target) Read(Tensor preds, Tensor target)
    {
        long nPreds = LabelReader.Count(preds, nameof(preds));
        long nTarget = LabelReader.Count(target, nameof(target));
        if (nPreds != nTarget)
            throw new ArgumentException(
                $"preds has {nPreds} labels (shape {Shape(preds)}) but target has {nTarget} (shape {Shape(target)}); " +
                "one batch needs one predicted and one true label per sample.", nameof(target));
        var p = LabelReader.Read(preds, nameof(preds));
        var t = LabelReader.Read(target, nameof(target));
        if (_numClasses is int n)
        {
            LabelPair.CheckRange(t, n, nameof(target));
            LabelPair.CheckRange(p, n, nameof(preds));
        }
        int seen = Present.Concat(p).Concat(t).Distinct().Count();
        if (seen > LabelPair.MaxClasses)
            throw new ArgumentException(
                $"With this batch the metric would have seen {seen:N0} different labels, more than the {LabelPair.MaxClasses:N0} classes metrics " +
                "score at once; are these class labels (0, 1, 2, ...) and not, say, regression targets or ids?", nameof(preds));
        return (p, t);
    }

    /// <summary>The labels seen so far together with those of a batch not counted yet, ascending.</summary>
    public long[] PresentWith(long[] preds, long[] target) => Present.Concat(preds).Concat(target).Distinct().Order().ToArray();

    /// <summary>The true labels seen so far together with those of a batch not counted yet, ascending.</summary>
    public long[] TargetsWith(long[] target) => _counts.Keys.Select(k => k.True).Concat(target).Distinct().Order().ToArray();

    /// <summary>Counts a batch that <see cref="Read"/> returned.</summary>
    public void Add(long[] preds, long[] target)
    {
        for (int i = 0; i < preds.Length; i++)
        {
            var key = (target[i], preds[i]);
            _counts[key] = _counts.GetValueOrDefault(key) + 1;
            if (target[i] == preds[i]) Correct++;
        }
        Total += preds.Length;
    }

    /// <summary>Forgets every count.</summary>
    public void Clear()
    {
        _counts.Clear();
        Total = 0;
        Correct = 0;
    }

    /// <summary>True positives, predictions and support for each of <paramref name="classes"/>.</summary>
    public ConfusionCounts CountsFor(IReadOnlyList<long> classes) =>
        ConfusionCounts.FromPairs(_counts.Select(c => (c.Key.True, c.Key.Pred, c.Value)), classes);

    /// <summary>Rows are the actual class, columns the predicted class, both in the order of <see cref="Classes"/>.</summary>
    public long[,] Matrix()
    {
        long[] classes = Classes;
        var matrix = new long[classes.Length, classes.Length];
        foreach (var ((truth, prediction), count) in _counts)
            matrix[Array.BinarySearch(classes, truth), Array.BinarySearch(classes, prediction)] += count;
        return matrix;
    }

    private static string Shape(Tensor t) => "[" + string.Join(", ", t.shape) + "]";
}
