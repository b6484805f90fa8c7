using System.Globalization;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>
/// The progress lines a training loop prints in the course's format, e.g.
/// <c>Epoch: 100 | Loss: 0.69305, Accuracy: 50.38% | Test loss: 0.69379, Test acc: 48.00%</c>,
/// and how they are compared with the original chapter's: percentages exactly, losses to the printed
/// 5 decimals give or take one in the last digit (TorchSharp matches PyTorch to ~1e-7, which can tip a rounding).
/// The one place the tests recognise a progress line and read its numbers; <see cref="ProgressLine"/> builds on it.
/// </summary>
public static partial class TrainingLog
{
    [GeneratedRegex(@"^Epoch: (?<epoch>\d+) \|.*$", RegexOptions.Multiline)]
    private static partial Regex EpochLine();

    [GeneratedRegex(@"(?<name>[A-Za-z][A-Za-z ]*): (?<value>-?\d+\.\d+)(?<percent>%?)")]
    private static partial Regex Metric();

    /// <summary>A metric as printed: its label (<c>Test acc</c>), its value, and whether it was a percentage.</summary>
    public sealed record PrintedMetric(string Name, decimal Value, bool IsPercent);

    /// <summary>Every progress line in <paramref name="output"/>, in order: its epoch, its text (trimmed) and its metrics.</summary>
    public static IEnumerable<(int Epoch, string Text, IReadOnlyList<PrintedMetric> Metrics)> Lines(string output) =>
        EpochLine().Matches(output.ReplaceLineEndings("\n")).Select(m =>
        {
            var text = m.Value.TrimEnd();
            return (int.Parse(m.Groups["epoch"].Value, CultureInfo.InvariantCulture), text, MetricsOf(text));
        });

    /// <summary>The progress line for <paramref name="epoch"/> in <paramref name="output"/>; fails if there is none or several.</summary>
    public static string LineFor(string output, int epoch)
    {
        var lines = Lines(output).Where(l => l.Epoch == epoch).ToList();
        Assert.True(lines.Count == 1, $"expected one progress line for epoch {epoch}, found {lines.Count} in:\n{output}");
        return lines[0].Text;
    }

    public static void AssertMatches(string expected, string actual)
    {
        var want = MetricsOf(expected);
        var got = MetricsOf(actual);
        Assert.True(want.Select(m => m.Name).SequenceEqual(got.Select(m => m.Name)), $"different metrics:\n  expected {expected}\n  actual   {actual}");
        foreach (var (wanted, printed) in want.Zip(got))
        {
            var tolerance = wanted.IsPercent ? 0m : 0.00001m;
            Assert.True(Math.Abs(printed.Value - wanted.Value) <= tolerance,
                $"{wanted.Name} differs:\n  expected {expected}\n  actual   {actual}");
        }
    }

    private static IReadOnlyList<PrintedMetric> MetricsOf(string line) =>
        Metric().Matches(line).Select(m => new PrintedMetric(
            m.Groups["name"].Value.Trim(),
            decimal.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture),
            m.Groups["percent"].Value == "%")).ToList();
}
