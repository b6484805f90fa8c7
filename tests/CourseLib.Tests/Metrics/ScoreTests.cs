using CourseLib.Metrics;
using static TorchSharp.torch;

namespace CourseLib.Tests.Metrics;

/// <summary>Worked examples a learner can check by hand.</summary>
public class ScoreTests
{
    // Truth:      0 0 1 1 2 2 2
    // Predicted:  0 1 1 1 2 0 2   -> class 0: TP 1, FP 1, FN 1; class 1: TP 2, FP 1; class 2: TP 2, FN 1.
    private static readonly long[] Truth = [0, 0, 1, 1, 2, 2, 2];
    private static readonly long[] Predicted = [0, 1, 1, 1, 2, 0, 2];

    [Fact]
    public void Per_class_scores_follow_from_the_counts()
    {
        using var yTrue = tensor(Truth);
        using var yPred = tensor(Predicted);

        var scores = ClassificationMetrics.PrecisionRecallFScoreSupport(yTrue, yPred);

        Assert.Equal([0L, 1, 2], scores.Classes);
        Assert.Equal([1 / 2.0, 2 / 3.0, 2 / 2.0], scores.Precision);
        Assert.Equal([1 / 2.0, 2 / 2.0, 2 / 3.0], scores.Recall);
        Assert.Equal([2L, 2, 3], scores.Support!);
        Assert.Equal(0.8, scores.F1Score[1], 1e-15);
    }

    [Fact]
    public void Macro_weighted_and_micro_averages()
    {
        using var yTrue = tensor(Truth);
        using var yPred = tensor(Predicted);

        Assert.Equal((0.5 + 2 / 3.0 + 1) / 3, ClassificationMetrics.Precision(yTrue, yPred, Average.Macro), 1e-15);
        Assert.Equal((2 * 0.5 + 2 * 1.0 + 3 * 2 / 3.0) / 7, ClassificationMetrics.Recall(yTrue, yPred, Average.Weighted), 1e-15);
        Assert.Equal(5 / 7.0, ClassificationMetrics.F1Score(yTrue, yPred, Average.Micro), 1e-15);
    }

    [Fact]
    public void A_class_never_predicted_scores_zero_division()
    {
        using var yTrue = tensor(new long[] { 0, 1, 1 });
        using var yPred = tensor(new long[] { 0, 0, 0 });

        Assert.Equal(0.0, ClassificationMetrics.Precision(yTrue, yPred, zeroDivision: ZeroDivision.Zero));
        Assert.Equal(1.0, ClassificationMetrics.Precision(yTrue, yPred, zeroDivision: ZeroDivision.One));
        Assert.Equal(0.0, ClassificationMetrics.F1Score(yTrue, yPred, zeroDivision: ZeroDivision.One));
    }

    [Fact]
    public void Confusion_matrix_has_actual_rows_and_predicted_columns()
    {
        using var yTrue = tensor(Truth);
        using var yPred = tensor(Predicted);

        using var matrix = ClassificationMetrics.ConfusionMatrix(yTrue, yPred, numClasses: 4);

        Assert.Equal(ScalarType.Int64, matrix.dtype);
        Assert.Equal([1L, 1, 0, 0, 0, 2, 0, 0, 1, 0, 2, 0, 0, 0, 0, 0], matrix.data<long>().ToArray());
    }

    [Fact]
    public void Classification_report_as_a_data_frame()
    {
        using var yTrue = tensor(Truth);
        using var yPred = tensor(Predicted);

        var frame = ClassificationMetrics.ClassificationReport(yTrue, yPred, ["circle", "square", "star"]).ToDataFrame();

        Assert.Equal(["class", "precision", "recall", "f1-score", "support"], frame.Columns.Select(c => c.Name));
        Assert.Equal(["circle", "square", "star", "accuracy", "macro avg", "weighted avg"], frame.Columns["class"].Cast<string>());
        Assert.Null(frame.Columns["precision"][3]);
        Assert.Equal(5 / 7.0, (double)frame.Columns["f1-score"][3]!, 1e-15);
        Assert.Equal(7L, frame.Columns["support"][5]);
        Assert.Equal(2 / 3.0, (double)frame.Columns["precision"][1]!, 1e-15);
    }

    [Fact]
    public void Classification_report_refuses_a_wrong_number_of_names()
    {
        using var yTrue = tensor(Truth);

        var error = Assert.Throws<ArgumentException>(() => ClassificationMetrics.ClassificationReport(yTrue, yTrue, ["a", "b"]));

        Assert.Contains("targetNames has 2 names but 3 classes", error.Message);
    }
}
