namespace CourseLib.Data;

/// <summary>The few NumPy array functions the generators need, with NumPy's exact floating-point steps.</summary>
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
}
