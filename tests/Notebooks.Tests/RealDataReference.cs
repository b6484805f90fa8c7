using System.Text.Json.Nodes;

namespace Notebooks.Tests;

/// <summary>
/// What notebooks 13_diagnosis and 14_digits print when the same steps run in PyTorch 1.13 and scikit-learn 1.2.1:
/// data/reference/real_data_notebooks.json, written by data/reference/make_real_data_references.py.
/// </summary>
public static class RealDataReference
{
    private static readonly Lazy<JsonObject> Json = new(() => JsonNode.Parse(File.ReadAllText(Path.Combine(
        Path.GetDirectoryName(CourseNotebooks.Options.NotebooksRoot)!, "data", "reference", "real_data_notebooks.json")))!.AsObject());

    /// <summary>The printed lines of one notebook (its file name without .ipynb), in the order they are printed.</summary>
    public static IReadOnlyList<string> Lines(string notebook) =>
        Json.Value[notebook]!.AsArray().Select(l => (string)l!).ToArray();

    /// <summary>Asserts that <paramref name="output"/> has every line of <paramref name="expected"/>, each as a whole line, in this order.</summary>
    public static void AssertPrintsInOrder(IReadOnlyList<string> expected, string output)
    {
        var printed = output.Split('\n');
        int at = 0;
        foreach (var line in expected)
        {
            int found = Array.FindIndex(printed, at, l => l.TrimEnd() == line.TrimEnd());
            Assert.True(found >= 0, $"Python printed \"{line}\"; the notebook does not print it (after line {at} of its output).");
            at = found + 1;
        }
    }
}
