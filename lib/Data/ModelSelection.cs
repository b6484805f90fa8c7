using System.Globalization;
using TorchSharp;

namespace CourseLib.Data;

/// <summary>The sample indices of one train/test split, each in the order the split picked them. Introduced in notebook 14_digits.</summary>
/// <param name="Train">Indices of the training samples.</param>
/// <param name="Test">Indices of the test samples.</param>
public sealed record SplitIndices(long[] Train, long[] Test)
{
    /// <summary>Indices of the training samples. Introduced in notebook 14_digits.</summary>
    public long[] Train { get; init; } = Train ?? throw new ArgumentNullException(nameof(Train));

    /// <summary>Indices of the test samples. Introduced in notebook 14_digits.</summary>
    public long[] Test { get; init; } = Test ?? throw new ArgumentNullException(nameof(Test));
}

/// <summary>
/// scikit-learn's <c>train_test_split</c> (1.2): sizes validated and rounded as scikit-learn does (a test fraction
/// rounds up, a train fraction down, the default test size is 0.25), and with shuffling one
/// <c>RandomState.permutation(n)</c> whose first <c>n_test</c> entries are the test set and the next <c>n_train</c>
/// the training set (<c>ShuffleSplit</c>). Several arrays are split with the same indices. Introduced in notebook 01_data.
/// </summary>
public static class ModelSelection
{
    /// <summary>The indices of a split of <paramref name="nSamples"/> samples; the other overloads apply them to data.</summary>
    /// <param name="nSamples">Number of samples to split.</param>
    /// <param name="testSize">Fraction (double) or count (int) of test samples; by default the complement of <paramref name="trainSize"/>, or 0.25 when both are null.</param>
    /// <param name="trainSize">Fraction (double) or count (int) of training samples; by default the complement of the test size.</param>
    /// <param name="randomState">Seed (an int, as the course's <c>random_state=42</c>), one <see cref="RandomState"/> made from a seed and passed to several calls to share its draws, or <c>null</c> for the global generator; unused without shuffling.</param>
    /// <param name="shuffle">Whether to shuffle; without, the first samples train and the following ones test.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size is outside its range.</exception>
    /// <exception cref="ArgumentException">The sizes together do not fit the samples or leave no training sample.</exception>
    internal static SplitIndices TrainTestSplit(int nSamples, SplitSize? testSize = null, SplitSize? trainSize = null,
        RandomState? randomState = null, bool shuffle = true)
    {
        var (nTrain, nTest) = SplitCounts(nSamples, testSize, trainSize);
        if (!shuffle)
            return new SplitIndices(Range(0, nTrain), Range(nTrain, nTest));
        long[] permutation = (randomState ?? RandomState.Global).Permutation(nSamples);
        return new SplitIndices(permutation[nTest..(nTest + nTrain)], permutation[..nTest]);
    }

    /// <summary>Splits one array (<c>a_train, a_test = train_test_split(a, …)</c>); see <see cref="TrainTestSplit(int, SplitSize?, SplitSize?, RandomState?, bool)"/> for the parameters.</summary>
    internal static (T[] Train, T[] Test) TrainTestSplit<T>(T[] array, SplitSize? testSize = null, SplitSize? trainSize = null,
        RandomState? randomState = null, bool shuffle = true)
    {
        ArgumentNullException.ThrowIfNull(array);
        var split = TrainTestSplit(array.Length, testSize, trainSize, randomState, shuffle);
        return (Rows.Take(array, split.Train), Rows.Take(array, split.Test));
    }

