using System.Globalization;
using static TorchSharp.torch;

namespace CourseLib.Tests.Training;

/// <summary>
/// The course's circles, split as <c>train_test_split(X, y, test_size=0.2, random_state=42)</c> splits them,
/// as float32 tensors (<c>torch.from_numpy(X).type(torch.float)</c>).
/// </summary>
internal sealed record CirclesData(Tensor XTrain, Tensor YTrain, Tensor XTest, Tensor YTest)
{
    public static CirclesData Load()
    {
        var dataDir = Path.Combine(AppContext.BaseDirectory, "data");
        var rows = File.ReadLines(Path.Combine(dataDir, "reference", "circles_n1000_noise0.03_rs42.csv")).Skip(1)
            .Select(line => line.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
        var split = File.ReadLines(Path.Combine(dataDir, "reference", "split_n1000_test0.2_rs42.csv")).Skip(1)
            .Select(line => line.Split(','))
            .ToLookup(parts => parts[0], parts => int.Parse(parts[1], CultureInfo.InvariantCulture));

        return new CirclesData(Features(rows, split["train"]), Labels(rows, split["train"]),
            Features(rows, split["test"]), Labels(rows, split["test"]));
    }

    private static Tensor Features(double[][] rows, IEnumerable<int> indices)
    {
        var picked = indices.ToArray();
        var values = picked.SelectMany(i => new[] { (float)rows[i][0], (float)rows[i][1] }).ToArray();
        return tensor(values, [picked.Length, 2]);
    }

    private static Tensor Labels(double[][] rows, IEnumerable<int> indices) =>
        tensor(indices.Select(i => (float)rows[i][2]).ToArray());
}
