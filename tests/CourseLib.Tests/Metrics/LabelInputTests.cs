using CourseLib.Metrics;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Tests.Metrics;

/// <summary>What the metrics accept as labels, and the errors a learner gets for what they refuse.</summary>
public class LabelInputTests
{
    [Fact]
    public void Accuracy_fn_is_the_courses_percentage()
    {
        using var yTrue = tensor(new long[] { 1, 0, 1, 1, 0, 0, 1, 0 });
        using var yPred = tensor(new long[] { 1, 0, 0, 1, 0, 1, 1, 0 });

        Assert.Equal(75.0, ClassificationMetrics.AccuracyFn(yTrue, yPred));
        Assert.Equal(0.75, ClassificationMetrics.Accuracy(yTrue, yPred));
    }

    [Fact]
    public void Binary_float_labels_from_round_sigmoid_are_accepted()
    {
        using var yTrue = tensor(new float[] { 1, 0, 1, 0 });
        using var logits = tensor(new float[] { 2.5f, -0.3f, -1.2f, 0.1f }).requires_grad_();
        using var yPred = torch.round(torch.sigmoid(logits));

        Assert.Equal(50.0, ClassificationMetrics.AccuracyFn(yTrue, yPred));
        Assert.Equal(0.5, ClassificationMetrics.Precision(yTrue, yPred));
        Assert.Equal(0.5, ClassificationMetrics.Recall(yTrue, yPred));
    }

    [Fact]
    public void Column_vectors_and_bool_tensors_count_as_labels()
    {
        using var yTrue = tensor(new long[] { 1, 0, 1 }).unsqueeze(1);
        using var yPred = tensor(new[] { true, false, false });

        Assert.Equal(2.0 / 3, ClassificationMetrics.Accuracy(yTrue, yPred), 1e-15);
    }

    [Fact]
    public void Slices_and_strided_views_are_read_at_their_own_offset()
    {
        using var all = tensor(new long[] { 9, 9, 0, 1, 2, 3 });
        using var evens = tensor(new float[] { 0, 7, 1, 7, 2, 7, 3, 7 });

        Assert.Equal(100.0, ClassificationMetrics.AccuracyFn(all[2..], evens[TensorIndex.Slice(0, null, 2)]));
    }

    [Fact]
    public void Different_lengths_are_refused_naming_both()
    {
        using var yTrue = zeros(800, dtype: int64);
        using var yPred = zeros(200, dtype: int64);

        var error = Assert.Throws<ArgumentException>(() => ClassificationMetrics.AccuracyFn(yTrue, yPred));

        Assert.Contains("yTrue has 800 labels", error.Message);
        Assert.Contains("yPred has 200", error.Message);
    }

    [Fact]
    public void Multi_class_logits_are_refused_with_the_argmax_hint()
    {
        using var yTrue = zeros(5, dtype: int64);
        using var logits = randn(5, 4);

        var error = Assert.Throws<ArgumentException>(() => ClassificationMetrics.Accuracy(yTrue, logits));

        Assert.Equal("yPred", error.ParamName);
        Assert.Contains("shape [5, 4]", error.Message);
        Assert.Contains("logits.argmax(1)", error.Message);
    }

    [Fact]
    public void Binary_logits_are_refused_as_not_whole_numbers()
    {
        using var yTrue = tensor(new float[] { 1, 0, 1 });
        using var logits = tensor(new float[] { 0.75f, -0.5f, 2f });

        var error = Assert.Throws<ArgumentException>(() => ClassificationMetrics.F1Score(yTrue, logits));

        Assert.Contains("yPred[0] is 0.75, which is not a class label", error.Message);
        Assert.Contains("torch.round(torch.sigmoid(logits))", error.Message);
    }

    [Fact]
    public void Labels_outside_the_declared_classes_are_refused_with_the_allowed_range()
    {
        using var yTrue = tensor(new long[] { 0, 1, 2 });
        using var yPred = tensor(new long[] { 0, 4, 2 });

        var error = Assert.Throws<ArgumentException>(() => ClassificationMetrics.ConfusionMatrix(yTrue, yPred, numClasses: 3));

        Assert.Contains("yPred contains the label 4", error.Message);
        Assert.Contains("0 to 2", error.Message);
    }

    [Fact]
    public void Negative_labels_are_refused()
    {
        using var yTrue = tensor(new long[] { 0, -1 });
        using var yPred = tensor(new long[] { 0, 1 });

        var error = Assert.Throws<ArgumentException>(() => ClassificationMetrics.Accuracy(yTrue, yPred));

        Assert.Contains("yTrue contains the label -1", error.Message);
    }

    [Fact]
    public void Empty_label_vectors_are_refused()
    {
        using var empty = zeros(0, dtype: int64);

        Assert.Throws<ArgumentException>(() => ClassificationMetrics.Accuracy(empty, empty));
    }

    [Fact]
    public void Binary_average_on_multi_class_labels_asks_for_another_average()
    {
        using var yTrue = tensor(new long[] { 0, 1, 2 });
        using var yPred = tensor(new long[] { 0, 2, 2 });

        var error = Assert.Throws<ArgumentException>(() => ClassificationMetrics.Precision(yTrue, yPred));

        Assert.Contains("multi-class ({0, 1, 2})", error.Message);
        Assert.Contains("Average.Macro", error.Message);
    }

    [Fact]
    public void A_single_score_with_Average_None_points_to_the_per_class_report_a_learner_can_call()
    {
        using var y = tensor(new long[] { 0, 1, 2 });

        var error = Assert.Throws<ArgumentException>(() => ClassificationMetrics.Recall(y, y, Average.None));

        Assert.Contains("ClassificationReport(yTrue, yPred)", error.Message);
        Assert.DoesNotContain("PrecisionRecallFScoreSupport", error.Message); // internal: IntelliSense does not offer it
    }
}
