using System.Text.Json.Nodes;
using CourseLib.Metrics;
using CourseLib.Tests.Reference;
using static CourseLib.Tests.Reference.JsonCases;
using static TorchSharp.torch;

namespace CourseLib.Tests.Metrics;

/// <summary>
/// The multi-label metrics equal scikit-learn 1.2.1's on the cases of data/reference/multilabel_metrics_cases.json
/// (made by make_multilabel_metrics_cases.py): a label no sample has, an all-positive label, empty predicted and
/// empty true sets, everything empty, one sample, and random matrices — values bit for bit, and the same
/// UndefinedMetricWarning messages (scikit-learn's "`zero_division` parameter" is the zeroDivision parameter here).
/// </summary>
public class MultilabelParityTests
{
    private static readonly JsonCases Cases = new("multilabel_metrics_cases.json");

    public static TheoryData<string> CaseNames() => Cases.Names();

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Subset_accuracy_hamming_loss_and_confusion_matrices_equal_scikit_learn(string name)
    {
        var c = Cases.Get(name);
        using var yTrue = Labels(c["y_true"]);
        using var yPred = Labels(c["y_pred"]);

        Assert.Equal((double)c["subset_accuracy"]!, MultilabelMetrics.SubsetAccuracy(yTrue, yPred));
        Assert.Equal((double)c["hamming_loss"]!, MultilabelMetrics.HammingLoss(yTrue, yPred));
        using var matrices = MultilabelMetrics.MultilabelConfusionMatrix(yTrue, yPred);
        var expected = c["confusion"]!.AsArray().SelectMany(m => m!.AsArray().SelectMany(r => Longs(r))).ToArray();
        Assert.Equal(expected, matrices.data<long>().ToArray());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Precision_recall_and_f1_equal_scikit_learn_for_every_average_and_zero_division(string name)
    {
        var c = Cases.Get(name);
        using var yTrue = Labels(c["y_true"]);
        using var yPred = Labels(c["y_pred"]);
        foreach (var s in c["scores"]!.AsArray())
        {
            MultilabelAverage? average = (string)s!["average"]! switch
            {
                "micro" => MultilabelAverage.Micro,
                "macro" => MultilabelAverage.Macro,
                "weighted" => MultilabelAverage.Weighted,
                "samples" => MultilabelAverage.Samples,
                _ => null,
            };
            var zeroDivision = (string)s["zero_division"]! switch { "warn" => ZeroDivision.Warn, "0" => ZeroDivision.Zero, _ => ZeroDivision.One };
            foreach (var (key, warnFor, pick) in new (string, Scoring.WarnFor, Func<MultilabelScoring.Result, double[]>)[]
                     {
                         ("precision", Scoring.WarnFor.Precision, r => r.Precision),
                         ("recall", Scoring.WarnFor.Recall, r => r.Recall),
                         ("f1", Scoring.WarnFor.FScore, r => r.F1Score),
                     })
            {
                var warnings = new List<string>();
                var result = MultilabelMetrics.Run(yTrue, yPred, average, zeroDivision, warnFor, warnings);
                string where = $"{key}, average {s["average"]}, zero_division {s["zero_division"]}";
                Assert.True(Doubles(s[key]).SequenceEqual(pick(result)), $"{where}: expected [{string.Join(", ", Doubles(s[key]))}], got [{string.Join(", ", pick(result))}]");
                Assert.Equal(Messages(s[key + "_warnings"]), warnings);
            }
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void The_public_scores_are_the_ones_compared(string name)
    {
        var c = Cases.Get(name);
        using var yTrue = Labels(c["y_true"]);
        using var yPred = Labels(c["y_pred"]);
        var macro = c["scores"]!.AsArray().Single(s => (string)s!["average"]! == "macro" && (string)s["zero_division"]! == "0")!;
        Assert.Equal(Doubles(macro["precision"])[0], MultilabelMetrics.Precision(yTrue, yPred, MultilabelAverage.Macro, ZeroDivision.Zero));
        Assert.Equal(Doubles(macro["recall"])[0], MultilabelMetrics.Recall(yTrue, yPred, MultilabelAverage.Macro, ZeroDivision.Zero));
        Assert.Equal(Doubles(macro["f1"])[0], MultilabelMetrics.F1Score(yTrue, yPred, MultilabelAverage.Macro, ZeroDivision.Zero));
        var none = c["scores"]!.AsArray().Single(s => (string)s!["average"]! == "none" && (string)s["zero_division"]! == "1")!;
        var perLabel = MultilabelMetrics.ScoresPerLabel(yTrue, yPred, ZeroDivision.One);
        Assert.Equal(Doubles(none["precision"]), perLabel.Precision);
        Assert.Equal(Doubles(none["recall"]), perLabel.Recall);
        Assert.Equal(Doubles(none["f1"]), perLabel.F1Score);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void The_report_prints_scikit_learns_text_and_warnings(string name)
    {
        var c = Cases.Get(name);
        using var yTrue = Labels(c["y_true"]);
        using var yPred = Labels(c["y_pred"]);
        var names = c["names"]!.AsArray().Select(n => (string)n!).ToArray();
        foreach (var r in c["reports"]!.AsArray())
        {
            var zeroDivision = (string)r!["zero_division"]! switch { "warn" => ZeroDivision.Warn, "0" => ZeroDivision.Zero, _ => ZeroDivision.One };
            var warnings = new List<string>();
            var report = MultilabelMetrics.BuildReport(yTrue, yPred, names, (int)r["digits"]!, zeroDivision, warnings);
            Assert.Equal((string)r["text"]!, report.ToString());
            Assert.Equal(Messages(r["warnings"]), warnings);
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Per_label_roc_auc_equals_scikit_learn_or_is_refused_like_it(string name)
    {
        var c = Cases.Get(name);
        if (c["y_score"] is not { } scores) return;
        using var yTrue = Labels(c["y_true"]);
        using var yScore = tensor(Matrix(scores), dtype: ScalarType.Float64);
        if (c["roc_auc"] is { } auc)
            Assert.Equal(Doubles(auc), MultilabelMetrics.RocAucPerLabel(yTrue, yScore));
        else
            Assert.Contains("Only one class present in y_true", Assert.Throws<ArgumentException>(() => MultilabelMetrics.RocAucPerLabel(yTrue, yScore)).Message);
    }

    [Fact]
    public void The_cases_cover_the_edges_the_issue_names()
    {
        var names = Cases.Names().Select(row => row.Data).ToArray();
        Assert.Contains("hand: a label with no positive sample", names);
        Assert.Contains("hand: an all-positive label", names);
        Assert.Contains("hand: samples with an empty predicted set", names);
        Assert.Contains("hand: nothing true, nothing predicted", names);
        Assert.True(names.Length >= 30);
    }

    private static Tensor Labels(JsonNode? rows)
    {
        var m = Matrix(rows);
        return tensor(m, dtype: ScalarType.Float64).to_type(ScalarType.Float32);
    }

    private static string[] Messages(JsonNode? list) =>
        list!.AsArray().Select(m => ((string)m!).Replace("Use `zero_division` parameter", "Use the zeroDivision parameter")).ToArray();
}
