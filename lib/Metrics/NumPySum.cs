namespace CourseLib.Metrics;

/// <summary>
/// Sums and averages in the order NumPy computes them (pairwise summation in blocks of eight), so the
/// averaged scores equal scikit-learn's to the last bit, not only to rounding.
/// </summary>
internal static class NumPySum
{
    private const int BlockSize = 128;

    /// <summary><c>np.sum</c> of a float64 vector.</summary>
    public static double Sum(ReadOnlySpan<double> a)
    {
        if (a.Length < 8)
        {
            double sum = 0.0;
            foreach (double x in a) sum += x;
            return sum;
        }
        if (a.Length <= BlockSize)
        {
            Span<double> r = stackalloc double[8];
            a[..8].CopyTo(r);
            int i = 8;
            for (; i < a.Length - a.Length % 8; i += 8)
                for (int j = 0; j < 8; j++) r[j] += a[i + j];
            double sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < a.Length; i++) sum += a[i];
            return sum;
        }
        int half = a.Length / 2;
        half -= half % 8;
        return Sum(a[..half]) + Sum(a[half..]);
    }

    /// <summary><c>np.average(a)</c>: the mean.</summary>
    public static double Mean(ReadOnlySpan<double> a) => Sum(a) / a.Length;

    /// <summary><c>np.average(a, weights=w)</c>: <c>sum(a * w) / sum(w)</c>.</summary>
    public static double WeightedMean(ReadOnlySpan<double> a, ReadOnlySpan<long> weights)
    {
        var products = new double[a.Length];
        long total = 0;
        for (int i = 0; i < a.Length; i++)
        {
            products[i] = a[i] * weights[i];
            total += weights[i];
        }
        return Sum(products) / total;
    }
}
