using System.Collections.Concurrent;
using System.Globalization;
using static TorchSharp.torch;

namespace CourseLib.Metrics;

/// <summary>
/// How per-label scores of a multi-label prediction are combined into one number (scikit-learn's <c>average=</c> for
/// label matrices). Introduced in notebook 18_multilabel.
/// </summary>
public enum MultilabelAverage
{
    /// <summary><c>"micro"</c>: true positives, false positives and false negatives counted over every label of every sample, then divided; frequent labels weigh most.</summary>
    Micro,

    /// <summary><c>"macro"</c>: the plain mean of the per-label scores, a rare label counting as much as a frequent one.</summary>
    Macro,

    /// <summary><c>"weighted"</c>: the mean of the per-label scores weighted by each label's support (its number of positive samples).</summary>
    Weighted,

    /// <summary><c>"samples"</c>: the score of each sample's predicted set against its true set, averaged over the samples.</summary>
    Samples,
}

/// <summary>
/// Precision, recall, F1 and support of each label, in label order. Introduced in notebook 18_multilabel.
/// </summary>
/// <param name="Precision">Per label: of the samples predicted to have it, the fraction that have it.</param>
/// <param name="Recall">Per label: of the samples that have it, the fraction predicted to.</param>
/// <param name="F1Score">Per label: the harmonic mean of precision and recall.</param>
/// <param name="Support">Per label: the number of samples that have it.</param>
public sealed record PerLabelScores(double[] Precision, double[] Recall, double[] F1Score, long[] Support)
{
    /// <summary>Per label: of the samples predicted to have it, the fraction that have it.</summary>
    public double[] Precision { get; init; } = Precision ?? throw new ArgumentNullException(nameof(Precision));

    /// <summary>Per label: of the samples that have it, the fraction predicted to.</summary>
    public double[] Recall { get; init; } = SameLength(Recall, Precision, nameof(Recall));

    /// <summary>Per label: the harmonic mean of precision and recall.</summary>
    public double[] F1Score { get; init; } = SameLength(F1Score, Precision, nameof(F1Score));

    /// <summary>Per label: the number of samples that have it.</summary>
    public long[] Support { get; init; } = SameLength(Support, Precision, nameof(Support));

    private static T[] SameLength<T>(T[]? values, double[]? precision, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (precision is not null && values.Length != precision.Length)
            throw new ArgumentException($"{name} has {values.Length} entries but Precision has {precision.Length}: one entry per label in each.", name);
        return values;
    }
}

/// <summary>
/// Metrics of a multi-label classifier, with the values scikit-learn 1.2 gives for label matrices
/// (<c>sklearn.metrics</c> with <c>y_true</c> and <c>y_pred</c> of shape [N, K]).
/// <para>
/// Targets and predictions are tensors [N, K], one row per sample and one column per label, holding 1 where the sample
/// has (or is predicted to have) the label and 0 where not: float, integer or bool. Probabilities, logits, a label
/// vector [N] or a single column are refused with an <see cref="ArgumentException"/> that says what is allowed.
/// </para>
/// <para>
/// Where a score divides by zero (precision of a label never predicted, recall of a label no sample has, a sample
/// with an empty predicted set under <see cref="MultilabelAverage.Samples"/>), <see cref="ZeroDivision"/> decides, as
/// scikit-learn's <c>zero_division</c>: by default the score is 0 and scikit-learn's UndefinedMetricWarning is written
/// to standard error, each distinct message once per process.
/// </para>
/// <para>Introduced in notebook 18_multilabel.</para>
/// </summary>
public static class MultilabelMetrics
{
    /// <summary>
    /// Subset accuracy, the share of samples whose predicted set equals the true set exactly — every label right
    /// (<c>accuracy_score</c> on label matrices). The strictest score. Introduced in notebook 18_multilabel.
    /// </summary>
    public static double SubsetAccuracy(Tensor yTrue, Tensor yPred)
    {
        var (t, p) = LabelMatrix.ReadPair(yTrue, yPred);
        int n = t.GetLength(0), k = t.GetLength(1), exact = 0;
        for (int i = 0; i < n; i++)
        {
            bool same = true;
            for (int j = 0; j < k && same; j++) same = t[i, j] == p[i, j];
            if (same) exact++;
        }
        return (double)exact / n;
    }

    /// <summary>
    /// Hamming loss, the share of single yes/no label decisions that are wrong, over every label of every sample
    /// (<c>hamming_loss</c>). 0 is perfect; lower is better. Introduced in notebook 18_multilabel.
    /// </summary>
    public static double HammingLoss(Tensor yTrue, Tensor yPred)
    {
        var (t, p) = LabelMatrix.ReadPair(yTrue, yPred);
        long wrong = 0;
        foreach (var (a, b) in t.Cast<long>().Zip(p.Cast<long>())) if (a != b) wrong++;
        return wrong / ((double)t.GetLength(0) * t.GetLength(1) * 1.0);
    }

