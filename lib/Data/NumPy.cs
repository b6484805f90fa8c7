namespace CourseLib.Data;

/// <summary>
/// The few NumPy functions the library needs, ported with NumPy's exact floating-point steps (NumPy 1.24, the version
/// the reference data in data/ was made with), so that results equal NumPy's and scikit-learn's to the last bit and
/// not only to rounding: <c>linspace</c> for the generators and the decision-boundary grid, <c>sum</c> and
/// <c>average</c> for the metrics.
/// </summary>
internal static class NumPy
{
    /// <summary>
    /// <c>np.linspace(start, stop, num, endpoint)</c> as NumPy 1.24 computes it: <c>i * step + start</c> with
    /// <c>step = (stop - start) / div</c>, and the last value set to <paramref name="stop"/> when included.
    /// Computing <c>start + i * (stop - start) / div</c> instead would differ in the last bit.
    /// </summary>
    public static double[] Linspace(double start, double stop, int num, bool endpoint = true)
    {
        var y = new double[num];
        int div = endpoint ? num - 1 : num;
        double delta = stop - start;
        if (div > 0)
        {
            double step = delta / div;
            for (int i = 0; i < num; i++)
                y[i] = (step == 0 ? i / (double)div * delta : i * step) + start;
        }
        else
        {
            for (int i = 0; i < num; i++) y[i] = i * delta + start;
        }
        if (endpoint && num > 1) y[num - 1] = stop;
        return y;
    }

    // np.sum and np.average add float64 vectors by NumPy's pairwise summation (eight running sums per block of up
    // to 128 values, blocks split in halves), which a plain loop from left to right does not reproduce.
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
