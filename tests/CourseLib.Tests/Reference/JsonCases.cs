using System.Text.Json.Nodes;

namespace CourseLib.Tests.Reference;

/// <summary>
/// The cases of one of the JSON files data/reference/make_real_data_cases.py wrote with scikit-learn 1.2.1
/// (ranking_cases.json, scaler_cases.json, stratified_split_cases.json), read from the test output folder.
/// </summary>
internal sealed class JsonCases(string file)
{
    private readonly Lazy<JsonArray> _cases = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "reference", file)))!["cases"]!.AsArray());

    public TheoryData<string> Names() => new(_cases.Value.Select(c => (string)c!["name"]!));

    public JsonNode Get(string name) => _cases.Value.Single(c => (string)c!["name"]! == name)!;

    public static long[] Longs(JsonNode? array) => array!.AsArray().Select(v => (long)v!).ToArray();

    /// <summary>A float array; null stands for NaN (JSON has no NaN).</summary>
    public static double[] Doubles(JsonNode? array) => array!.AsArray().Select(v => v is null ? double.NaN : (double)v).ToArray();

    public static double[,] Matrix(JsonNode? rows)
    {
        var list = rows!.AsArray().Select(Doubles).ToArray();
        var matrix = new double[list.Length, list.Length == 0 ? 0 : list[0].Length];
        for (int i = 0; i < list.Length; i++)
            for (int j = 0; j < list[i].Length; j++) matrix[i, j] = list[i][j];
        return matrix;
    }
}
