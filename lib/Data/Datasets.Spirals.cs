namespace CourseLib.Data;

public static partial class Datasets
{
    /// <summary>
    /// The CS231n spirals used in the chapter's exercises: <paramref name="nClasses"/> arms of
    /// <paramref name="nPerClass"/> points each, class after class. For arm j the radius runs over
    /// <c>linspace(0, 1, N)</c> and the angle over <c>linspace(4j, 4(j+1), N) + randn(N) * 0.2</c>;
    /// a point is <c>(r sin t, r cos t)</c>. Labels are arm numbers; they become int64 tensors. Introduced in notebook 09_exercises.
    /// </summary>
    /// <param name="nPerClass">Points per arm (CS231n's N).</param>
    /// <param name="nClasses">Number of arms (CS231n's K).</param>
    /// <param name="randomState">Seed (the recipe's <c>np.random.seed</c>), one <see cref="RandomState"/> shared by several calls, or <c>null</c> for the global generator.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is below 1, or the points would not fit in an array.</exception>
    public static LabelledData MakeSpirals(int nPerClass = 100, int nClasses = 3, RandomState? randomState = null)
    {
        Checks.AtLeast(nPerClass, 1, nameof(nPerClass), nameof(MakeSpirals));
        Checks.AtLeast(nClasses, 1, nameof(nClasses), nameof(MakeSpirals));
        // nPerClass * nClasses is an int: 65536 * 65536 would wrap round to 0.
        Guards.FitsInArray(nameof(nPerClass), $"{nameof(MakeSpirals)}'s features (nPerClass × nClasses × 2)", nPerClass, nClasses, 2);
        var generator = randomState ?? RandomState.Global;

        var x = new double[nPerClass * nClasses, 2];
        var y = new long[nPerClass * nClasses];
        double[] radius = NumPy.Linspace(0.0, 1.0, nPerClass);
        for (int j = 0; j < nClasses; j++)
        {
            double[] angle = NumPy.Linspace(j * 4, (j + 1) * 4, nPerClass);
            double[] jitter = generator.StandardNormal(nPerClass);
            for (int i = 0; i < nPerClass; i++)
            {
                double t = angle[i] + jitter[i] * 0.2;
                int row = nPerClass * j + i;
                x[row, 0] = radius[i] * Math.Sin(t);
                x[row, 1] = radius[i] * Math.Cos(t);
                y[row] = j;
            }
        }
        return new LabelledData(x, y);
    }
}
