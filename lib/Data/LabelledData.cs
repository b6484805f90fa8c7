using Microsoft.Data.Analysis;
using TorchSharp;

namespace CourseLib.Data;

/// <summary>
/// A labelled dataset as scikit-learn returns it: features <see cref="X"/> (one row per sample, float64)
/// and integer class labels <see cref="Y"/>. Kept in double precision so that it can be compared bit for bit
/// with NumPy; <see cref="ToTensors"/> gives the float32 tensors the course trains on. Introduced in notebook 01_data.
/// </summary>
public sealed record LabelledData
{
    /// <summary>Wraps features and labels; both must have one entry per sample. Introduced in notebook 13_diagnosis.</summary>
    /// <param name="x">Features, shape (samples, features).</param>
    /// <param name="y">Class labels, one per sample.</param>
    /// <param name="labelType">The tensor type <see cref="ToTensors"/> gives the labels by default.</param>
    /// <exception cref="ArgumentException">The row count of <paramref name="x"/> differs from the length of <paramref name="y"/>.</exception>
    public LabelledData(double[,] x, long[] y, torch.ScalarType labelType = torch.ScalarType.Int64)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        Checks.ConsistentLength(nameof(y), x.GetLength(0), y.Length);
        LabelTypes.CheckHolds(labelType, y, nameof(labelType));
        X = x;
        Y = y;
        LabelType = labelType;
    }

    /// <summary>Features, shape (<see cref="Count"/>, <see cref="FeatureCount"/>). Introduced in notebook 01_data.</summary>
    public double[,] X { get; }

    /// <summary>Class labels 0, 1, …, one per sample. Introduced in notebook 01_data.</summary>
    public long[] Y { get; }

    /// <summary>
    /// The label type of <see cref="ToTensors"/>: <c>Float32</c> for the binary datasets (circles, moons), which
    /// the course trains with <c>BCEWithLogitsLoss</c>; <c>Int64</c> for multi-class ones (blobs, spirals), used with <c>CrossEntropyLoss</c>.
    /// </summary>
    internal torch.ScalarType LabelType { get; }

    /// <summary>Number of samples. Introduced in notebook 01_data.</summary>
    public int Count => Y.Length;

    /// <summary>Number of features per sample. Introduced in notebook 01_data.</summary>
    public int FeatureCount => X.GetLength(1);

    /// <summary>One feature column as a new array. Introduced in notebook 13_diagnosis.</summary>
    /// <param name="feature">The column, 0 to <see cref="FeatureCount"/> - 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="feature"/> is not a column of <see cref="X"/>.</exception>
    public double[] Column(int feature)
    {
        if (feature < 0 || feature >= FeatureCount)
            throw new ArgumentOutOfRangeException(nameof(feature), feature,
                $"feature must be a column index from 0 to {FeatureCount - 1} (the dataset has {FeatureCount} features); got {feature}.");
        var column = new double[Count];
        for (int i = 0; i < column.Length; i++) column[i] = X[i, feature];
        return column;
    }

    /// <summary>
    /// The course's tensors: features as float32 (<c>torch.from_numpy(X).type(torch.float)</c>) and labels as
    /// <paramref name="labelType"/>, or, when not given, the dataset's own label type (float32 for circles and moons, int64 for blobs and spirals). The caller owns (disposes) both. Introduced in notebook 01_data.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="labelType"/> cannot hold every label exactly (<c>Int8</c> with a label 300, <c>Bool</c> with three classes).</exception>
    /// <exception cref="InvalidOperationException">A feature is NaN, infinite, or beyond float32's range (it would become infinity).</exception>
    public (torch.Tensor X, torch.Tensor Y) ToTensors(torch.ScalarType? labelType = null)
    {
        if (labelType is { } requested) LabelTypes.CheckHolds(requested, Y, nameof(labelType));
        for (int i = 0; i < Count; i++)
            for (int j = 0; j < FeatureCount; j++)
                if (!(Math.Abs(X[i, j]) <= float.MaxValue))
                    throw new InvalidOperationException(
                        $"X[{i}, {j}] is {Checks.Format(X[i, j])}, beyond float32's range (±3.4e38): as a float32 tensor it would be " +
                        "infinity (or NaN) without a word. Scale the features first (StandardScaler), or drop that row.");
        using var x64 = torch.tensor(X, dtype: torch.float64);
        using var y64 = torch.tensor(Y, dtype: torch.int64);
        return (x64.to_type(torch.float32), y64.to_type(labelType ?? LabelType));
    }

    /// <summary>
    /// A table view with one column per feature, named <c>X1</c>, <c>X2</c>, … as in the course's pandas frame,
    /// and the labels in a <c>label</c> column. Introduced in notebook 01_data.
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var columns = new List<DataFrameColumn>();
        for (int j = 0; j < FeatureCount; j++)
            columns.Add(new DoubleDataFrameColumn($"X{j + 1}", Column(j)));
        columns.Add(new Int64DataFrameColumn("label", Y));
        return new DataFrame(columns);
    }

    /// <summary>The samples at <paramref name="rows"/>, in that order (NumPy's <c>X[rows], y[rows]</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A row index is not in 0 to <see cref="Count"/> - 1.</exception>
    internal LabelledData Take(IReadOnlyList<long> rows)
    {
        Rows.Check(rows, Count, nameof(rows));
        return new(Rows.Take(X, rows), Rows.Take(Y, rows), LabelType);
    }

    /// <summary>Splits into train and test sets with scikit-learn's <c>train_test_split</c> (see <see cref="ModelSelection.TrainTestSplit(int, SplitSize?, SplitSize?, RandomState?, bool)"/>).</summary>
    internal (LabelledData Train, LabelledData Test) TrainTestSplit(SplitSize? testSize = null, SplitSize? trainSize = null, RandomState? randomState = null, bool shuffle = true)
    {
        var split = ModelSelection.TrainTestSplit(Count, testSize, trainSize, randomState, shuffle);
        return (Take(split.Train), Take(split.Test));
    }
}

