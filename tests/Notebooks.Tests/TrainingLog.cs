using System.Globalization;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>
/// The progress lines a training loop prints in the course's format, e.g.
/// <c>Epoch: 100 | Loss: 0.69305, Accuracy: 50.38% | Test loss: 0.69379, Test acc: 48.00%</c>,
/// and how they are compared with the original chapter's: percentages exactly, losses to the printed
/// 5 decimals give or take one in the last digit (TorchSharp matches PyTorch to ~1e-7, which can tip a rounding).
/// </summary>
public static partial class TrainingLog
{
    [GeneratedRegex(@"^Epoch: (?<epoch>\d+) \|.*$", RegexOptions.Multiline)]
    private static partial Regex EpochLine();

    [GeneratedRegex(@"(?<name>[A-Za-z][A-Za-z ]*): (?<value>-?\d+\.\d+)(?<percent>%?)")]
    private static partial Regex Metric();

    /// <summary>The progress line for <paramref name="epoch"/> in <paramref name="output"/>; fails if there is none or several.</summary>
    public static string LineFor(string output, int epoch)
    {
        var lines = EpochLine().Matches(output).Where(m => m.Groups["epoch"].Value == epoch.ToString(CultureInfo.InvariantCulture)).ToList();
        Assert.True(lines.Count == 1, $"expected one progress line for epoch {epoch}, found {lines.Count} in:\n{output}");
        return lines[0].Value.TrimEnd();
    }

    public static void AssertMatches(string expected, string actual)
    {
        var want = Metrics(expected);
        var got = Metrics(actual);
        Assert.True(want.Keys.SequenceEqual(got.Keys), $"different metrics:\n  expected {expected}\n  actual   {actual}");
        foreach (var (name, (value, isPercent)) in want)
        {
            var tolerance = isPercent ? 0 : 1.000001e-5;
            Assert.True(Math.Abs(got[name].Value - value) <= tolerance,
                $"{name} differs:\n  expected {expected}\n  actual   {actual}");
        }
    }

    private static Dictionary<string, (double Value, bool IsPercent)> Metrics(string line) =>
        Metric().Matches(line).ToDictionary(
            m => m.Groups["name"].Value.Trim(),
            m => (double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture), m.Groups["percent"].Value == "%"));
}
