using System.Globalization;

namespace CourseLib.Tests.Data;

/// <summary>Reads the reference CSVs that the test project copies from data/reference (see data/README.md).</summary>
internal static class ReferenceCsv
{
    private static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "data", "reference", file);

    /// <summary>The data rows (header skipped), split on commas.</summary>
    public static IReadOnlyList<string[]> Rows(string file) =>
        File.ReadLines(PathOf(file)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();

    public static double Double(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static long Long(string text) => long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);

    /// <summary>A generator file (columns x0..xk, label) as features and labels.</summary>
    public static (double[,] X, long[] Y) LabelledData(string file)
    {
        var rows = Rows(file);
        int features = rows.Count == 0 ? 0 : rows[0].Length - 1;
        var x = new double[rows.Count, features];
        var y = new long[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            for (int j = 0; j < features; j++) x[i, j] = Double(rows[i][j]);
            y[i] = Long(rows[i][features]);
        }
        return (x, y);
    }

    /// <summary>The values of one case of a file with columns case,i,value (or call,i,value), as text in order.</summary>
    public static string[] Values(string file, string @case) =>
        Rows(file).Where(r => r[0] == @case).OrderBy(r => int.Parse(r[1], CultureInfo.InvariantCulture)).Select(r => r[2]).ToArray();

    /// <summary>The train and test indices of a split file (columns set,index or case,set,index).</summary>
    public static (long[] Train, long[] Test) Split(string file, string? @case = null)
    {
        var rows = Rows(file).Where(r => @case is null || r[0] == @case).Select(r => r[^2..]).ToList();
        return (rows.Where(r => r[0] == "train").Select(r => Long(r[1])).ToArray(),
                rows.Where(r => r[0] == "test").Select(r => Long(r[1])).ToArray());
    }
}
