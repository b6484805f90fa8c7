using CourseLib.Metrics;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Tests.Metrics;

/// <summary>
/// The metrics a mini-batch loop feeds (Update per batch, Compute, Reset) give, to the last bit, what the one-shot
/// functions of ClassificationMetrics give on the whole set, however the set is cut into batches; bad batches are
/// refused with a clear error and leave the metric as it was.
/// </summary>
public class AccumulatingMetricTests
{
    // 103 samples of 4 classes, predicted right about two times in three: made once, from a fixed seed.
    private static (Tensor Preds, Tensor Target) MultiClass(int n = 103, int classes = 4, int seed = 7)
    {
        var generator = new torch.Generator().manual_seed(seed);
        var target = torch.randint(0, classes, [n], generator: generator);
        var wrong = torch.randint(0, classes, [n], generator: generator);
        var keep = torch.rand([n], generator: generator) < 0.65;
        return (torch.where(keep, target, wrong), target);
    }

    // Batches of unequal sizes that end with a short one: 32, 32, 17, 22 of 103 — and, for the binary case, of 50.
    private static IEnumerable<(Tensor Preds, Tensor Target)> Batches(Tensor preds, Tensor target, params int[] sizes)
    {
        Assert.Equal(preds.shape[0], sizes.Sum());
        int start = 0;
        foreach (int size in sizes)
        {
            yield return (preds[start..(start + size)], target[start..(start + size)]);
            start += size;
        }
    }

    private static readonly int[] UnequalSizes = [32, 32, 17, 22];

    private static T Fed<T>(T metric, Tensor preds, Tensor target, int[] sizes) where T : AccumulatingMetric
    {
        foreach (var (p, t) in Batches(preds, target, sizes)) metric.Update(p, t);
        return metric;
    }

    [Fact]
    public void Accuracy_over_batches_is_the_accuracy_of_the_whole_set()
    {
        var (preds, target) = MultiClass();

        var accuracy = Fed(new AccuracyMetric(), preds, target, UnequalSizes);

        Assert.Equal(ClassificationMetrics.Accuracy(target, preds), accuracy.Compute());
        Assert.Equal(103, accuracy.SampleCount);
    }

    [Fact]
    public void The_mean_of_per_batch_accuracies_differs_when_the_last_batch_is_short()
    {
        // 4 batches: three of 4 samples all right, a last one of 1 sample wrong. 12 of 13 right, not (1+1+1+0)/4.
        var target = tensor(new long[] { 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1 });
        var preds = target.clone();
        preds[12] = tensor(0L);
        int[] sizes = [4, 4, 4, 1];

        var accuracy = Fed(new AccuracyMetric(), preds, target, sizes);
        double meanOfBatches = Batches(preds, target, sizes).Average(b => ClassificationMetrics.Accuracy(b.Target, b.Preds));

        Assert.Equal(12 / 13.0, accuracy.Compute());
        Assert.Equal(0.75, meanOfBatches);
    }

    [Theory]
    [InlineData(Average.Micro)]
    [InlineData(Average.Macro)]
    [InlineData(Average.Weighted)]
    public void Multi_class_precision_recall_and_f1_over_batches_are_those_of_the_whole_set(Average average)
    {
        var (preds, target) = MultiClass();

        Assert.Equal(ClassificationMetrics.Precision(target, preds, average), Fed(new PrecisionMetric(average), preds, target, UnequalSizes).Compute());
        Assert.Equal(ClassificationMetrics.Recall(target, preds, average), Fed(new RecallMetric(average), preds, target, UnequalSizes).Compute());
        Assert.Equal(ClassificationMetrics.F1Score(target, preds, average), Fed(new F1ScoreMetric(average), preds, target, UnequalSizes).Compute());
    }

