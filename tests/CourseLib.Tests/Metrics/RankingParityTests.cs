using CourseLib.Metrics;
using CourseLib.Tests.Reference;
using static CourseLib.Tests.Reference.JsonCases;
using static TorchSharp.torch;

namespace CourseLib.Tests.Metrics;

/// <summary>
/// The ROC and precision–recall curves, ROC AUC and average precision equal scikit-learn 1.2.1's bit for bit on the
/// cases of data/reference/ranking_cases.json (ties, float32 scores, logits, one class only).
/// </summary>
public class RankingParityTests
{
    private static readonly JsonCases Cases = new("ranking_cases.json");

    public static TheoryData<string> CaseNames() => Cases.Names();

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Roc_curve_equals_scikit_learn_with_and_without_dropping_intermediate_thresholds(string name)
    {
        var c = Cases.Get(name);
        foreach (var (drop, key) in new[] { (true, "roc_drop"), (false, "roc_all") })
        {
            var roc = Compute(c, (y, s) => RankingMetrics.RocCurve(y, s, drop), (y, s) => RankingMetrics.RocCurve(y, s, drop));
            Assert.Equal(Doubles(c[key]!["fpr"]), roc.Fpr);
            Assert.Equal(Doubles(c[key]!["tpr"]), roc.Tpr);
            Assert.Equal(Doubles(c[key]!["thresholds"]), roc.Thresholds);
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Precision_recall_curve_equals_scikit_learn(string name)
    {
        var c = Cases.Get(name);
        var pr = Compute(c, RankingMetrics.PrecisionRecallCurve, RankingMetrics.PrecisionRecallCurve);

        Assert.Equal(Doubles(c["pr"]!["precision"]), pr.Precision);
        Assert.Equal(Doubles(c["pr"]!["recall"]), pr.Recall);
        Assert.Equal(Doubles(c["pr"]!["thresholds"]), pr.Thresholds);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Roc_auc_and_average_precision_equal_scikit_learn(string name)
    {
        var c = Cases.Get(name);
        if (c["roc_auc"] is { } auc)
            Assert.Equal((double)auc, Compute(c, RankingMetrics.RocAucScore, RankingMetrics.RocAucScore));
        else
            Assert.Contains("Only one class present", Assert.Throws<ArgumentException>(() => Compute(c, RankingMetrics.RocAucScore, RankingMetrics.RocAucScore)).Message);
        if (c["average_precision"] is { } ap)
            Assert.Equal((double)ap, Compute(c, RankingMetrics.AveragePrecisionScore, RankingMetrics.AveragePrecisionScore));
    }

    [Fact]
    public void Float64_tensors_give_the_same_curve_as_arrays()
    {
        var c = Cases.Get("rounded #1: 170 samples");
        using var y = tensor(Longs(c["y_true"]));
        using var s = tensor(Doubles(c["y_score"]), dtype: float64).unsqueeze(1);

        Assert.Equal(Doubles(c["roc_drop"]!["thresholds"]), RankingMetrics.RocCurve(y, s).Thresholds);
        Assert.Equal((double)c["roc_auc"]!, RankingMetrics.RocAucScore(y, s));
    }

    [Fact]
    public void Labels_other_than_0_and_1_are_refused_with_the_label_named()
    {
        var error = Assert.Throws<ArgumentException>(() => RankingMetrics.RocCurve([0, 2, 1], [0.1, 0.2, 0.3]));
        Assert.Contains("label 2", error.Message);
    }

    [Fact]
    public void A_matrix_of_scores_is_refused_with_a_hint()
    {
        using var y = tensor(new long[] { 0, 1 });
        using var logits = zeros(2, 2);
        var error = Assert.Throws<ArgumentException>(() => RankingMetrics.RocAucScore(y, logits));
        Assert.Contains("shape [2, 2]", error.Message);
        Assert.Contains("torch.sigmoid", error.Message);
    }

    [Fact]
    public void Scores_that_are_not_finite_or_not_one_per_sample_are_refused()
    {
        Assert.Contains("NaN", Assert.Throws<ArgumentException>(() => RankingMetrics.AveragePrecisionScore([0, 1], [0.5, double.NaN])).Message);
        Assert.Contains("[3, 2]", Assert.Throws<ArgumentException>(() => RankingMetrics.PrecisionRecallCurve([0, 1, 1], [0.5, 0.1])).Message);
    }

    // float32 cases go through a float32 tensor (the notebook's path); float64 ones through arrays.
    private static T Compute<T>(System.Text.Json.Nodes.JsonNode c, Func<Tensor, Tensor, T> onTensors, Func<long[], double[], T> onArrays)
    {
        var labels = Longs(c["y_true"]);
        var scores = Doubles(c["y_score"]);
        if (!(bool)c["float32"]!) return onArrays(labels, scores);
        using var y = tensor(labels);
        using var s = tensor(scores.Select(v => (float)v).ToArray());
        return onTensors(y, s);
    }
}
