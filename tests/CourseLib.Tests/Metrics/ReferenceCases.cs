using System.Text.Json.Nodes;
using CourseLib.Metrics;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Tests.Metrics;

/// <summary>
/// The cases in data/reference/metrics_cases.json: label vectors and what scikit-learn 1.2.1 computed for
/// them (made by data/reference/make_metrics_cases.py).
/// </summary>
internal static class ReferenceCases
{
    private static readonly Lazy<JsonArray> Cases = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "reference", "metrics_cases.json");
        return JsonNode.Parse(File.ReadAllText(path))!["cases"]!.AsArray();
    });

    public static IEnumerable<object[]> Names => Cases.Value.Select(c => new object[] { (string)c!["name"]! });

    public static JsonNode Get(string name) => Cases.Value.Single(c => (string)c!["name"]! == name)!;

    public static Tensor YTrue(JsonNode c) => tensor(Longs(c["y_true"]!));
    public static Tensor YPred(JsonNode c) => tensor(Longs(c["y_pred"]!));
    public static int? NumClasses(JsonNode c) => (int?)c["num_classes"];

    public static long[] Longs(JsonNode array) => array.AsArray().Select(v => (long)v!).ToArray();
    public static double[] Doubles(JsonNode array) => array.AsArray().Select(v => (double)v!).ToArray();

    public static Average ParseAverage(string average) => Enum.Parse<Average>(average, ignoreCase: true);

    public static ZeroDivision ParseZeroDivision(string zeroDivision) => zeroDivision switch
    {
        "warn" => ZeroDivision.Warn,
        "0" => ZeroDivision.Zero,
        "1" => ZeroDivision.One,
        _ => throw new ArgumentException(zeroDivision),
    };
}
