using TorchSharp;

namespace CourseLib.Data;

/// <summary>
/// A multi-label dataset: features <see cref="X"/> (one row per sample) and a label matrix <see cref="Y"/> of shape
/// [samples, labels] holding 1 where a sample has a label and 0 where it has not ("multi-hot" rows; a sample may have
/// any number of labels, none included). What <see cref="Datasets.MakeMultilabelClassification"/> returns. Introduced in notebook 18_multilabel.
/// </summary>
public sealed record MultilabelData
{
    /// <summary>Wraps features and a 0/1 label matrix with one row per sample. Introduced in notebook 18_multilabel.</summary>
    /// <param name="x">Features, shape (samples, features).</param>
    /// <param name="y">Labels, shape (samples, labels), each entry 0 or 1.</param>
    /// <exception cref="ArgumentException">The row counts differ, or an entry of <paramref name="y"/> is not 0 or 1.</exception>
    public MultilabelData(double[,] x, long[,] y) : this(x, y, null, null) { }

    internal MultilabelData(double[,] x, long[,] y, double[]? classProbability, double[,]? wordGivenClass)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        Checks.ConsistentLength(nameof(y), x.GetLength(0), y.GetLength(0));
        for (int i = 0; i < y.GetLength(0); i++)
            for (int k = 0; k < y.GetLength(1); k++)
                if (y[i, k] is not (0 or 1))
                    throw new ArgumentException(
                        $"y[{i}, {k}] is {y[i, k]}; a label matrix holds 1 where a sample has the label and 0 where it has not.", nameof(y));
        X = x;
        Y = y;
        ClassProbability = classProbability;
        WordGivenClass = wordGivenClass;
    }

    /// <summary>Features, shape (<see cref="Count"/>, <see cref="FeatureCount"/>). Introduced in notebook 18_multilabel.</summary>
    public double[,] X { get; }

    /// <summary>The label matrix, shape (<see cref="Count"/>, <see cref="LabelCount"/>): 1 where a sample has a label. Introduced in notebook 18_multilabel.</summary>
    public long[,] Y { get; }

    /// <summary>The generator's p(c), each label's chance to be drawn (scikit-learn's <c>return_distributions</c>); null for data not generated.</summary>
    internal double[]? ClassProbability { get; }

    /// <summary>The generator's p(w|c), shape (features, labels); null for data not generated.</summary>
    internal double[,]? WordGivenClass { get; }

    /// <summary>Number of samples. Introduced in notebook 18_multilabel.</summary>
    public int Count => X.GetLength(0);

    /// <summary>Number of features per sample. Introduced in notebook 18_multilabel.</summary>
    public int FeatureCount => X.GetLength(1);

    /// <summary>Number of labels K: the columns of <see cref="Y"/>. Introduced in notebook 18_multilabel.</summary>
    public int LabelCount => Y.GetLength(1);

    /// <summary>
    /// The tensors a multi-label model trains on: features [N, features] and labels [N, K], both float32
    /// (<c>BCEWithLogitsLoss</c> compares each label's logit with a float 0 or 1). The caller disposes both. Introduced in notebook 18_multilabel.
    /// </summary>
    /// <exception cref="InvalidOperationException">A feature is NaN, infinite or beyond float32's range.</exception>
    public (torch.Tensor X, torch.Tensor Y) ToTensors()
    {
        for (int i = 0; i < Count; i++)
            for (int j = 0; j < FeatureCount; j++)
                if (!(Math.Abs(X[i, j]) <= float.MaxValue))
                    throw new InvalidOperationException(
                        $"X[{i}, {j}] is {Checks.Format(X[i, j])}, beyond float32's range (±3.4e38): as a float32 tensor it would be infinity (or NaN).");
        using var x64 = torch.tensor(X, dtype: torch.float64);
        using var y64 = torch.tensor(Y, dtype: torch.int64);
        return (x64.to_type(torch.float32), y64.to_type(torch.float32));
    }
}
