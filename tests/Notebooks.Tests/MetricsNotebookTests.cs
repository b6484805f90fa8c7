using System.Globalization;
using System.Text.RegularExpressions;
using CourseTests;

namespace Notebooks.Tests;

/// <summary>
/// 07_metrics: model_4 retrained with the original's numbers, the TP/TN/FP/FN anatomy on a binary example, the
/// blobs' confusion matrix and classification report. Where the original chapter has no numbers, the scores the
/// notebook prints are recomputed here from the counts it printed.
/// </summary>
[Trait("Tier", "Full")]
public class MetricsNotebookTests
{
    private const string Notebook = "07_metrics.ipynb";

    private static Task<string> OutputAsync() => CourseNotebooks.OutputAsync(Notebook);

    [Theory]
    [MemberData(nameof(Model4Reference.ProgressLines), MemberType = typeof(Model4Reference))]
    public async Task Retrains_model_4_as_the_original_chapter(int epoch, string expected) =>
        TrainingLog.AssertMatches(expected, TrainingLog.LineFor(await OutputAsync(), epoch));

    [Fact]
    public async Task Judges_the_original_chapters_trained_predictions()
    {
        var output = await OutputAsync();

        Assert.Contains("Predictions: " + Model4Reference.FirstTenTestPredictions, output);
        Assert.Contains("Accuracy: 0.995 (as a fraction; accuracy_fn: 99.5%)", output);
    }

    [Fact]
    public async Task Binary_scores_follow_from_the_four_counts()
    {
        var output = await OutputAsync();

        var counts = Regex.Match(output, @"TP = (?<tp>\d+), TN = (?<tn>\d+), FP = (?<fp>\d+), FN = (?<fn>\d+)");
        Assert.True(counts.Success, "no TP/TN/FP/FN line");
        double Count(string name) => double.Parse(counts.Groups[name].Value, CultureInfo.InvariantCulture);
        var (tp, tn, fp, fn) = (Count("tp"), Count("tn"), Count("fp"), Count("fn"));
        Assert.Equal(100, tp + tn + fp + fn);

        // Laid out as scikit-learn does for labels 0, 1: [[TN, FP], [FN, TP]].
        Assert.Contains($"[[{tn}, {fp}]\n [{fn}, {tp}]]", output);

        double precision = tp / (tp + fp), recall = tp / (tp + fn);
        string expected = $"accuracy {F4((tp + tn) / 100)}, precision {F4(precision)}, recall {F4(recall)}, F1 {F4(2 * precision * recall / (precision + recall))}";
        Assert.Contains("by hand:     " + expected, output);
        Assert.Contains("CourseLib:   " + expected, output);
    }

    [Fact]
    public async Task The_always_negative_model_scores_its_class_share_in_accuracy_and_zero_recall()
    {
        var output = await OutputAsync();
        var counts = Regex.Match(output, @"TP = (?<tp>\d+), TN = (?<tn>\d+), FP = (?<fp>\d+), FN = (?<fn>\d+)");
        double negatives = double.Parse(counts.Groups["tn"].Value, CultureInfo.InvariantCulture) + double.Parse(counts.Groups["fp"].Value, CultureInfo.InvariantCulture);

        Assert.Contains($"accuracy  {F4(negatives / 100)}\nrecall    0.0000\nprecision 0.0000", output);
        // ZeroDivision.Zero: no UndefinedMetricWarning on standard error.
        var executed = await CourseNotebooks.ExecutedAsync(Notebook);
        Assert.DoesNotContain(executed.Outputs, o => (string?)o["name"] == "stderr" && o["text"].JoinedText().Contains("UndefinedMetricWarning"));
    }