    [Fact]
    public void Binary_scores_over_batches_are_those_of_the_whole_set_with_float_labels_as_a_sigmoid_model_gives_them()
    {
        var (preds, target) = MultiClass(n: 50, classes: 2, seed: 3);
        var (predsFloat, targetFloat) = (preds.to(float32), target.to(float32)); // torch.round(torch.sigmoid(logits)) and float labels
        int[] sizes = [16, 16, 16, 2];

        Assert.Equal(ClassificationMetrics.Accuracy(target, preds), Fed(new AccuracyMetric(), predsFloat, targetFloat, sizes).Compute());
        Assert.Equal(ClassificationMetrics.Precision(target, preds), Fed(new PrecisionMetric(), predsFloat, targetFloat, sizes).Compute());
        Assert.Equal(ClassificationMetrics.Recall(target, preds), Fed(new RecallMetric(), predsFloat, targetFloat, sizes).Compute());
        Assert.Equal(ClassificationMetrics.F1Score(target, preds), Fed(new F1ScoreMetric(), predsFloat, targetFloat, sizes).Compute());
    }

    [Fact]
    public void A_class_that_occurs_in_only_one_batch_is_scored_as_on_the_whole_set()
    {
        // Class 3 appears only in the last batch, so no single batch knows every class.
        var target = tensor(new long[] { 0, 1, 2, 0, 1, 2, 0, 1, 3 });
        var preds = tensor(new long[] { 0, 1, 1, 0, 2, 2, 0, 1, 3 });
        int[] sizes = [4, 4, 1];

        Assert.Equal(ClassificationMetrics.F1Score(target, preds, Average.Macro), Fed(new F1ScoreMetric(Average.Macro), preds, target, sizes).Compute());
        Assert.Equal(ClassificationMetrics.ConfusionMatrix(target, preds).data<long>().ToArray(),
            Fed(new ConfusionMatrixMetric(), preds, target, sizes).Compute().data<long>().ToArray());
    }

    [Fact]
    public void The_confusion_matrix_over_batches_is_that_of_the_whole_set_with_every_declared_class()
    {
        var (preds, target) = MultiClass();

        var matrix = Fed(new ConfusionMatrixMetric(numClasses: 6), preds, target, UnequalSizes).Compute();

        Assert.Equal(new long[] { 6, 6 }, matrix.shape);
        Assert.Equal(ScalarType.Int64, matrix.dtype);
        Assert.Equal(ClassificationMetrics.ConfusionMatrix(target, preds, numClasses: 6).data<long>().ToArray(), matrix.data<long>().ToArray());
        Assert.Equal(103, matrix.sum().item<long>());
    }

    [Fact]
    public void Reset_forgets_every_count_so_the_next_epoch_starts_afresh()
    {
        var (preds, target) = MultiClass();
        var accuracy = Fed(new AccuracyMetric(), preds, target, UnequalSizes);
        var f1 = Fed(new F1ScoreMetric(Average.Macro), preds, target, UnequalSizes);

        accuracy.Reset();
        f1.Reset();
        accuracy.Update(preds[..10], target[..10]);
        f1.Update(preds[..10], target[..10]);

        Assert.Equal(10, accuracy.SampleCount);
        Assert.Equal(ClassificationMetrics.Accuracy(target[..10], preds[..10]), accuracy.Compute());
        Assert.Equal(ClassificationMetrics.F1Score(target[..10], preds[..10], Average.Macro), f1.Compute());
    }

    [Fact]
    public void Compute_before_any_update_is_an_error_that_says_to_call_update_first()
    {
        var accuracy = new AccuracyMetric();
        var error = Assert.Throws<InvalidOperationException>(() => accuracy.Compute());
        Assert.Contains("AccuracyMetric.Compute() was called before any sample was counted", error.Message);
        Assert.Contains("Update(preds, target)", error.Message);

        // After a Reset, and after only an empty batch, there is nothing to score either.
        accuracy.Update(tensor(new long[] { 1 }), tensor(new long[] { 1 }));
        accuracy.Reset();
        accuracy.Update(torch.empty(0, dtype: int64), torch.empty(0, dtype: int64));
        Assert.Throws<InvalidOperationException>(() => accuracy.Compute());
        Assert.Throws<InvalidOperationException>(() => new ConfusionMatrixMetric().Compute());
        Assert.Throws<InvalidOperationException>(() => new PrecisionMetric(Average.Macro).Compute());
    }