    /// <summary>Precision, averaged as <paramref name="average"/> says (<c>precision_score</c>). Introduced in notebook 18_multilabel.</summary>
    public static double Precision(Tensor yTrue, Tensor yPred, MultilabelAverage average, ZeroDivision zeroDivision = ZeroDivision.Warn) =>
        Averaged(yTrue, yPred, average, zeroDivision, Scoring.WarnFor.Precision).Precision[0];

    /// <summary>Recall, averaged as <paramref name="average"/> says (<c>recall_score</c>). Introduced in notebook 18_multilabel.</summary>
    public static double Recall(Tensor yTrue, Tensor yPred, MultilabelAverage average, ZeroDivision zeroDivision = ZeroDivision.Warn) =>
        Averaged(yTrue, yPred, average, zeroDivision, Scoring.WarnFor.Recall).Recall[0];

    /// <summary>F1, averaged as <paramref name="average"/> says (<c>f1_score</c>). Introduced in notebook 18_multilabel.</summary>
    public static double F1Score(Tensor yTrue, Tensor yPred, MultilabelAverage average, ZeroDivision zeroDivision = ZeroDivision.Warn) =>
        Averaged(yTrue, yPred, average, zeroDivision, Scoring.WarnFor.FScore).F1Score[0];

    /// <summary>
    /// Precision, recall, F1 and support of every label (<c>precision_recall_fscore_support(average=None)</c>). Introduced in notebook 18_multilabel.
    /// </summary>
    public static PerLabelScores ScoresPerLabel(Tensor yTrue, Tensor yPred, ZeroDivision zeroDivision = ZeroDivision.Warn)
    {
        var r = Run(yTrue, yPred, null, zeroDivision, Scoring.WarnFor.All);
        return new PerLabelScores(r.Precision, r.Recall, r.F1Score, r.Support!);
    }

    /// <summary>
    /// One 2 × 2 confusion matrix per label, as an int64 tensor [K, 2, 2] laid out like scikit-learn's
    /// <c>multilabel_confusion_matrix</c>: [[TN, FP], [FN, TP]] — row 0 the samples without the label, row 1 those with
    /// it; column 0 predicted without, column 1 predicted with. Introduced in notebook 18_multilabel.
    /// </summary>
    public static Tensor MultilabelConfusionMatrix(Tensor yTrue, Tensor yPred)
    {
        var (t, p) = LabelMatrix.ReadPair(yTrue, yPred);
        return tensor(MultilabelScoring.ConfusionMatrices(t, p));
    }

    /// <summary>
    /// The ROC AUC of each label's scores against its column of <paramref name="yTrue"/>
    /// (<c>roc_auc_score(average=None)</c>): how well each label's score ranks the samples that have it above those
    /// that have not, whatever the threshold. Introduced in notebook 18_multilabel.
    /// </summary>
    /// <param name="yTrue">The 0/1 label matrix [N, K].</param>
    /// <param name="yScore">One score per label per sample [N, K]: probabilities or logits.</param>
    /// <exception cref="ArgumentException">The shapes differ, a score is not finite, or a label has only one class in <paramref name="yTrue"/> (no sample has it, or every sample does): its AUC is not defined, as in scikit-learn.</exception>
    public static double[] RocAucPerLabel(Tensor yTrue, Tensor yScore)
    {
        var t = LabelMatrix.Read(yTrue, nameof(yTrue));
        var s = LabelMatrix.ReadScores(yScore, nameof(yScore));
        LabelMatrix.CheckSameShape(t, s, nameof(yScore));
        int n = t.GetLength(0), k = t.GetLength(1);
        var result = new double[k];
        for (int j = 0; j < k; j++)
        {
            var column = Enumerable.Range(0, n).Select(i => t[i, j]).ToArray();
            long positives = column.Sum();
            if (positives == 0 || positives == n)
                throw new ArgumentException(
                    $"Only one class present in y_true for label {j} ({(positives == 0 ? "no sample has it" : "every sample has it")}). " +
                    "ROC AUC score is not defined in that case: it needs samples with and without the label.", nameof(yTrue));
            // A float32 score matrix stays float32 in NumPy: compare the scores at the precision they were made in.
            result[j] = yScore.dtype == ScalarType.Float32
                ? RankingMetrics.RocAucScore(column, Enumerable.Range(0, n).Select(i => (double)(float)s[i, j]).ToArray(), singlePrecision: true)
                : RankingMetrics.RocAucScore(column, Enumerable.Range(0, n).Select(i => s[i, j]).ToArray());
        }
        return result;
    }

