using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;

namespace CourseLib.Metrics;

/// <summary>
/// scikit-learn's <c>classification_report</c>: one row per class, then the summary
/// lines. <see cref="ToString"/> gives the same text scikit-learn prints; <see cref="ToDataFrame"/> the
/// same numbers as a table. Create one with <see cref="ClassificationMetrics.ClassificationReport"/>. Introduced in notebook 07_metrics.
/// </summary>
public sealed class ClassificationReport
{
    private const string AccuracyName = "accuracy";
    private static readonly string[] Headers = ["precision", "recall", "f1-score", "support"];

    internal ClassificationReport(IReadOnlyList<ReportRow> classes, IReadOnlyList<ReportRow> summary, int digits)
    {
        Classes = classes;
        Summary = summary;
        Digits = digits;
    }

    /// <summary>One row per class, in class order.</summary>
    internal IReadOnlyList<ReportRow> Classes { get; }

    /// <summary>
    /// <c>accuracy</c> (or <c>micro avg</c> when classes that never occur were scored, as scikit-learn
    /// does), <c>macro avg</c> and <c>weighted avg</c>.
    /// </summary>
    internal IReadOnlyList<ReportRow> Summary { get; }

    /// <summary>Every row: the classes, then the summary.</summary>
    internal IEnumerable<ReportRow> Rows => Classes.Concat(Summary);

    /// <summary>Decimal places in <see cref="ToString"/>.</summary>
    internal int Digits { get; }

    internal static ClassificationReport Create(LabelPair pair, IReadOnlyList<string>? targetNames, int digits, ZeroDivision zeroDivision)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(digits);
        // .NET formats at most 999,999,999 decimals and the text grows with them: 100 is far beyond a double's 17 digits.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 100);
        if (targetNames is not null) Guards.NoNulls(targetNames, nameof(targetNames));
        long[] labels = pair.Classes;
        if (targetNames is not null && targetNames.Count != labels.Length)
            throw new ArgumentException(
                $"targetNames has {targetNames.Count} names but {labels.Length} classes are scored ({string.Join(", ", labels)}); " +
                "give one name per class, in class order (or set numClasses).", nameof(targetNames));
        var names = targetNames ?? labels.Select(l => l.ToString(CultureInfo.InvariantCulture)).ToArray();

        var perClass = Scoring.Compute(pair, Average.None, zeroDivision, Scoring.WarnFor.All);
        long[] support = perClass.Support!;
        long total = support.Sum();
        var classes = labels.Select((_, i) =>
            new ReportRow(names[i], perClass.Precision[i], perClass.Recall[i], perClass.F1Score[i], support[i])).ToArray();

        var summary = new List<ReportRow>();
        foreach (var (average, name) in new[] { (Average.Micro, "micro avg"), (Average.Macro, "macro avg"), (Average.Weighted, "weighted avg") })
        {
            var s = Scoring.Compute(pair, average, zeroDivision, Scoring.WarnFor.All);
            summary.Add(average == Average.Micro && pair.ClassesArePresent
                ? new ReportRow(AccuracyName, null, null, s.F1Score[0], total)
                : new ReportRow(name, s.Precision[0], s.Recall[0], s.F1Score[0], total));
        }
        return new ClassificationReport(classes, summary, digits);
    }

    /// <summary>
    /// The report as a table with columns <c>class</c>, <c>precision</c>, <c>recall</c>, <c>f1-score</c>
    /// and <c>support</c>; on the accuracy row only <c>f1-score</c> (the accuracy) and <c>support</c> are set. Introduced in notebook 07_metrics.
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var rows = Rows.ToList();
        return new DataFrame(
            new StringDataFrameColumn("class", rows.Select(r => r.Name)),
            new DoubleDataFrameColumn(Headers[0], rows.Select(r => r.Precision)),
            new DoubleDataFrameColumn(Headers[1], rows.Select(r => r.Recall)),
            new DoubleDataFrameColumn(Headers[2], rows.Select(r => (double?)r.F1Score)),
            new Int64DataFrameColumn(Headers[3], rows.Select(r => (long?)r.Support)));
    }

    /// <summary>The report as scikit-learn prints it, with the decimal places asked for (<c>digits</c>). Introduced in notebook 07_metrics.</summary>
    public override string ToString()
    {
        int width = Math.Max(Math.Max(Classes.Max(r => r.Name.Length), "weighted avg".Length), Digits);
        var text = new StringBuilder();
        text.Append(new string(' ', width)).Append(' ');
        foreach (var header in Headers) text.Append(' ').Append(header.PadLeft(9));
        text.Append("\n\n");
        foreach (var row in Classes) AppendRow(text, row, width);
        text.Append('\n');
        foreach (var row in Summary) AppendRow(text, row, width);
        return text.ToString();
    }

    private void AppendRow(StringBuilder text, ReportRow row, int width)
    {
        text.Append(row.Name.PadLeft(width)).Append(' ');
        text.Append(' ').Append(Format(row.Precision));
        text.Append(' ').Append(Format(row.Recall));
        text.Append(' ').Append(Format(row.F1Score));
        text.Append(' ').Append(row.Support.ToString(CultureInfo.InvariantCulture).PadLeft(9)).Append('\n');
    }

    // Python's format(x, ".2f") and .NET's "F2" both round the exact binary value half-to-even.
    private string Format(double? value) =>
        (value?.ToString("F" + Digits, CultureInfo.InvariantCulture) ?? "").PadLeft(9);
}

/// <summary>
/// One line of a <see cref="ClassificationReport"/>: a class, or one of the summary lines
/// <c>accuracy</c> (which has only an F1-column value, the accuracy), <c>micro avg</c>, <c>macro avg</c>
/// and <c>weighted avg</c>.
/// </summary>
/// <param name="Name">The class's name (its label, or its target name), or the summary line's name.</param>
/// <param name="Precision">Precision; null on the accuracy line.</param>
/// <param name="Recall">Recall; null on the accuracy line.</param>
/// <param name="F1Score">F1 score; on the accuracy line, the accuracy.</param>
/// <param name="Support">The number of true samples of the class; on summary lines, of all scored classes.</param>
internal sealed record ReportRow(string Name, double? Precision, double? Recall, double F1Score, long Support)
{
    /// <summary>The class's name (its label, or its target name), or the summary line's name.</summary>
    public string Name { get; init; } = Name ?? throw new ArgumentNullException(nameof(Name));
}
