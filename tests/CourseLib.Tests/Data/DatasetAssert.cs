using CourseLib.Data;

namespace CourseLib.Tests.Data;

/// <summary>Comparisons of a generated dataset with a reference file.</summary>
internal static class DatasetAssert
{
    /// <summary>Equal labels and features equal after the cast to float32 (what the course trains on).</summary>
    public static void EqualAtFloat32(string file, LabelledData actual)
    {
        var (x, y) = ReferenceCsv.LabelledData(file);
        Assert.Equal(y, actual.Y);
        Assert.Equal(Shape(x), Shape(actual.X));
        Assert.Equal(Floats(x), Floats(actual.X));
    }

    /// <summary>Equal labels and features equal bit for bit in float64.</summary>
    public static void BitExact(string file, LabelledData actual)
    {
        var (x, y) = ReferenceCsv.LabelledData(file);
        Assert.Equal(y, actual.Y);
        Assert.Equal(Shape(x), Shape(actual.X));
        Assert.Equal(Bits(x), Bits(actual.X));
    }

    private static (int, int) Shape(double[,] x) => (x.GetLength(0), x.GetLength(1));

    private static float[] Floats(double[,] x) => x.Cast<double>().Select(v => (float)v).ToArray();

    private static long[] Bits(double[,] x) => x.Cast<double>().Select(BitConverter.DoubleToInt64Bits).ToArray();
}