    [Fact]
    public async Task Blob_confusion_matrix_agrees_with_the_accuracy_and_its_heatmap()
    {
        var executed = await CourseNotebooks.ExecutedAsync(Notebook);
        var matrix = BlobMatrix(executed.StandardOutput);

        long total = matrix.Cast<long>().Sum(), correct = Enumerable.Range(0, 4).Sum(i => matrix[i, i]);
        Assert.Equal(200, total);
        Assert.Equal(0.995, (double)correct / total);  // the original chapter's test accuracy
        Assert.Contains($"diagonal {correct} of {total}: accuracy 0.9950", executed.StandardOutput);

        var heatmaps = executed.Charts.Where(c => c.Data.Count == 1 && (string?)c.Data[0]!["type"] == "heatmap").ToList();
        Assert.Equal(2, heatmaps.Count);
        var z = heatmaps[1].Data[0]!["z"]!.AsArray();
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++)
                Assert.Equal(matrix[i, j], (long)z[i]![j]!);
        Assert.Equal("Predicted", (string?)heatmaps[1].Layout["xaxis"]!["title"]!["text"]);
        Assert.Equal(["healthy (0)", "ill (1)"], heatmaps[0].Data[0]!["x"]!.AsArray().Select(v => (string?)v));
    }

    [Fact]
    public async Task Classification_report_matches_scores_recomputed_from_the_confusion_matrix()
    {
        var output = await OutputAsync();
        var m = BlobMatrix(output);
        var (precision, recall, f1, support) = (new double[4], new double[4], new double[4], new long[4]);
        for (int c = 0; c < 4; c++)
        {
            long predicted = Enumerable.Range(0, 4).Sum(i => m[i, c]);
            support[c] = Enumerable.Range(0, 4).Sum(j => m[c, j]);
            precision[c] = (double)m[c, c] / predicted;
            recall[c] = (double)m[c, c] / support[c];
            f1[c] = 2 * precision[c] * recall[c] / (precision[c] + recall[c]);
        }

        for (int c = 0; c < 4; c++)
            Assert.Matches($@"(?m)^\s+{c}\s+{F4(precision[c])}\s+{F4(recall[c])}\s+{F4(f1[c])}\s+{support[c]}$", output);
        Assert.Matches($@"(?m)^\s+accuracy\s+0\.9950\s+200$", output);
        Assert.Matches($@"(?m)^\s+macro avg\s+{F4(precision.Average())}\s+{F4(recall.Average())}\s+{F4(f1.Average())}\s+200$", output);
        double Weighted(double[] scores) => scores.Zip(support).Sum(p => p.First * p.Second) / 200;
        Assert.Matches($@"(?m)^weighted avg\s+{F4(Weighted(precision))}\s+{F4(Weighted(recall))}\s+{F4(Weighted(f1))}\s+200$", output);
    }

    [Fact]
    public async Task Averaged_F1_scores_equal_the_reports_summary_rows_and_binary_is_refused()
    {
        var output = await OutputAsync();
        var report = PrintedReport(output);

        // With one class per sample, micro-averaged F1 is the accuracy.
        Assert.Contains($"F1 (micro): {report["accuracy"].F1}\n", output);
        Assert.Contains($"F1 (macro): {report["macro avg"].F1}\n", output);
        Assert.Contains($"F1 (weighted): {report["weighted avg"].F1}\n", output);
        Assert.Matches(@"Without an average: .*multi-class.*Binary", output);
    }

    [Fact]
    public async Task Shows_the_report_as_a_DataFrame_with_the_printed_numbers()
    {
        var executed = await CourseNotebooks.ExecutedAsync(Notebook);
        var printed = PrintedReport(executed.StandardOutput);

        var table = Assert.Single(DataFrameTable.All(executed));
        Assert.Equal(["class", "precision", "recall", "f1-score", "support"], table.Columns);
        Assert.Equal(["0", "1", "2", "3", "accuracy", "macro avg", "weighted avg"], table.Column("class"));
        foreach (var (name, f1, support) in table.Column("class").Zip(table.Numbers("f1-score"), table.Column("support")))
        {
            Assert.Equal(printed[name].F1, F4(f1));
            Assert.Equal(printed[name].Support, support);
        }
    }

    // Each row of the printed classification report: its F1 score (the last number but the support) and support.
    private static Dictionary<string, (string F1, string Support)> PrintedReport(string output) =>
        Regex.Matches(output, @"(?m)^\s*(?<name>\d|accuracy|macro avg|weighted avg)\s+(?:[\d.]+\s+){0,2}(?<f1>\d\.\d{4})\s+(?<support>\d+)$")
            .ToDictionary(m => m.Groups["name"].Value, m => (m.Groups["f1"].Value, m.Groups["support"].Value));

    private static string F4(double value) => value.ToString("F4", CultureInfo.InvariantCulture);

    // The 4 × 4 matrix printed before "diagonal ... of ...".
    private static long[,] BlobMatrix(string output)
    {
        var printed = Regex.Match(output, @"\[\[(?<rows>[\d,\s\[\]]+)\]\]\ndiagonal");
        Assert.True(printed.Success, "no 4 × 4 confusion matrix printed before the diagonal line");
        var rows = printed.Groups["rows"].Value.Split(']', StringSplitOptions.RemoveEmptyEntries)
            .Select(r => r.Trim(' ', '\n', ',', '[').Split(", ").Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray())
            .Where(r => r.Length > 0).ToArray();
        Assert.Equal(4, rows.Length);
        var matrix = new long[4, 4];
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(4, rows[i].Length);
            for (int j = 0; j < 4; j++) matrix[i, j] = rows[i][j];
        }
        return matrix;
    }
}
