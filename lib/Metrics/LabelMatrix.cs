using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Metrics;

/// <summary>
/// Reads a multi-label target or prediction, a 0/1 matrix of shape [N, K] (one row per sample, one column per label),
/// into managed memory, refusing what is not one: a vector of class labels, probabilities or logits, a single column.
/// </summary>
internal static class LabelMatrix
{
    private const string PredictionHint =
        "Turn probabilities into a prediction first: (torch.sigmoid(logits) >= thresholds).to(float32).";

    /// <summary>Both matrices, checked to be 0/1 and of the same shape [N, K] with N ≥ 1 and K ≥ 2.</summary>
    public static (long[,] True, long[,] Pred) ReadPair(Tensor yTrue, Tensor yPred)
    {
        var t = Read(yTrue, nameof(yTrue));
        var p = Read(yPred, nameof(yPred));
        CheckSameShape(t, p, nameof(yPred));
        return (t, p);
    }

    /// <summary>A 0/1 matrix [N, K] with N ≥ 1 and K ≥ 2.</summary>
    public static long[,] Read(Tensor labels, string name)
    {
        var values = Numbers(labels, name);
        int n = values.GetLength(0), k = values.GetLength(1);
        var result = new long[n, k];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < k; j++)
            {
                double v = values[i, j];
                if (v is not (0.0 or 1.0))
                    throw new ArgumentException(
                        $"{name}[{i}, {j}] is {Guards.Format(v)}; a multi-label matrix holds 1 where a sample has a label and 0 where it has not. " +
                        PredictionHint, name);
                result[i, j] = (long)v;
            }
        return result;
    }

    /// <summary>A matrix of finite numbers [N, K] with N ≥ 1 and K ≥ 2 (scores: probabilities or logits).</summary>
    public static double[,] ReadScores(Tensor scores, string name)
    {
        var values = Numbers(scores, name);
        foreach (double v in values)
            if (!double.IsFinite(v))
                throw new ArgumentException($"{name} holds {Guards.Format(v)}; scores must be finite numbers (probabilities or logits).", name);
        return values;
    }

    public static void CheckSameShape<T, U>(T[,] reference, U[,] other, string name)
    {
        if (reference.GetLength(0) != other.GetLength(0) || reference.GetLength(1) != other.GetLength(1))
            throw new ArgumentException(
                $"yTrue has shape [{reference.GetLength(0)}, {reference.GetLength(1)}] but {name} has shape [{other.GetLength(0)}, {other.GetLength(1)}]; " +
                "both need one row per sample and one column per label.", name);
    }

    private static double[,] Numbers(Tensor labels, string name)
    {
        Guards.Live(labels, name);
        var shape = labels.shape;
        if (shape.Length != 2)
            throw new ArgumentException(
                $"{name} has shape [{string.Join(", ", shape)}]; multi-label metrics expect a matrix [N, K]: one row per sample, one column per label. " +
                "For one class label per sample use ClassificationMetrics.", name);
        if (shape[0] < 1)
            throw new ArgumentException($"{name} has no rows; the metrics need at least one sample.", name);
        if (shape[1] < 2)
            throw new ArgumentException(
                $"{name} has {shape[1]} column(s); a multi-label problem has at least two labels. One column is a binary problem: " +
                "use ClassificationMetrics (as scikit-learn, which treats an [N, 1] matrix as binary).", name);
        if (labels.is_complex() || labels.dtype is ScalarType.QInt8 or ScalarType.QUInt8 or ScalarType.QInt32)
            throw new ArgumentException($"{name} has dtype {labels.dtype}: complex numbers (and quantized values) are neither labels nor scores; use bool, integers or real floats.", name);
        Guards.FitsInArray(name, "a multi-label matrix", shape[0], shape[1]);
        using var scope = torch.NewDisposeScope();
        var cpu = labels.detach().cpu().to_type(ScalarType.Float64).contiguous();
        var flat = cpu.data<double>().ToArray();
        var result = new double[shape[0], shape[1]];
        Buffer.BlockCopy(flat, 0, result, 0, flat.Length * sizeof(double));
        return result;
    }
}