    /// <summary>Splits features and labels with the same indices (<c>X_train, X_test, y_train, y_test = train_test_split(X, y, …)</c>).</summary>
    /// <exception cref="ArgumentException">The arrays have different numbers of samples.</exception>
    internal static (double[,] XTrain, double[,] XTest, long[] YTrain, long[] YTest) TrainTestSplit(double[,] x, long[] y,
        SplitSize? testSize = null, SplitSize? trainSize = null, RandomState? randomState = null, bool shuffle = true)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        Checks.ConsistentLength(nameof(y), x.GetLength(0), y.Length);
        var split = TrainTestSplit(y.Length, testSize, trainSize, randomState, shuffle);
        return (Rows.Take(x, split.Train), Rows.Take(x, split.Test), Rows.Take(y, split.Train), Rows.Take(y, split.Test));
    }

    /// <summary>
    /// Splits two tensors along their first dimension with the same indices, as the course calls
    /// <c>train_test_split(X, y, test_size=0.2, random_state=42)</c>. The caller disposes the four new tensors. Introduced in notebook 01_data.
    /// </summary>
    /// <param name="x">The features, one sample per row (first dimension).</param>
    /// <param name="y">The labels, one per sample of <paramref name="x"/>.</param>
    /// <param name="testSize">Fraction (double) or count (int) of test samples; by default the complement of <paramref name="trainSize"/>, or 0.25 when both are null.</param>
    /// <param name="trainSize">Fraction (double) or count (int) of training samples; by default the complement of the test size.</param>
    /// <param name="randomState">Seed (an int, as the course's <c>random_state=42</c>), one <see cref="RandomState"/> made from a seed and passed to several calls to share its draws, or <c>null</c> for the global generator; unused without shuffling.</param>
    /// <param name="shuffle">Whether to shuffle; without, the first samples train and the following ones test.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size is outside its range.</exception>
    /// <exception cref="ArgumentException">The tensors have different numbers of samples, or the sizes do not fit them.</exception>
    public static (torch.Tensor XTrain, torch.Tensor XTest, torch.Tensor YTrain, torch.Tensor YTest) TrainTestSplit(
        torch.Tensor x, torch.Tensor y, SplitSize? testSize = null, SplitSize? trainSize = null,
        RandomState? randomState = null, bool shuffle = true)
    {
        CheckSplittable(x, nameof(x));
        CheckSplittable(y, nameof(y));
        Checks.ConsistentLength(nameof(y), checked((int)x.shape[0]), checked((int)y.shape[0]));
        var parts = TrainTestSplit([x, y], testSize, trainSize, randomState, shuffle);
        return (parts[0], parts[1], parts[2], parts[3]);
    }

    /// <summary>
    /// Splits any number of tensors along their first dimension with the same indices; returns
    /// train and test of the first, then train and test of the second, … (scikit-learn's order).
    /// The caller disposes the new tensors.
    /// </summary>
    /// <exception cref="ArgumentException">No tensor is given or they have different numbers of samples.</exception>
    internal static torch.Tensor[] TrainTestSplit(torch.Tensor[] arrays, SplitSize? testSize = null, SplitSize? trainSize = null,
        RandomState? randomState = null, bool shuffle = true)
    {
        ArgumentNullException.ThrowIfNull(arrays);
        if (arrays.Length == 0)
            throw new ArgumentException("At least one array required as input.", nameof(arrays));
        for (int i = 0; i < arrays.Length; i++)
            CheckSplittable(arrays[i], $"arrays[{i}]");
        Checks.ConsistentLength(nameof(arrays), arrays.Select(a => checked((int)a.shape[0])).ToArray());
        var split = TrainTestSplit((int)arrays[0].shape[0], testSize, trainSize, randomState, shuffle);
        using var train = torch.tensor(split.Train, dtype: torch.int64);
        using var test = torch.tensor(split.Test, dtype: torch.int64);
        return arrays.SelectMany(a => new[] { a.index_select(0, train), a.index_select(0, test) }).ToArray();
    }

    /// <summary>
    /// scikit-learn's <c>_validate_shuffle_split</c>: the number of training and test samples for the given sizes,
    /// a test fraction rounded up and a train fraction rounded down, the default test size 0.25.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is outside its range.</exception>
    /// <exception cref="ArgumentException">The sizes together do not fit the samples or leave no training sample.</exception>
    internal static (int Train, int Test) SplitCounts(int nSamples, SplitSize? testSize, SplitSize? trainSize, double defaultTestSize = 0.25)
    {
        Checks.AtLeast(nSamples, 0, nameof(nSamples), nameof(TrainTestSplit));
        if (testSize is null && trainSize is null) testSize = defaultTestSize;
        CheckSize(testSize, nSamples, nameof(testSize));
        CheckSize(trainSize, nSamples, nameof(trainSize));
        if (testSize is { IsFraction: true } te && trainSize is { IsFraction: true } tr && tr.Value + te.Value > 1)
            throw new ArgumentException(
                $"The sum of testSize and trainSize = {Checks.Format(tr.Value + te.Value)}, should be in the (0, 1) range. Reduce testSize and/or trainSize.",
                nameof(trainSize));

        // Python's float arithmetic, so 0.28 * 25 = 7.000000000000001 gives 8 test samples as in scikit-learn.
        double nTest = testSize is { } t ? (t.IsFraction ? Math.Ceiling(t.Value * nSamples) : t.Value) : 0;
        double nTrain = trainSize is { } s ? (s.IsFraction ? Math.Floor(s.Value * nSamples) : s.Value) : 0;
        if (trainSize is null) nTrain = nSamples - nTest;
        else if (testSize is null) nTest = nSamples - nTrain;

        if (nTrain + nTest > nSamples)
            throw new ArgumentException(
                $"The sum of trainSize and testSize = {nTrain + nTest}, should be smaller than the number of samples {nSamples}. Reduce testSize and/or trainSize.",
                nameof(trainSize));
        if (nTrain == 0)
            throw new ArgumentException(
                $"With nSamples={nSamples}, testSize={testSize?.ToString() ?? "null"} and trainSize={trainSize?.ToString() ?? "null"}, the resulting train set will be empty. Adjust any of the aforementioned parameters.",
                nameof(trainSize));
        return ((int)nTrain, (int)nTest);
    }

    private static void CheckSize(SplitSize? size, int nSamples, string name)
    {
        if (size is not { } s) return;
        bool valid = s.IsFraction ? s.Value > 0 && s.Value < 1 : s.Value > 0 && s.Value < nSamples;
        if (!valid)
            throw new ArgumentOutOfRangeException(name, s.Value,
                $"{name}={s} should be either positive and smaller than the number of samples {nSamples} or a float in the (0, 1) range.");
    }

    private static void CheckSplittable(torch.Tensor? tensor, string name)
    {
        Guards.Live(tensor, name);
        if (tensor.dim() == 0)
            throw new ArgumentException($"{name} is a scalar (shape []); a split needs at least one dimension, the samples.", name);
        if (tensor.shape[0] > int.MaxValue)
            throw new ArgumentException($"{name} has {tensor.shape[0]} samples; a split takes at most {int.MaxValue}.", name);
    }

    private static long[] Range(int start, int count) => Enumerable.Range(start, count).Select(i => (long)i).ToArray();
}

