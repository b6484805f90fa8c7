using static TorchSharp.torch;

namespace CourseLib.Metrics;

/// <summary>
/// The true and predicted labels of one evaluation, checked against each other, with the classes they
/// are scored over: <c>0 .. numClasses-1</c> when the caller declares the number of classes
/// (scikit-learn's <c>labels=range(n)</c>), otherwise the sorted labels that occur in either vector.
/// </summary>
internal sealed class LabelPair : IScoredLabels
{
    /// <summary>
    /// The most classes scored at once. A confusion matrix of 10,000 classes already takes 800 MB; a larger
    /// count is nearly always labels that are not class numbers (regression targets, hashed ids).
    /// </summary>
    public const int MaxClasses = 10_000;

    private readonly int? _numClasses;
    private long[]? _present;
    private long[]? _classes;

    private LabelPair(long[] yTrue, long[] yPred, int? numClasses)
    {
        True = yTrue;
        Pred = yPred;
        _numClasses = numClasses;
    }

    public long[] True { get; }
    public long[] Pred { get; }
    public int Length => True.Length;

    /// <summary>The labels that occur in either vector, ascending.</summary>
    public long[] Present => _present ??= True.Concat(Pred).Distinct().Order().ToArray();

    /// <summary>The classes scored, ascending.</summary>
    public long[] Classes => _classes ??= _numClasses is int n ? Enumerable.Range(0, n).Select(i => (long)i).ToArray() : Present;

    /// <summary>Whether the classes scored are exactly those occurring in the data (then the micro average is the accuracy).</summary>
    public bool ClassesArePresent => Classes.AsSpan().SequenceEqual(Present);

    /// <summary>Checks that both are label vectors of the same length and within the class range, then reads them.</summary>
    public static LabelPair Read(Tensor yTrue, Tensor yPred, int? numClasses)
    {
        CheckSameLength(yTrue, yPred);
        if (numClasses is < 1 or > MaxClasses)
            throw new ArgumentOutOfRangeException(nameof(numClasses), numClasses,
                $"numClasses must be from 1 to {MaxClasses:N0} (or null to take the classes from the data).");
        var t = LabelReader.Read(yTrue, nameof(yTrue));
        var p = LabelReader.Read(yPred, nameof(yPred));
        if (numClasses is int n)
        {
            CheckRange(t, n, nameof(yTrue));
            CheckRange(p, n, nameof(yPred));
        }
        var pair = new LabelPair(t, p, numClasses);
        if (pair.Classes.Length > MaxClasses)
            throw new ArgumentException(
                $"yTrue and yPred hold {pair.Classes.Length:N0} different labels, more than the {MaxClasses:N0} classes metrics score at once; " +
                "are these class labels (0, 1, 2, ...) and not, say, regression targets or ids?", nameof(yPred));
        return pair;
    }

    /// <summary>The number of samples both hold; throws unless both are label vectors of one length.</summary>
    public static long CheckSameLength(Tensor yTrue, Tensor yPred)
    {
        long nTrue = LabelReader.Count(yTrue, nameof(yTrue));
        long nPred = LabelReader.Count(yPred, nameof(yPred));
        if (nTrue != nPred)
            throw new ArgumentException(
                $"yTrue has {nTrue} labels (shape {Shape(yTrue)}) but yPred has {nPred} (shape {Shape(yPred)}); " +
                "they must hold one label per sample for the same samples.", nameof(yPred));
        if (nTrue == 0)
            throw new ArgumentException("yTrue and yPred are empty; metrics need at least one sample.", nameof(yTrue));
        return nTrue;
    }

    /// <summary>True positives, predictions and support for each of <paramref name="classes"/>.</summary>
    public ConfusionCounts CountsFor(IReadOnlyList<long> classes) => ConfusionCounts.For(this, classes);

    /// <summary>The number of samples whose predicted label is the true one.</summary>
    public long CountCorrect()
    {
        long correct = 0;
        for (int i = 0; i < True.Length; i++)
            if (True[i] == Pred[i]) correct++;
        return correct;
    }

    /// <summary>Throws unless every label is below <paramref name="numClasses"/>, naming the first that is not.</summary>
    public static void CheckRange(long[] labels, int numClasses, string name)
    {
        foreach (long v in labels)
            if (v >= numClasses)
                throw new ArgumentException(
                    $"{name} contains the label {v}, outside the class range: with numClasses = {numClasses} " +
                    $"the labels allowed are 0 to {numClasses - 1}.", name);
    }

    private static string Shape(Tensor t) => "[" + string.Join(", ", t.shape) + "]";
}
