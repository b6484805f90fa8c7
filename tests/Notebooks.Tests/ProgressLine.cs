namespace Notebooks.Tests;

/// <summary>
/// One progress line of a classification loop that prints train and test metrics, e.g.
/// <c>Epoch: 0 | Loss: 0.69532, Accuracy: 37.38% | Test loss: 0.69446, Test acc: 49.50%</c>, read back with its
/// numbers as printed (decimal). Unlike <see cref="TrainingLog.LineFor"/>, which expects one line per epoch,
/// it keeps apart the runs of a notebook that trains several models (see <see cref="Runs"/>).
/// The lines are found and read by <see cref="TrainingLog.Lines"/>; comparison with the original's lines is
/// <see cref="TrainingLog.AssertMatches"/> on <see cref="Text"/>.
/// </summary>
public sealed record ProgressLine(string Text, int Epoch, decimal Loss, decimal Accuracy, decimal TestLoss, decimal TestAccuracy)
{
    /// <summary>One unit in the fifth decimal, the last printed digit of a loss.</summary>
    public const decimal LastLossDigit = 0.00001m;

    // The labels of a classification line, in order; the chapter prints "Acc" or "Accuracy", "Test loss" or "Test Loss".
    private static readonly string[] ClassificationLabels = ["loss", "acc", "test loss", "test acc"];

    /// <summary>
    /// Every classification progress line in the printed output (lines with other metrics, such as a regression's
    /// <c>Train loss</c>, are left out), grouped into runs: a line for epoch 0 starts a new run, so a notebook that
    /// trains two models gives two runs, in the order they were printed.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<ProgressLine>> Runs(string output)
    {
        var runs = new List<List<ProgressLine>>();
        foreach (var (epoch, text, metrics) in TrainingLog.Lines(output))
        {
            if (!IsClassificationLine(metrics)) continue;
            var line = new ProgressLine(text, epoch, metrics[0].Value, metrics[1].Value, metrics[2].Value, metrics[3].Value);
            if (line.Epoch == 0 || runs.Count == 0) runs.Add([]);
            runs[^1].Add(line);
        }
        return runs;
    }

    private static bool IsClassificationLine(IReadOnlyList<TrainingLog.PrintedMetric> metrics) =>
        metrics.Select(m => m.Name.ToLowerInvariant().Replace("accuracy", "acc", StringComparison.Ordinal)).SequenceEqual(ClassificationLabels)
        && metrics[1].IsPercent && metrics[3].IsPercent && !metrics[0].IsPercent && !metrics[2].IsPercent;
}
