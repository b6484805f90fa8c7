using System.Runtime.InteropServices;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Metrics;

/// <summary>
/// The inputs of the threshold-free metrics, checked: true labels 0 or 1 and one finite score per sample
/// (a probability, or a logit: any number that is higher for "more likely positive").
/// </summary>
internal sealed record BinaryScores(bool[] Positive, double[] Scores, bool SinglePrecision)
{
    private const string ScoreHint =
        "Pass the positive class's score per sample, e.g. torch.sigmoid(logits).squeeze(1) for a binary model.";

    /// <summary>Checks and reads labels and scores given as arrays; <paramref name="singlePrecision"/> says the scores are float32 values.</summary>
    public static BinaryScores From(IReadOnlyList<long> yTrue, IReadOnlyList<double> yScore, bool singlePrecision = false)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yScore);
        if (yTrue.Count != yScore.Count)
            throw new ArgumentException(
                $"Found input variables with inconsistent numbers of samples: [{yTrue.Count}, {yScore.Count}]. yTrue and yScore need one entry per sample.", nameof(yScore));
        if (yTrue.Count == 0)
            throw new ArgumentException("yTrue is empty; a curve needs at least one sample.", nameof(yTrue));
        var positive = new bool[yTrue.Count];
        for (int i = 0; i < positive.Length; i++)
            positive[i] = yTrue[i] switch
            {
                0 => false,
                1 => true,
                var other => throw new ArgumentException(
                    $"yTrue contains the label {other}; these metrics are for binary labels 0 (negative) and 1 (positive).", nameof(yTrue)),
            };
        var scores = yScore.ToArray();
        for (int i = 0; i < scores.Length; i++)
            if (!double.IsFinite(scores[i]))
                throw new ArgumentException($"yScore[{i}] is {scores[i]}; scores must be finite numbers. {ScoreHint}", nameof(yScore));
        return new BinaryScores(positive, scores, singlePrecision);
    }

    /// <summary>Checks and reads labels and scores given as tensors of shape [N] or [N, 1].</summary>
    public static BinaryScores From(Tensor yTrue, Tensor yScore)
    {
        ArgumentNullException.ThrowIfNull(yScore);
        var labels = LabelReader.Read(yTrue, nameof(yTrue));
        var shape = yScore.shape;
        if (!(shape.Length == 1 || (shape.Length == 2 && shape[1] == 1)))
            throw new ArgumentException(
                $"yScore has shape [{string.Join(", ", shape)}]; these metrics expect one score per sample, shape [N] (or [N, 1]). {ScoreHint}", nameof(yScore));
        if (!yScore.is_floating_point())
            throw new ArgumentException($"yScore has dtype {yScore.dtype}; scores are floating-point numbers. {ScoreHint}", nameof(yScore));
        using var scope = torch.NewDisposeScope();
        var flat = yScore.detach().cpu().reshape(-1).contiguous();
        bool single = flat.dtype != ScalarType.Float64;
        var values = single
            ? MemoryMarshal.Cast<byte, float>(flat.to_type(ScalarType.Float32).contiguous().bytes).ToArray().Select(v => (double)v).ToArray()
            : MemoryMarshal.Cast<byte, double>(flat.bytes).ToArray();
        return From(labels, values, single);
    }

    public int Count => Positive.Length;

    /// <summary>
    /// scikit-learn's <c>_binary_clf_curve</c>: for each distinct score, from the highest down, the number of
    /// false and true positives among the samples scored at least that high.
    /// </summary>
    public (double[] Fps, double[] Tps, double[] Thresholds) Curve()
    {
        // A stable ascending sort, reversed, as np.argsort(kind="mergesort")[::-1].
        var order = Enumerable.Range(0, Count).OrderBy(i => Scores[i]).Reverse().ToArray();
        var fps = new List<double>();
        var tps = new List<double>();
        var thresholds = new List<double>();
        double truePositives = 0;
        for (int k = 0; k < order.Length; k++)
        {
            if (Positive[order[k]]) truePositives += 1;
            bool lastOfItsScore = k == order.Length - 1 || Scores[order[k + 1]] != Scores[order[k]];
            if (!lastOfItsScore) continue;
            tps.Add(truePositives);
            fps.Add(1 + k - truePositives);
            thresholds.Add(Scores[order[k]]);
        }
        return (fps.ToArray(), tps.ToArray(), thresholds.ToArray());
    }

    /// <summary><c>thresholds[0] + 1</c>, in the precision of the scores (NumPy keeps float32 arrays float32).</summary>
    public double AboveHighest(double highest) => SinglePrecision ? (float)highest + 1f : highest + 1;
}
