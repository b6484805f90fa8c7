using CourseLib.Metrics;
using static TorchSharp.torch;

namespace CourseLib.Tests.Metrics;

/// <summary>What the multi-label metrics accept (0/1 matrices [N, K] of any real or bool type) and what they refuse, by name.</summary>
public class MultilabelInputTests
{
    private static readonly float[,] Truth = { { 1, 0, 1 }, { 0, 1, 0 }, { 1, 1, 0 } };

    [Fact]
    public void Bool_integer_and_float_matrices_give_the_same_scores()
    {
        using var t = tensor(Truth);
        using var p = tensor(new float[,] { { 1, 0, 0 }, { 0, 1, 1 }, { 1, 1, 0 } });
        double expected = MultilabelMetrics.F1Score(t, p, MultilabelAverage.Samples);
        using var tBool = t.to_type(ScalarType.Bool);
        using var pLong = p.to_type(ScalarType.Int64);
        Assert.Equal(expected, MultilabelMetrics.F1Score(tBool, pLong, MultilabelAverage.Samples));
        Assert.Equal(1.0 / 3, MultilabelMetrics.SubsetAccuracy(t, p), 15);
        Assert.Equal(2.0 / 9, MultilabelMetrics.HammingLoss(t, p), 15);
    }

    [Fact]
    public void Probabilities_are_refused_with_the_way_to_a_prediction()
    {
        using var t = tensor(Truth);
        using var probabilities = full(3, 3, 0.7f);
        var e = Assert.Throws<ArgumentException>(() => MultilabelMetrics.HammingLoss(t, probabilities));
        Assert.Equal("yPred", e.ParamName);
        Assert.Contains("torch.sigmoid(logits) >= thresholds", e.Message);
    }

    [Fact]
    public void A_label_vector_and_a_single_column_are_not_multi_label()
    {
        using var vector = tensor(new long[] { 0, 1, 2 });
        Assert.Contains("[N, K]", Assert.Throws<ArgumentException>(() => MultilabelMetrics.SubsetAccuracy(vector, vector)).Message);
        using var column = ones(4, 1);
        Assert.Contains("ClassificationMetrics", Assert.Throws<ArgumentException>(() => MultilabelMetrics.SubsetAccuracy(column, column)).Message);
    }

    [Fact]
    public void Shapes_must_match()
    {
        using var t = tensor(Truth);
        using var p = zeros(3, 2);
        var e = Assert.Throws<ArgumentException>(() => MultilabelMetrics.Precision(t, p, MultilabelAverage.Micro));
        Assert.Equal("yPred", e.ParamName);
        Assert.Contains("[3, 3]", e.Message);
    }

    [Fact]
    public void Roc_auc_names_the_label_that_has_only_one_class()
    {
        using var t = tensor(new float[,] { { 1, 0 }, { 0, 0 }, { 1, 0 } });
        using var s = rand(3, 2);
        var e = Assert.Throws<ArgumentException>(() => MultilabelMetrics.RocAucPerLabel(t, s));
        Assert.Contains("label 1 (no sample has it)", e.Message);
    }

    [Fact]
    public void The_report_needs_one_name_per_label()
    {
        using var t = tensor(Truth);
        var e = Assert.Throws<ArgumentException>(() => MultilabelMetrics.ClassificationReport(t, t, ["a", "b"]));
        Assert.Equal("labelNames", e.ParamName);
    }
}
