namespace CourseLib.Data;

/// <summary>
/// Toy datasets with scikit-learn's parameters, defaults and order of random draws (<c>sklearn.datasets.make_*</c>,
/// scikit-learn 1.2), so that the same seed gives the Python course's very numbers. Each generator takes a
/// <c>randomState</c> like scikit-learn: an int seed, a <see cref="RandomState"/> made from a seed and shared by
/// several calls, or <c>null</c> for the global generator. Introduced in notebook 01_data.
/// </summary>
public static partial class Datasets
{
    // sklearn.utils.shuffle(X, y): one shuffled arange(n) (NumPy's shuffle, the same stream as permutation)
    // applied to the rows of both arrays.
    private static (double[,] X, long[] Y) ShuffleRows(double[,] x, long[] y, RandomState generator)
    {
        long[] order = generator.Permutation(y.Length);
        return (Rows.Take(x, order), Rows.Take(y, order));
    }

    // X += generator.normal(scale=noise, size=X.shape): one normal per element, row by row.
    private static void AddNoise(double[,] x, double noise, RandomState generator)
    {
        for (int i = 0; i < x.GetLength(0); i++)
            for (int j = 0; j < x.GetLength(1); j++)
                x[i, j] += generator.Normal(0.0, noise);
    }

    // The shared ending of make_circles and make_moons: the outer curve (label 0) stacked on the inner one
    // (label 1), then shuffled, then noise added — the order in which scikit-learn draws.
    private static LabelledData TwoCurves(double[] outerX, double[] outerY, double[] innerX, double[] innerY,
        bool shuffle, double? noise, RandomState generator)
    {
        int nOut = outerX.Length, n = nOut + innerX.Length;
        var x = new double[n, 2];
        var y = new long[n];
        for (int i = 0; i < n; i++)
        {
            bool outer = i < nOut;
            x[i, 0] = outer ? outerX[i] : innerX[i - nOut];
            x[i, 1] = outer ? outerY[i] : innerY[i - nOut];
            y[i] = outer ? 0 : 1;
        }
        if (shuffle) (x, y) = ShuffleRows(x, y, generator);
        if (noise is { } scale)
        {
            AddNoise(x, scale, generator);
            Checks.FitsFloat32(x, scale, "noise", "the dataset");
        }
        return new LabelledData(x, y, TorchSharp.torch.ScalarType.Float32);
    }

    // An int n_samples of make_circles/make_moons: the outer curve gets n // 2, the inner one the rest.
    private static (int Outer, int Inner) Halves(int nSamples, string method)
    {
        Checks.AtLeast(nSamples, 1, nameof(nSamples), method);
        Guards.FitsInArray(nameof(nSamples), $"{method}'s features", nSamples, 2);
        return (nSamples / 2, nSamples - nSamples / 2);
    }

    private static void CheckCurveCounts((int Outer, int Inner) nSamples, string method)
    {
        Checks.AtLeast(nSamples.Outer, 0, "nSamples.Outer", method);
        Checks.AtLeast(nSamples.Inner, 0, "nSamples.Inner", method);
        // Summed as long: two large ints would wrap round to a negative count.
        long total = (long)nSamples.Outer + nSamples.Inner;
        if (total < 1) Checks.AtLeast(0, 1, nameof(nSamples), method);
        Guards.FitsInArray(nameof(nSamples), $"{method}'s features", total, 2);
    }
}
