namespace CourseLib.Data;

public static partial class Datasets
{
    /// <summary>
    /// Two interleaving half circles in 2-D, as <c>make_moons</c>: the upper one (label 0) and the lower one shifted
    /// right and down (label 1), points evenly spaced by angle including both ends, shuffled, then Gaussian noise added.
    /// Labels become float32 tensors (binary classification). Introduced in notebook 09_exercises.
    /// </summary>
    /// <param name="nSamples">Total number of points; the outer moon gets <c>nSamples / 2</c>, the inner one the rest.</param>
    /// <param name="shuffle">Whether to shuffle the samples.</param>
    /// <param name="noise">Standard deviation of the Gaussian noise added to each coordinate; <c>null</c> for none.</param>
    /// <param name="randomState">Seed (an int, as the course's <c>random_state=42</c>), one <see cref="RandomState"/> made from a seed and passed to several calls to share its draws, or <c>null</c> for the global generator.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its allowed range (named in the message).</exception>
    public static LabelledData MakeMoons(int nSamples = 100, bool shuffle = true, double? noise = null, RandomState? randomState = null) =>
        MakeMoons(Halves(nSamples, nameof(MakeMoons)), shuffle, noise, randomState);

    /// <summary>
    /// <see cref="MakeMoons(int, bool, double?, RandomState?)"/> with the number of points in the outer and the inner
    /// moon given separately (<c>n_samples</c> as a two-element tuple).
    /// </summary>
    internal static LabelledData MakeMoons((int Outer, int Inner) nSamples, bool shuffle = true, double? noise = null, RandomState? randomState = null)
    {
        CheckCurveCounts(nSamples, nameof(MakeMoons));
        Checks.NonNegativeOrNull(noise, nameof(noise), nameof(MakeMoons));
        var generator = randomState ?? RandomState.Global;

        double[] angleOut = NumPy.Linspace(0, Math.PI, nSamples.Outer);
        double[] angleIn = NumPy.Linspace(0, Math.PI, nSamples.Inner);
        // (1 - sin) - 0.5 in this order, as scikit-learn writes it: 0.5 - sin would round differently.
        return TwoCurves(
            angleOut.Select(Math.Cos).ToArray(), angleOut.Select(Math.Sin).ToArray(),
            angleIn.Select(a => 1 - Math.Cos(a)).ToArray(), angleIn.Select(a => 1 - Math.Sin(a) - 0.5).ToArray(),
            shuffle, noise, generator);
    }
}