    [Fact]
    public void A_batch_whose_predictions_and_labels_differ_in_length_is_refused_naming_both_shapes()
    {
        var accuracy = new AccuracyMetric();

        var error = Assert.Throws<ArgumentException>(() => accuracy.Update(tensor(new long[] { 0, 1, 1 }), tensor(new long[] { 0, 1 })));

        Assert.Equal("target", error.ParamName);
        Assert.Contains("preds has 3 labels (shape [3]) but target has 2 (shape [2])", error.Message);
    }

    [Fact]
    public void Logits_instead_of_labels_are_refused_with_the_hint_to_take_the_argmax()
    {
        var error = Assert.Throws<ArgumentException>(() => new AccuracyMetric().Update(torch.randn(4, 3), tensor(new long[] { 0, 1, 2, 0 })));

        Assert.Equal("preds", error.ParamName);
        Assert.Contains("logits.argmax(1)", error.Message);
    }

    [Fact]
    public void A_refused_batch_leaves_the_metric_as_it_was()
    {
        var accuracy = new AccuracyMetric();
        accuracy.Update(tensor(new long[] { 0, 1 }), tensor(new long[] { 0, 0 }));

        Assert.Throws<ArgumentException>(() => accuracy.Update(tensor(new long[] { 1, 1, 1 }), tensor(new long[] { 1, 1 })));
        Assert.Throws<ArgumentException>(() => accuracy.Update(tensor(new[] { 0.2f, 0.9f }), tensor(new long[] { 0, 1 })));

        Assert.Equal(2, accuracy.SampleCount);
        Assert.Equal(0.5, accuracy.Compute());
    }

    [Fact]
    public void A_label_outside_the_declared_classes_is_refused_when_its_batch_comes()
    {
        var matrix = new ConfusionMatrixMetric(numClasses: 3);
        matrix.Update(tensor(new long[] { 0, 1 }), tensor(new long[] { 0, 2 }));

        var error = Assert.Throws<ArgumentException>(() => matrix.Update(tensor(new long[] { 0 }), tensor(new long[] { 5 })));

        Assert.Equal("target", error.ParamName);
        Assert.Contains("the labels allowed are 0 to 2", error.Message);
        Assert.Equal(2, matrix.SampleCount);
    }

    [Fact]
    public void Binary_average_refuses_the_batch_that_makes_the_labels_multi_class()
    {
        var precision = new PrecisionMetric(); // Average.Binary
        precision.Update(tensor(new long[] { 0, 1 }), tensor(new long[] { 0, 1 }));

        var error = Assert.Throws<ArgumentException>(() => precision.Update(tensor(new long[] { 1 }), tensor(new long[] { 2 })));

        Assert.Equal("target", error.ParamName);
        Assert.Contains("multi-class ({0, 1, 2}) but average is Binary", error.Message);
        Assert.Equal(1.0, precision.Compute());
    }

    [Fact]
    public void Settings_that_cannot_give_one_number_are_refused_when_the_metric_is_made()
    {
        Assert.Equal("average", Assert.Throws<ArgumentException>(() => new F1ScoreMetric(Average.None)).ParamName);
        Assert.Equal("average", Assert.Throws<ArgumentOutOfRangeException>(() => new RecallMetric((Average)42)).ParamName);
        Assert.Equal("zeroDivision", Assert.Throws<ArgumentOutOfRangeException>(() => new PrecisionMetric(zeroDivision: (ZeroDivision)9)).ParamName);
        Assert.Equal("numClasses", Assert.Throws<ArgumentOutOfRangeException>(() => new ConfusionMatrixMetric(numClasses: 0)).ParamName);
    }
}