    /// <summary>
    /// scikit-learn's <c>classification_report</c> for label matrices: precision, recall, F1 and support of each label,
    /// then the micro, macro, weighted and samples averages. Print it (<c>ToString()</c>, scikit-learn's text) or
    /// turn it into a table (<see cref="Metrics.ClassificationReport.ToDataFrame"/>). Introduced in notebook 18_multilabel.
    /// </summary>
    /// <param name="yTrue">The 0/1 label matrix [N, K].</param>
    /// <param name="yPred">The predicted 0/1 matrix [N, K].</param>
    /// <param name="labelNames">A name per label, in column order; "0", "1", … when omitted.</param>
    /// <param name="digits">Decimal places in the text (0 to 100).</param>
    /// <param name="zeroDivision">The value of a score whose denominator is zero.</param>
    public static ClassificationReport ClassificationReport(Tensor yTrue, Tensor yPred, IReadOnlyList<string>? labelNames = null,
        int digits = 2, ZeroDivision zeroDivision = ZeroDivision.Warn)
    {
        var warnings = new List<string>();
        var report = BuildReport(yTrue, yPred, labelNames, digits, zeroDivision, warnings);
        MultilabelWarning.Show(warnings);
        return report;
    }

    /// <summary>The report, with the warnings scikit-learn would raise collected instead of shown.</summary>
    internal static ClassificationReport BuildReport(Tensor yTrue, Tensor yPred, IReadOnlyList<string>? labelNames, int digits,
        ZeroDivision zeroDivision, List<string> warnings)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(digits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 100);
        Guards.Defined(zeroDivision);
        var (t, p) = LabelMatrix.ReadPair(yTrue, yPred);
        int k = t.GetLength(1);
        if (labelNames is not null)
        {
            Guards.NoNulls(labelNames, nameof(labelNames));
            if (labelNames.Count != k)
                throw new ArgumentException($"labelNames has {labelNames.Count} names but the matrices have {k} labels (columns); give one name per column.", nameof(labelNames));
        }
        var names = labelNames ?? Enumerable.Range(0, k).Select(j => j.ToString(CultureInfo.InvariantCulture)).ToArray();

        var perLabel = MultilabelScoring.Compute(t, p, null, zeroDivision, Scoring.WarnFor.All, warnings);
        long total = perLabel.Support!.Sum();
        var rows = names.Select((name, j) => new ReportRow(name, perLabel.Precision[j], perLabel.Recall[j], perLabel.F1Score[j], perLabel.Support![j])).ToArray();
        var summary = new List<ReportRow>();
        foreach (var (average, name) in new[] { (MultilabelAverage.Micro, "micro avg"), (MultilabelAverage.Macro, "macro avg"),
                     (MultilabelAverage.Weighted, "weighted avg"), (MultilabelAverage.Samples, "samples avg") })
        {
            var s = MultilabelScoring.Compute(t, p, average, zeroDivision, Scoring.WarnFor.All, warnings);
            summary.Add(new ReportRow(name, s.Precision[0], s.Recall[0], s.F1Score[0], total));
        }
        return new ClassificationReport(rows, summary, digits);
    }

    /// <summary>One averaged computation, with the warnings collected instead of shown.</summary>
    internal static MultilabelScoring.Result Run(Tensor yTrue, Tensor yPred, MultilabelAverage? average, ZeroDivision zeroDivision,
        Scoring.WarnFor warnFor, List<string>? warnings = null)
    {
        if (average is { } a) Guards.Defined(a, nameof(average));
        Guards.Defined(zeroDivision);
        var (t, p) = LabelMatrix.ReadPair(yTrue, yPred);
        var collected = warnings ?? [];
        var result = MultilabelScoring.Compute(t, p, average, zeroDivision, warnFor, collected);
        if (warnings is null) MultilabelWarning.Show(collected);
        return result;
    }

    private static MultilabelScoring.Result Averaged(Tensor yTrue, Tensor yPred, MultilabelAverage average, ZeroDivision zeroDivision,
        Scoring.WarnFor warnFor) => Run(yTrue, yPred, average, zeroDivision, warnFor);
}

/// <summary>
/// scikit-learn's UndefinedMetricWarning for the multi-label metrics, on standard error; like Python's default warning
/// filter, each distinct message once per process, so that a loop over thresholds does not flood the output.
/// </summary>
internal static class MultilabelWarning
{
    private static readonly ConcurrentDictionary<string, bool> Shown = new();

    public static void Show(IEnumerable<string> messages)
    {
        foreach (var message in messages)
            if (Shown.TryAdd(message, true))
                Console.Error.WriteLine($"UndefinedMetricWarning: {message}");
    }
}