/// <summary>
/// Which tensor types can hold a set of class labels exactly. A cast that cannot would change labels silently:
/// <c>Int8</c> turns 300 into 44, <c>Bool</c> turns classes 1, 2, 3 all into <c>true</c>.
/// </summary>
internal static class LabelTypes
{
    /// <summary>Throws unless every one of <paramref name="labels"/> keeps its value as <paramref name="type"/>.</summary>
    public static void CheckHolds(torch.ScalarType type, long[] labels, string name)
    {
        Guards.Defined(type, name);
        if (Range(type) is not var (low, high))
            throw new ArgumentException(
                $"{name} is {type}, which is not a type for class labels; use Int64 (for CrossEntropyLoss) or Float32 (for BCEWithLogitsLoss).", name);
        if (labels.Length == 0) return;
        long min = labels.Min(), max = labels.Max();
        if (min >= low && max <= high) return;
        long outside = max > high ? max : min;
        string holds = type == torch.ScalarType.Bool ? "only 0 and 1 (false, true)" : $"whole numbers from {low} to {high} exactly";
        throw new ArgumentException(
            $"{name} {type} holds {holds}, but the labels include {outside}: cast, it would become another class. " +
            "Use Int64 (for CrossEntropyLoss) or Float32 (for BCEWithLogitsLoss).", name);
    }

    // The whole numbers each type represents exactly (floats: up to 2^(mantissa bits + 1)).
    private static (long Low, long High)? Range(torch.ScalarType type) => type switch
    {
        torch.ScalarType.Bool => (0, 1),
        torch.ScalarType.Byte => (byte.MinValue, byte.MaxValue),
        torch.ScalarType.Int8 => (sbyte.MinValue, sbyte.MaxValue),
        torch.ScalarType.Int16 => (short.MinValue, short.MaxValue),
        torch.ScalarType.Int32 => (int.MinValue, int.MaxValue),
        torch.ScalarType.Int64 => (long.MinValue, long.MaxValue),
        torch.ScalarType.BFloat16 => (-(1L << 8), 1L << 8),
        torch.ScalarType.Float16 => (-(1L << 11), 1L << 11),
        torch.ScalarType.Float32 => (-(1L << 24), 1L << 24),
        torch.ScalarType.Float64 => (-(1L << 53), 1L << 53),
        _ => null,
    };
}
