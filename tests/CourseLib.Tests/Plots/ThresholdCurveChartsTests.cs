using CourseLib.Metrics;
using CourseLib.Plots;

namespace CourseLib.Tests.Plots;

public class ThresholdCurveChartsTests
{
    private static readonly long[] Labels = [0, 0, 1, 1, 0, 1];
    private static readonly double[] Scores = [0.1, 0.4, 0.35, 0.8, 0.2, 0.9];

    [Fact]
    public void Roc_draws_each_curve_with_its_auc_and_the_diagonal_of_guessing()
    {
        var roc = RankingMetrics.RocCurve(Labels, Scores);
        var json = ChartJson.Of(ThresholdCurveCharts.Roc([("model", roc)], title: "ROC"));

        Assert.Equal(2, json.Traces.Length);
        Assert.Equal($"model (AUC {RankingMetrics.RocAucScore(Labels, Scores):F4})", json.Traces[0].GetProperty("name").GetString());
        Assert.Equal(roc.Fpr, json.Traces[0].GetProperty("x").Doubles());
        Assert.Equal(roc.Tpr, json.Traces[0].GetProperty("y").Doubles());
        Assert.Equal([0.0, 1.0], json.Traces[1].GetProperty("x").Doubles());
        Assert.Equal("True positive rate (recall)", json.AxisTitle("yaxis"));
        Assert.Equal("ROC", json.Title);
    }

    [Fact]
    public void Each_point_tells_its_threshold_on_hover()
    {
        var roc = RankingMetrics.RocCurve(Labels, Scores);
        var text = ChartJson.Of(ThresholdCurveCharts.Roc([("model", roc)])).Traces[0].GetProperty("text").Strings();

        Assert.Equal(roc.Thresholds.Length, text.Length);
        Assert.Equal("threshold 0.8", text[2]);
    }

    [Fact]
    public void Precision_recall_curves_are_steps_ending_without_a_threshold()
    {
        var pr = RankingMetrics.PrecisionRecallCurve(Labels, Scores);
        var json = ChartJson.Of(ThresholdCurveCharts.PrecisionRecall([("a", pr), ("b", pr)]));

        Assert.Equal(["a", "b"], json.Traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(pr.Recall, json.Traces[0].GetProperty("x").Doubles());
        Assert.Equal(pr.Precision, json.Traces[0].GetProperty("y").Doubles());
        Assert.Equal("hv", json.Traces[0].GetProperty("line").GetProperty("shape").GetString());
        Assert.Equal("end of the curve", json.Traces[0].GetProperty("text").Strings()[^1]);
        Assert.NotEqual(json.Traces[0].GetProperty("line").GetProperty("color").GetString(), json.Traces[1].GetProperty("line").GetProperty("color").GetString());
    }

    [Fact]
    public void A_curve_of_one_class_only_is_refused_rather_than_drawn_empty()
    {
        var roc = RankingMetrics.RocCurve([1, 1, 1], [0.2, 0.5, 0.7]); // no negatives: the false positive rates are NaN
        var error = Assert.Throws<ArgumentException>(() => ThresholdCurveCharts.Roc([("only positives", roc)]));
        Assert.Contains("only one class", error.Message);
        Assert.Throws<ArgumentException>(() => ThresholdCurveCharts.PrecisionRecall([]));
    }
}
