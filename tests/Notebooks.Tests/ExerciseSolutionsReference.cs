using System.Text.Json.Nodes;

namespace Notebooks.Tests;

/// <summary>
/// What 09_solutions prints when the same steps run in PyTorch 1.13: data/reference/exercise_solutions.json, written by
/// data/reference/make_exercise_references.py (the untrained models' first test predictions, every 100th epoch's line).
/// </summary>
public static class ExerciseSolutionsReference
{
    private static readonly Lazy<JsonObject> Json = new(() => JsonNode.Parse(File.ReadAllText(Path.Combine(
        Path.GetDirectoryName(CourseNotebooks.Options.NotebooksRoot)!, "data", "reference", "exercise_solutions.json")))!.AsObject());

    /// <summary>One of the exercise's ("moons", "spirals") numbers, e.g. "untrained_logits", flattened row by row.</summary>
    public static double[] Numbers(string exercise, string name) =>
        Json.Value[exercise]![name]!.AsArray().Select(v => (double)v!).ToArray();

    /// <summary>The progress line PyTorch printed for <paramref name="epoch"/> (0, 100, …, 900).</summary>
    public static string EpochLine(string exercise, int epoch) => (string)Json.Value[exercise]!["epochs"]![epoch / 100]!;
}
