using CourseLib.Metrics;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Tests.Adversarial;

/// <summary>Bad inputs to the metrics.</summary>
internal static class MetricsCases
{
    private static Tensor Labels(params long[] values) => tensor(values);

    public static IEnumerable<BadInputCase> All()
    {
        var (t, p) = (Labels(0, 1, 1, 0), Labels(0, 1, 0, 0));

        var enums = new CaseBuilder("undefined enum value");
        enums.Refuses("ClassificationMetrics.Precision", "average = (Average)42 (was scored as macro)", () => ClassificationMetrics.Precision(t, p, (Average)42), "average", "Average.Macro");
        enums.Refuses("ClassificationMetrics.Recall", "average = (Average)42", () => ClassificationMetrics.Recall(t, p, (Average)42), "average");
        enums.Refuses("ClassificationMetrics.F1Score", "average = (Average)-1", () => ClassificationMetrics.F1Score(t, p, (Average)(-1)), "average");
        enums.Refuses("ClassificationMetrics.PrecisionRecallFScoreSupport", "average = (Average)42", () => ClassificationMetrics.PrecisionRecallFScoreSupport(t, p, (Average)42), "average");
        enums.Refuses("ClassificationMetrics.Precision", "zeroDivision = (ZeroDivision)7", () => ClassificationMetrics.Precision(t, p, zeroDivision: (ZeroDivision)7), "zeroDivision");
        enums.Refuses("ClassificationMetrics.ClassificationReport", "zeroDivision = (ZeroDivision)7", () => ClassificationMetrics.ClassificationReport(t, p, zeroDivision: (ZeroDivision)7), "zeroDivision");

        var values = new CaseBuilder("not class labels");
        values.Refuses("ClassificationMetrics.Accuracy", "yPred are logits [N, 2]", () => ClassificationMetrics.Accuracy(t, randn(4, 2)), "yPred", "logits");
        values.Refuses("ClassificationMetrics.Accuracy", "yPred are probabilities", () => ClassificationMetrics.Accuracy(t, tensor(new[] { 0.1f, 0.9f, 0.7f, 0.2f })), "yPred", "not a class label");
        values.Refuses("ClassificationMetrics.AccuracyFn", "yTrue holds NaN", () => ClassificationMetrics.AccuracyFn(tensor(new[] { 0f, float.NaN, 1f, 0f }), p), "yTrue");
        values.Refuses("ClassificationMetrics.Accuracy", "yTrue holds +Inf", () => ClassificationMetrics.Accuracy(tensor(new[] { 0f, float.PositiveInfinity, 1f, 0f }), p), "yTrue");
        values.Refuses("ClassificationMetrics.Accuracy", "a negative label", () => ClassificationMetrics.Accuracy(Labels(0, -1, 1, 0), p), "yTrue");
        values.Refuses("ClassificationMetrics.Accuracy", "3-D labels", () => ClassificationMetrics.Accuracy(zeros(2, 2, 1), zeros(2, 2, 1)), "yTrue");
        values.Refuses("ClassificationMetrics.Accuracy", "a scalar", () => ClassificationMetrics.Accuracy(tensor(1L), tensor(1L)), "yTrue");
        values.Refuses("ClassificationMetrics.Accuracy", "complex labels", () => ClassificationMetrics.Accuracy(zeros(4, dtype: ScalarType.ComplexFloat32), zeros(4, dtype: ScalarType.ComplexFloat32)), "yTrue");
        values.Refuses("ClassificationMetrics.Accuracy", "different lengths", () => ClassificationMetrics.Accuracy(t, Labels(0, 1)), "yPred", "4 labels");
        values.Refuses("ClassificationMetrics.Accuracy", "empty", () => ClassificationMetrics.Accuracy(Labels(), Labels()), "yTrue", "empty");
        values.Refuses("ClassificationMetrics.Precision", "Binary average with 3 classes", () => ClassificationMetrics.Precision(Labels(0, 1, 2), Labels(0, 1, 2)), "average", "multi-class");
        values.Refuses("ClassificationMetrics.Precision", "Average.None (one number expected)", () => ClassificationMetrics.Precision(t, p, Average.None), "average");
        values.Refuses("ClassificationMetrics.ConfusionMatrix", "a label 5 with numClasses 3", () => ClassificationMetrics.ConfusionMatrix(Labels(0, 5), Labels(0, 1), numClasses: 3), "yTrue", "0 to 2");
        values.Refuses("ClassificationMetrics.ConfusionMatrix", "20,000 different labels (not classes)", () => ClassificationMetrics.ConfusionMatrix(arange(20_000L), arange(20_000L)), "yPred", "different labels");

        var size = new CaseBuilder("size out of range or overflowing");
        size.Refuses("ClassificationMetrics.ConfusionMatrix", "numClasses = int.MaxValue (2^62 cells)", () => ClassificationMetrics.ConfusionMatrix(t, p, numClasses: int.MaxValue), "numClasses");
        size.Refuses("ClassificationMetrics.Recall", "numClasses = 0", () => ClassificationMetrics.Recall(t, p, Average.Macro, numClasses: 0), "numClasses");
        size.Refuses("ClassificationMetrics.ClassificationReport", "digits = -1", () => ClassificationMetrics.ClassificationReport(t, p, digits: -1), "digits");
        size.Refuses("ClassificationMetrics.ClassificationReport", "digits = int.MaxValue", () => ClassificationMetrics.ClassificationReport(t, p, digits: int.MaxValue), "digits");
        size.Refuses("ClassificationMetrics.ClassificationReport", "3 target names for 2 classes", () => ClassificationMetrics.ClassificationReport(t, p, ["a", "b", "c"]), "targetNames");

        var right = new CaseBuilder("unusual but valid");
        right.Answers("ClassificationMetrics.Accuracy", "labels as [N, 1] columns", () => ClassificationMetrics.Accuracy(t.unsqueeze(1), p.unsqueeze(1)), r => r is 0.75);
        right.Answers("ClassificationMetrics.Accuracy", "bool and float labels mixed", () => ClassificationMetrics.Accuracy(t.to(ScalarType.Bool), p.to(float32)), r => r is 0.75);
        right.Answers("ClassificationMetrics.Precision", "macro with a class never predicted (zeroDivision Zero)",
            () => ClassificationMetrics.Precision(Labels(0, 1, 2), Labels(0, 1, 1), Average.Macro, ZeroDivision.Zero), r => r is double v && Math.Abs(v - 0.5) < 1e-15);
        right.Answers("ClassificationMetrics.ConfusionMatrix", "numClasses 4 with only 2 occurring",
            () => ClassificationMetrics.ConfusionMatrix(t, p, numClasses: 4).data<long>().ToArray(),
            r => r is long[] m && m.SequenceEqual(new long[] { 2, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }));

        // The metrics a mini-batch loop feeds: the same checks per batch, and settings checked when the metric is made.
        enums.Refuses("PrecisionMetric", "average = (Average)42", () => new PrecisionMetric((Average)42), "average", "Average.Macro");
        enums.Refuses("F1ScoreMetric", "zeroDivision = (ZeroDivision)7", () => new F1ScoreMetric(zeroDivision: (ZeroDivision)7), "zeroDivision");
        values.Refuses("AccumulatingMetric.Update", "preds are logits [N, 2]", () => { new AccuracyMetric().Update(randn(4, 2), t); return null; }, "preds", "logits");
        values.Refuses("AccumulatingMetric.Update", "Binary average, a third label in the second batch",
            () => { var m = new RecallMetric(); m.Update(p, t); m.Update(Labels(2), Labels(2)); return m.Compute(); }, "target", "multi-class");
        values.Refuses("RecallMetric", "Average.None (one number expected)", () => new RecallMetric(Average.None), "average");
        var shape = new CaseBuilder("shape or length mismatch");
        shape.Refuses("AccumulatingMetric.Update", "4 predictions, 2 labels", () => { new ConfusionMatrixMetric().Update(p, Labels(0, 1)); return null; }, "target", "4 labels");
        size.Refuses("ConfusionMatrixMetric", "numClasses = 0", () => new ConfusionMatrixMetric(numClasses: 0), "numClasses");
        size.Refuses("PrecisionMetric", "numClasses = int.MaxValue", () => new PrecisionMetric(Average.Macro, numClasses: int.MaxValue), "numClasses");
        right.Answers("AccumulatingMetric.Update", "batches as [N, 1] columns, one of them empty", () =>
        {
            var m = new AccuracyMetric();
            m.Update(p[..3].unsqueeze(1), t[..3].unsqueeze(1));
            m.Update(Labels().unsqueeze(1), Labels().unsqueeze(1));
            m.Update(p[3..], t[3..]);
            return m.Compute();
        }, r => r is 0.75);

        return enums.Cases.Concat(values.Cases).Concat(shape.Cases).Concat(size.Cases).Concat(right.Cases);
    }
}
