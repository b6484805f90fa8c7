namespace CourseLib.Data;

public static partial class Datasets
{
    /// <summary>
    /// A large circle (label 0) containing a smaller one (label 1) in 2-D, as <c>make_circles</c>: points evenly
    /// spaced by angle (<c>linspace(0, 2π, n, endpoint=False)</c>), shuffled, then Gaussian noise added.
    /// Labels become float32 tensors (binary classification). Introduced in notebook 01_data.
    /// </summary>
    /// <param name="nSamples">Total number of points; the outer circle gets <c>nSamples / 2</c>, the inner one the rest.</param>
    /// <param name="shuffle">Whether to shuffle the samples.</param>
    /// <param name="noise">Standard deviation of the Gaussian noise added to each coordinate; <c>null</c> for none.</param>
    /// <param name="randomState">Seed (an int, as the course's <c>random_state=42</c>), one <see cref="RandomState"/> made from a seed and passed to several calls to share its draws, or <c>null</c> for the global generator.</param>
    /// <param name="factor">Scale of the inner circle relative to the outer one, in [0, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its allowed range (named in the message).</exception>
    public static LabelledData MakeCircles(int nSamples = 100, bool shuffle = true, double? noise = null,
        RandomState? randomState = null, double factor = 0.8) =>
        MakeCircles(Halves(nSamples, nameof(MakeCircles)), shuffle, noise, randomState, factor);

    /// <summary>
    /// <see cref="MakeCircles(int, bool, double?, RandomState?, double)"/> with the number of points on the outer
    /// and the inner circle given separately (<c>n_samples</c> as a two-element tuple).
    /// </summary>
    internal static LabelledData MakeCircles((int Outer, int Inner) nSamples, bool shuffle = true, double? noise = null,
        RandomState? randomState = null, double factor = 0.8)
    {
        CheckCurveCounts(nSamples, nameof(MakeCircles));
        Checks.NonNegativeOrNull(noise, nameof(noise), nameof(MakeCircles));
        Checks.InHalfOpenRange(factor, 0, 1, nameof(factor), nameof(MakeCircles));
        var generator = randomState ?? RandomState.Global;

        // endpoint=False so that the first point of a circle is not repeated as its last.
        double[] angleOut = NumPy.Linspace(0, 2 * Math.PI, nSamples.Outer, endpoint: false);
        double[] angleIn = NumPy.Linspace(0, 2 * Math.PI, nSamples.Inner, endpoint: false);
        return TwoCurves(
            angleOut.Select(Math.Cos).ToArray(), angleOut.Select(Math.Sin).ToArray(),
            angleIn.Select(a => Math.Cos(a) * factor).ToArray(), angleIn.Select(a => Math.Sin(a) * factor).ToArray(),
            shuffle, noise, generator);
    }
}
