namespace CourseLib.Data;

/// <summary>Row selection for arrays, the <c>a[indices]</c> of NumPy along the first axis.</summary>
internal static class Rows
{
    /// <summary>Throws unless every one of <paramref name="rows"/> is a row of an array of <paramref name="count"/> rows.</summary>
    public static void Check(IReadOnlyList<long> rows, int count, string name)
    {
        ArgumentNullException.ThrowIfNull(rows, name);
        for (int i = 0; i < rows.Count; i++)
            if (rows[i] < 0 || rows[i] >= count)
                throw new ArgumentOutOfRangeException(name, rows[i],
                    $"{name}[{i}] is {rows[i]}, but the rows run from 0 to {count - 1} ({count} samples); negative indices do not count from the end here.");
    }

    public static T[] Take<T>(T[] source, IReadOnlyList<long> rows)
    {
        var result = new T[rows.Count];
        for (int i = 0; i < result.Length; i++) result[i] = source[rows[i]];
        return result;
    }

    public static T[,] Take<T>(T[,] source, IReadOnlyList<long> rows)
    {
        int columns = source.GetLength(1);
        var result = new T[rows.Count, columns];
        for (int i = 0; i < rows.Count; i++)
            for (int j = 0; j < columns; j++)
                result[i, j] = source[rows[i], j];
        return result;
    }
}
