using System.Globalization;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>
/// One progress line of a classification loop that prints train and test metrics, e.g.
/// <c>Epoch: 0 | Loss: 0.69532, Accuracy: 37.38% | Test loss: 0.69446, Test acc: 49.50%</c>, read back with its
/// numbers as printed (decimal). Unlike <see cref="TrainingLog.LineFor"/>, which expects one line per epoch,
/// it keeps apart the runs of a notebook that trains several models (see <see cref="Runs"/>).
/// Comparison with the original's lines is <see cref="TrainingLog.AssertMatches"/> on <see cref="Text"/>.
/// </summary>
public sealed partial record ProgressLine(string Text, int Epoch, decimal Loss, decimal Accuracy, decimal TestLoss, decimal TestAccuracy)
{
    /// <summary>One unit in the fifth decimal, the last printed digit of a loss.</summary>
    public const decimal LastLossDigit = 0.00001m;

    [GeneratedRegex(@"^Epoch: (?<epoch>\d+) \| Loss: (?<loss>\d+\.\d+), Acc(uracy)?: (?<acc>\d+\.\d+)% \| Test [Ll]oss: (?<testLoss>\d+\.\d+), Test [Aa]cc(uracy)?: (?<testAcc>\d+\.\d+)%[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex Pattern();

    /// <summary>
    /// Every progress line in the printed output, grouped into runs: a line for epoch 0 starts a new run,
    /// so a notebook that trains two models gives two runs, in the order they were printed.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<ProgressLine>> Runs(string output)
    {
        var runs = new List<List<ProgressLine>>();
        foreach (Match m in Pattern().Matches(output.ReplaceLineEndings("\n")))
        {
            var line = new ProgressLine(m.Value.TrimEnd(), int.Parse(m.Groups["epoch"].Value, CultureInfo.InvariantCulture),
                Number(m, "loss"), Number(m, "acc"), Number(m, "testLoss"), Number(m, "testAcc"));
            if (line.Epoch == 0 || runs.Count == 0) runs.Add([]);
            runs[^1].Add(line);
        }
        return runs;
    }

    private static decimal Number(Match m, string group) => decimal.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
}
