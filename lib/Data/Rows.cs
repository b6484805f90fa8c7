namespace CourseLib.Data;

/// <summary>Row selection for arrays, the <c>a[indices]</c> of NumPy along the first axis.</summary>
internal static class Rows
{
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
