using CourseLib.Data;
using CourseLib.Metrics;
using CourseLib.Plots;
using static TorchSharp.torch;

namespace CourseLib.Tests.Adversarial;

/// <summary>Bad inputs to the multi-label generator, metrics and charts of notebook 18_multilabel.</summary>
internal static class MultilabelCases
{
    private static Tensor Truth() => Samples.MultilabelLabels();

    public static IEnumerable<BadInputCase> All()
    {
        var shape = new CaseBuilder("shape or length mismatch");
        shape.Refuses("MultilabelMetrics.HammingLoss", "a label vector [N] instead of a matrix", () => MultilabelMetrics.HammingLoss(Samples.IntLabels(), Samples.IntLabels()), "yTrue", "[N, K]");
        shape.Refuses("MultilabelMetrics.SubsetAccuracy", "a single column [N, 1] (a binary problem)", () => MultilabelMetrics.SubsetAccuracy(ones(5, 1), ones(5, 1)), "yTrue", "ClassificationMetrics");
        shape.Refuses("MultilabelMetrics.F1Score", "predictions with one label more", () => MultilabelMetrics.F1Score(Truth(), zeros(20, 3), MultilabelAverage.Micro), "yPred", "[20, 3]");
        shape.Refuses("MultilabelMetrics.RocAucPerLabel", "scores [N] for a matrix of labels", () => MultilabelMetrics.RocAucPerLabel(Truth(), rand(20)), "yScore", "[N, K]");
        shape.Refuses("MultilabelMetrics.ClassificationReport", "three names for two labels", () => MultilabelMetrics.ClassificationReport(Truth(), Truth(), ["a", "b", "c"]), "labelNames");
        shape.Refuses("MultilabelCharts.ConfusionGrid", "a single 2 × 2 matrix (not one per label)", () => MultilabelCharts.ConfusionGrid(tensor(new long[] { 3, 1, 0, 2 }, [2, 2])), "matrices", "[K, 2, 2]");
        shape.Refuses("MultilabelData", "a label matrix with one row fewer than the features", () => new MultilabelData(new double[3, 2], new long[2, 2]), "y");

        var labels = new CaseBuilder("not class labels");
        labels.Refuses("MultilabelMetrics.Precision", "probabilities instead of a 0/1 prediction", () => MultilabelMetrics.Precision(Truth(), rand(20, 2), MultilabelAverage.Samples), "yPred", "sigmoid");
        labels.Refuses("MultilabelMetrics.Recall", "a label matrix holding a 2", () => MultilabelMetrics.Recall(Truth() * 2, Truth(), MultilabelAverage.Macro), "yTrue", "is 2");
        labels.Refuses("MultilabelMetrics.RocAucPerLabel", "a label no sample has (AUC undefined)", () => MultilabelMetrics.RocAucPerLabel(zeros(20, 2), rand(20, 2)), "yTrue", "Only one class");
        labels.Refuses("MultilabelCharts.Cooccurrence", "probabilities instead of labels", () => MultilabelCharts.Cooccurrence(rand(20, 2)), "labels", "1 where a sample has a label");
        labels.Refuses("MultilabelCharts.ConfusionGrid", "rates instead of counts", () => MultilabelCharts.ConfusionGrid(full(2, 2, 2, 0.25)), "matrices", "whole numbers");
        labels.Refuses("MultilabelData", "a label matrix holding -1", () => new MultilabelData(new double[1, 2], new long[,] { { -1, 1 } }), "y", "is -1");

        var nonFinite = new CaseBuilder("non-finite value");
        nonFinite.Refuses("MultilabelMetrics.RocAucPerLabel", "a NaN score", () => MultilabelMetrics.RocAucPerLabel(Truth(), full(20, 2, double.NaN)), "yScore", "finite");
        nonFinite.Refuses("MultilabelMetrics.HammingLoss", "a NaN prediction", () => MultilabelMetrics.HammingLoss(Truth(), full(20, 2, double.NaN)), "yPred", "NaN");

        var range = new CaseBuilder("out-of-range number");
        range.Refuses("Datasets.MakeMultilabelClassification", "length 0 (the 'draw again while empty' loop would never end)", () => Datasets.MakeMultilabelClassification(length: 0, randomState: 0), "length", "at least 1");
        range.Refuses("Datasets.MakeMultilabelClassification", "a negative mean number of labels", () => Datasets.MakeMultilabelClassification(nLabels: -1, randomState: 0), "nLabels");
        range.Refuses("Datasets.MakeMultilabelClassification", "no labels on average and no unlabeled samples allowed", () => Datasets.MakeMultilabelClassification(nLabels: 0, allowUnlabeled: false, randomState: 0), "allowUnlabeled");
        range.Refuses("MultilabelCharts.ConfusionGrid", "zero columns of panels", () => MultilabelCharts.ConfusionGrid(tensor(new long[] { 3, 1, 0, 2 }, [1, 2, 2]), columns: 0), "columns");

        var right = new CaseBuilder("unusual but valid");
        right.Answers("MultilabelMetrics.F1Score", "nothing true and nothing predicted, zero division 1 (scikit-learn: 1)", () => MultilabelMetrics.F1Score(zeros(4, 3), zeros(4, 3), MultilabelAverage.Weighted, ZeroDivision.One), r => r is 1.0);
        right.Answers("MultilabelMetrics.Precision", "every predicted set empty, samples average (0, with a warning)", () => MultilabelMetrics.Precision(Truth(), zeros(20, 2), MultilabelAverage.Samples), r => r is 0.0);
        right.Answers("MultilabelMetrics.SubsetAccuracy", "bool matrices", () => MultilabelMetrics.SubsetAccuracy(Truth().to_type(ScalarType.Bool), Truth().to_type(ScalarType.Bool)), r => r is 1.0);
        right.Answers("Datasets.MakeMultilabelClassification", "one sample, one label, one feature", () => Datasets.MakeMultilabelClassification(1, 1, 1, randomState: 0), r => r is MultilabelData { Count: 1, LabelCount: 1 });

        return shape.Cases.Concat(labels.Cases).Concat(nonFinite.Cases).Concat(range.Cases).Concat(right.Cases);
    }
}
