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

    /// <summary>The named case, with its label vectors as int64 tensors (disposed with it).</summary>
    public static ReferenceCase Get(string name) => new(Cases.Value.Single(c => (string)c!["name"]! == name)!);

    public static long[] Longs(JsonNode array) => array.AsArray().Select(v => (long)v!).ToArray();
    public static double[] Doubles(JsonNode array) => array.AsArray().Select(v => (double)v!).ToArray();

    public sealed class ReferenceCase(JsonNode json) : IDisposable
    {
        public JsonNode Json { get; } = json;
        public Tensor YTrue { get; } = tensor(Longs(json["y_true"]!));
        public Tensor YPred { get; } = tensor(Longs(json["y_pred"]!));
        public int? NumClasses { get; } = (int?)json["num_classes"];

        public void Dispose()
        {
            YTrue.Dispose();
            YPred.Dispose();
        }
    }

    public static Average ParseAverage(string average) => Enum.Parse<Average>(average, ignoreCase: true);

    public static ZeroDivision ParseZeroDivision(string zeroDivision) => zeroDivision switch
    {
        "warn" => ZeroDivision.Warn,
        "0" => ZeroDivision.Zero,
        "1" => ZeroDivision.One,
        _ => throw new ArgumentException(zeroDivision),
    };
}