/// <summary>
/// A <c>test_size</c> or <c>train_size</c> of <see cref="ModelSelection"/>'s splits: a fraction of the samples
/// (a <see cref="double"/>, in (0, 1)) or a number of samples (an <see cref="int"/>). Like in scikit-learn the
/// type decides: <c>0.2</c> is a fifth, <c>200</c> is two hundred samples, and <c>1.0</c> is an invalid fraction. Introduced in notebook 01_data.
/// </summary>
public readonly record struct SplitSize
{
    private SplitSize(double value, bool isFraction)
    {
        Value = value;
        IsFraction = isFraction;
    }

    /// <summary>The fraction or the count.</summary>
    internal double Value { get; }

    /// <summary>Whether <see cref="Value"/> is a fraction (otherwise a count of samples).</summary>
    internal bool IsFraction { get; }

    /// <summary>A fraction of the samples. Introduced in notebook 01_data.</summary>
    public static implicit operator SplitSize(double fraction) => new(fraction, true);

    /// <summary>A number of samples. Introduced in notebook 01_data.</summary>
    public static implicit operator SplitSize(int count) => new(count, false);

    /// <summary>The value as Python would print it (<c>0.2</c>, <c>200</c>).</summary>
    public override string ToString() => IsFraction ? Checks.Format(Value) : ((long)Value).ToString(CultureInfo.InvariantCulture);
}
