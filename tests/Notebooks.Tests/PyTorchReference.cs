using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>
/// What a notebook prints when PyTorch 1.13 runs the same steps, for notebooks that train long enough for the order of
/// floating-point sums to show: Debian's PyTorch sums with a generic BLAS, TorchSharp's libtorch with MKL, and over
/// hundreds of steps the losses drift apart in the 4th or 5th decimal. So the lines are compared number by number:
/// the words must be the same, whole numbers equal, decimals within <see cref="RelativeTolerance"/>. The files are
/// data/reference/*_notebook.json, each written by the make_*_references.py script beside it.
/// (13_diagnosis and 14_digits agree to every printed digit and are compared exactly: <see cref="RealDataReference"/>.)
/// </summary>
public static partial class PyTorchReference
{
    /// <summary>Decimals may differ by this fraction of the larger of 1 and the reference's value.</summary>
    public const double RelativeTolerance = 2e-3;

    /// <summary>The printed lines of <paramref name="notebook"/> (file name without .ipynb) in data/reference/<paramref name="file"/>.</summary>
    public static IReadOnlyList<string> Lines(string file, string notebook)
    {
        var path = Path.Combine(Path.GetDirectoryName(CourseNotebooks.Options.NotebooksRoot)!, "data", "reference", file);
        return JsonNode.Parse(File.ReadAllText(path))![notebook]!.AsArray().Select(l => (string)l!).ToArray();
    }

    /// <summary>
    /// Asserts that <paramref name="output"/> prints a line for every line of <paramref name="expected"/>, in order, with
    /// the same words and numbers that agree. A number right after one of <paramref name="uncomparedAfter"/> (e.g. the
    /// epoch of a flat minimum, which a drift in the 5th decimal can move) is not compared.
    /// </summary>
    public static void AssertPrintsInOrder(IReadOnlyList<string> expected, string output, params string[] uncomparedAfter)
    {
        var printed = output.Split('\n').Select(l => l.TrimEnd()).ToArray();
        int at = 0;
        foreach (var line in expected.Select(l => l.TrimEnd()))
        {
            int found = Array.FindIndex(printed, at, l => Skeleton(l) == Skeleton(line));
            Assert.True(found >= 0, $"PyTorch printed \"{line}\"; the notebook prints no line like it (after line {at} of its output).");
            AssertNumbersAgree(line, printed[found], uncomparedAfter);
            at = found + 1;
        }
    }

    private static void AssertNumbersAgree(string expected, string actual, string[] uncomparedAfter)
    {
        var want = Number().Matches(expected).ToArray();
        var got = Number().Matches(actual).ToArray();
        for (int i = 0; i < want.Length; i++)
        {
            if (uncomparedAfter.Any(prefix => expected[..want[i].Index].EndsWith(prefix, StringComparison.Ordinal)))
                continue;
            double w = Parse(want[i].Value), g = Parse(got[i].Value);
            bool agree = want[i].Value.Contains('.')
                ? Math.Abs(w - g) <= RelativeTolerance * Math.Max(1, Math.Abs(w))
                : w == g;
            Assert.True(agree, $"PyTorch printed \"{expected}\"; the notebook printed \"{actual}\" ({want[i].Value} against {got[i].Value}).");
        }
    }

    private static string Skeleton(string line) => Number().Replace(line.TrimEnd(), "#");

    private static double Parse(string number) =>
        double.Parse(number, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    // A number as the notebooks print one: an optional sign, digits with or without thousands separators, decimals.
    [GeneratedRegex(@"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")]
    private static partial Regex Number();
}
