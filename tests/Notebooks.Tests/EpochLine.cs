using System.Globalization;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>
/// One progress line of a training loop as the course prints it, in any of the original chapter's formats, e.g.
/// <c>Epoch: 0 | Loss: 1.04324, Acc: 65.50% | Test Loss: 0.57861, Test Acc: 95.50%</c> or
/// <c>Epoch: 0 | Train loss: 0.75986, Test loss: 0.54143</c>: the epoch, then labelled values in the order printed.
/// </summary>
public sealed record EpochLine(int Epoch, IReadOnlyList<(string Label, string Value)> Values)
{
    private static readonly Regex Line = new(@"^Epoch: (?<epoch>\d+) \| (?<rest>.+)$", RegexOptions.Multiline);
    private static readonly Regex Pair = new(@"(?<label>[A-Za-z][A-Za-z ]*): (?<value>-?\d+(?:\.\d+)?%?)");

    /// <summary>The labels in the order printed, e.g. <c>Loss, Acc, Test Loss, Test Acc</c>; tells the loops of one notebook apart.</summary>
    public string Format => string.Join(", ", Values.Select(v => v.Label));

    /// <summary>The value printed after <paramref name="label"/>, as printed (e.g. <c>"95.50%"</c>).</summary>
    public string this[string label] =>
        Values.FirstOrDefault(v => v.Label == label).Value
        ?? throw new KeyNotFoundException($"no '{label}' in epoch {Epoch}'s line ({Format})");

    /// <summary>Every progress line in <paramref name="output"/>, in order.</summary>
    public static IReadOnlyList<EpochLine> ParseAll(string output) =>
        Line.Matches(output.ReplaceLineEndings("\n")).Select(FromMatch).ToList();

    /// <summary>One line, which must be a progress line.</summary>
    public static EpochLine Parse(string line)
    {
        var match = Line.Match(line.Trim());
        Assert.True(match.Success, $"not a progress line: {line}");
        return FromMatch(match);
    }

    /// <summary>
    /// Asserts that <paramref name="output"/> has exactly one line for the epoch of <paramref name="reference"/>, in
    /// the same format, with the same values: percentages (accuracies) exactly as printed, other numbers (losses)
    /// equal to the reference's decimals within one unit in the last digit.
    /// </summary>
    public static void AssertReproduces(string reference, string output)
    {
        var expected = Parse(reference);
        var candidates = ParseAll(output).Where(l => l.Epoch == expected.Epoch && l.Format == expected.Format).ToList();
        Assert.True(candidates.Count == 1,
            $"expected one line for epoch {expected.Epoch} formatted as '{expected.Format}', found {candidates.Count} among:\n" +
            string.Join("\n", ParseAll(output).Select(l => $"  Epoch {l.Epoch}: {l.Format}")));
        var actual = candidates[0];
        foreach (var (label, value) in expected.Values)
        {
            string printed = actual[label];
            if (value.EndsWith('%'))
                Assert.True(value == printed, $"epoch {expected.Epoch}, {label}: expected {value}, printed {printed}");
            else
                AssertWithinLastDigit(value, printed, $"epoch {expected.Epoch}, {label}");
        }
    }

    /// <summary><paramref name="printed"/> is <paramref name="expected"/> ± 1 in the last decimal of <paramref name="expected"/>, and printed with as many decimals.</summary>
    public static void AssertWithinLastDigit(string expected, string printed, string what)
    {
        int decimals = Decimals(expected);
        Assert.True(Decimals(printed) == decimals, $"{what}: expected {decimals} decimals like {expected}, printed {printed}");
        decimal difference = Math.Abs(decimal.Parse(expected, CultureInfo.InvariantCulture) - decimal.Parse(printed, CultureInfo.InvariantCulture));
        decimal unit = 1m / (decimal)Math.Pow(10, decimals);
        Assert.True(difference <= unit, $"{what}: expected {expected} (±{unit}), printed {printed}");
    }

    private static int Decimals(string number) => number.Contains('.') ? number.Length - number.IndexOf('.') - 1 : 0;

    private static EpochLine FromMatch(Match match) => new(
        int.Parse(match.Groups["epoch"].Value, CultureInfo.InvariantCulture),
        Pair.Matches(match.Groups["rest"].Value).Select(p => (p.Groups["label"].Value.Trim(), p.Groups["value"].Value)).ToList());
}
