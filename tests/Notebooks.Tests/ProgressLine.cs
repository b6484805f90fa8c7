using System.Globalization;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>
/// One progress line of the exercises' training loops, as the original chapter prints it:
/// <c>Epoch: 0 | Loss: 0.69532, Accuracy: 37.38% | Test loss: 0.69446, Test acc: 49.50%</c>.
/// Numbers are kept as printed (decimal), so comparisons are about digits, not binary rounding.
/// </summary>
public sealed record ProgressLine(int Epoch, decimal Loss, decimal Accuracy, decimal TestLoss, decimal TestAccuracy)
{
    /// <summary>One unit in the fifth decimal: the tolerance on a loss printed with <c>:.5f</c>.</summary>
    public const decimal LastLossDigit = 0.00001m;

    private static readonly Regex Pattern = new(
        @"^Epoch: (?<epoch>\d+) \| Loss: (?<loss>\d+\.\d{5}), Accuracy: (?<acc>\d+\.\d{2})% \| Test loss: (?<testLoss>\d+\.\d{5}), Test acc: (?<testAcc>\d+\.\d{2})%$",
        RegexOptions.Multiline);

    /// <summary>Parses one line; fails the test if it is not in the course's format.</summary>
    public static ProgressLine Parse(string line)
    {
        var match = Pattern.Match(line.Trim());
        Assert.True(match.Success, $"not a progress line: '{line}'");
        return From(match);
    }

    /// <summary>
    /// Every progress line in the printed output, grouped into runs: a line for epoch 0 starts a new run,
    /// so a notebook that trains two models gives two runs, in the order they were printed.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<ProgressLine>> Runs(string output)
    {
        var runs = new List<List<ProgressLine>>();
        foreach (Match match in Pattern.Matches(output.ReplaceLineEndings("\n")))
        {
            var line = From(match);
            if (line.Epoch == 0 || runs.Count == 0) runs.Add([]);
            runs[^1].Add(line);
        }
        return runs;
    }

    /// <summary>
    /// Asserts this printed line reproduces <paramref name="expected"/>: the epoch and both accuracies exactly,
    /// the losses to 5 decimals within <paramref name="lossTolerance"/> (one unit in the last digit by default).
    /// </summary>
    public void AssertReproduces(ProgressLine expected, decimal lossTolerance = LastLossDigit, decimal? testLossTolerance = null)
    {
        Assert.Equal(expected.Epoch, Epoch);
        Assert.True(expected.Accuracy == Accuracy && expected.TestAccuracy == TestAccuracy,
            $"epoch {Epoch}: accuracies {Accuracy}% / {TestAccuracy}%, expected {expected.Accuracy}% / {expected.TestAccuracy}%");
        Assert.True(Math.Abs(Loss - expected.Loss) <= lossTolerance,
            $"epoch {Epoch}: loss {Loss}, expected {expected.Loss} ± {lossTolerance}");
        var testTolerance = testLossTolerance ?? lossTolerance;
        Assert.True(Math.Abs(TestLoss - expected.TestLoss) <= testTolerance,
            $"epoch {Epoch}: test loss {TestLoss}, expected {expected.TestLoss} ± {testTolerance}");
    }

    private static ProgressLine From(Match m) => new(
        int.Parse(m.Groups["epoch"].Value, CultureInfo.InvariantCulture),
        decimal.Parse(m.Groups["loss"].Value, CultureInfo.InvariantCulture),
        decimal.Parse(m.Groups["acc"].Value, CultureInfo.InvariantCulture),
        decimal.Parse(m.Groups["testLoss"].Value, CultureInfo.InvariantCulture),
        decimal.Parse(m.Groups["testAcc"].Value, CultureInfo.InvariantCulture));
}
