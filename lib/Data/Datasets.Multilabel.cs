namespace CourseLib.Data;

public static partial class Datasets
{
    /// <summary>
    /// A random multi-label problem, as scikit-learn's <c>make_multilabel_classification</c>: each sample is a
    /// "document" of word counts over <paramref name="nFeatures"/> words, with a set of labels out of
    /// <paramref name="nClasses"/>. Per sample: a number of labels drawn from Poisson(<paramref name="nLabels"/>)
    /// (again while above <paramref name="nClasses"/>, or zero when unlabeled samples are not allowed), the labels drawn
    /// by their probability p(c) until the set has that many, a length drawn from Poisson(<paramref name="length"/>)
    /// (again while zero), and each word drawn from the mixture of the chosen labels' word distributions p(w|c) (uniform
    /// over the words for a sample without labels). The same seed gives scikit-learn 1.2's numbers, bit for bit.
    /// Introduced in notebook 18_multilabel.
    /// </summary>
    /// <param name="nSamples">Number of samples (at least 1).</param>
    /// <param name="nFeatures">Number of features, the "words" (at least 1).</param>
    /// <param name="nClasses">Number of labels K (at least 1).</param>
    /// <param name="nLabels">Average number of labels per sample (the Poisson mean, 0 or more).</param>
    /// <param name="length">Average sum of a sample's features, its "document length" (the Poisson mean, more than 0).</param>
    /// <param name="allowUnlabeled">Whether a sample may have no label at all.</param>
    /// <param name="randomState">Seed (an int, as scikit-learn's <c>random_state=42</c>), one <see cref="RandomState"/> shared by several calls, or <c>null</c> for the global generator.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count or mean is outside its allowed range (named in the message).</exception>
    /// <exception cref="ArgumentException"><paramref name="allowUnlabeled"/> is false while <paramref name="nLabels"/> is 0: no sample could ever get a label.</exception>
    public static MultilabelData MakeMultilabelClassification(int nSamples = 100, int nFeatures = 20, int nClasses = 5,
        double nLabels = 2, double length = 50, bool allowUnlabeled = true, RandomState? randomState = null)
    {
        const string method = nameof(MakeMultilabelClassification);
        Checks.AtLeast(nSamples, 1, nameof(nSamples), method);
        Checks.AtLeast(nFeatures, 1, nameof(nFeatures), method);
        Checks.AtLeast(nClasses, 1, nameof(nClasses), method);
        Checks.NonNegative(nLabels, nameof(nLabels), method);
        // scikit-learn accepts any length of 1 or more; a length near 0 would make the "draw again while zero" loop
        // run practically forever, so it is refused with the reason rather than hanging.
        if (!(length >= 1) || double.IsInfinity(length))
            throw new ArgumentOutOfRangeException(nameof(length), length,
                $"{method}: length is the average number of words per sample and must be a finite number of at least 1; got {Checks.Format(length)}.");
        if (!double.IsFinite(nLabels) || nLabels > 1e6)
            throw new ArgumentOutOfRangeException(nameof(nLabels), nLabels,
                $"{method}: nLabels is the average number of labels per sample and must be a finite number up to 1e6; got {Checks.Format(nLabels)}.");
        if (!allowUnlabeled && nLabels == 0)
            throw new ArgumentException(
                $"{method}: with allowUnlabeled false every sample needs at least one label, but nLabels 0 never draws one; use nLabels > 0 or allowUnlabeled true.",
                nameof(allowUnlabeled));
        Guards.FitsInArray(nameof(nFeatures), $"{method}'s features (nSamples × nFeatures)", nSamples, nFeatures);
        Guards.FitsInArray(nameof(nClasses), $"{method}'s labels (nSamples × nClasses)", nSamples, nClasses);
        Guards.FitsInArray(nameof(nClasses), $"{method}'s word distributions (nFeatures × nClasses)", nFeatures, nClasses);
        var generator = randomState ?? RandomState.Global;

        // p(c): how likely each label is to be picked, and its running sum to draw from.
        double[] classProbability = generator.Uniform(0, 1, nClasses);
        double classTotal = NumPy.Sum(classProbability);
        for (int c = 0; c < nClasses; c++) classProbability[c] /= classTotal;
        double[] cumulativeClass = CumulativeSum(classProbability);

        // p(w|c): each label's distribution over the words, a column per label (drawn row by row, normalised per column).
        var wordGivenClass = new double[nFeatures, nClasses];
        for (int w = 0; w < nFeatures; w++)
            for (int c = 0; c < nClasses; c++)
                wordGivenClass[w, c] = generator.Uniform();
        for (int c = 0; c < nClasses; c++)
        {
            // np.sum(axis=0) walks the rows one after the other: a plain running sum per column.
            double columnTotal = 0;
            for (int w = 0; w < nFeatures; w++) columnTotal += wordGivenClass[w, c];
            for (int w = 0; w < nFeatures; w++) wordGivenClass[w, c] /= columnTotal;
        }

        var x = new double[nSamples, nFeatures];
        var y = new long[nSamples, nClasses];
        for (int i = 0; i < nSamples; i++)
        {
            var labels = DrawLabels(generator, cumulativeClass, nLabels, allowUnlabeled);
            foreach (int c in labels) y[i, c] = 1;
            foreach (int word in DrawWords(generator, wordGivenClass, labels, length)) x[i, word] += 1;
        }
        return new MultilabelData(x, y, classProbability, wordGivenClass);
    }

    // How many labels (rejection sampling on the Poisson draw), then which: draws by p(c) into a set until it is full.
    private static int[] DrawLabels(RandomState generator, double[] cumulativeClass, double nLabels, bool allowUnlabeled)
    {
        int nClasses = cumulativeClass.Length;
        long size = nClasses + 1;
        while ((!allowUnlabeled && size == 0) || size > nClasses)
            size = generator.Poisson(nLabels);
        var labels = new SortedSet<int>();
        while (labels.Count != size)
            foreach (double u in generator.Uniform(0, 1, (int)size - labels.Count))
                // The running sum may end a hair below 1; a draw above it would be label K, which does not exist.
                labels.Add(Math.Min(SearchSorted(cumulativeClass, u), nClasses - 1));
        // Python's set of small integers iterates in ascending order, the order in which scikit-learn sums the
        // chosen labels' word distributions below.
        return labels.ToArray();
    }

    private static long[] DrawWords(RandomState generator, double[,] wordGivenClass, int[] labels, double length)
    {
        int nFeatures = wordGivenClass.GetLength(0);
        long words = 0;
        while (words == 0) words = generator.Poisson(length);
        if (words > Array.MaxLength)
            throw new ArgumentOutOfRangeException(nameof(length), length, $"length {Checks.Format(length)} drew a document of {words} words, more than an array holds.");
        if (labels.Length == 0)
            return generator.RandInt(0, nFeatures, (int)words); // no label: noise words, uniform over the vocabulary

        // The chosen labels' word distributions added up, as a running sum scaled to end at 1.
        var mixture = new double[nFeatures];
        var chosen = new double[labels.Length];
        for (int w = 0; w < nFeatures; w++)
        {
            for (int j = 0; j < labels.Length; j++) chosen[j] = wordGivenClass[w, labels[j]];
            mixture[w] = NumPy.Sum(chosen); // np.sum(axis=1) of the chosen columns: NumPy's pairwise sum per row
        }
        double[] cumulative = CumulativeSum(mixture);
        double last = cumulative[^1];
        for (int w = 0; w < nFeatures; w++) cumulative[w] /= last;
        return generator.Uniform(0, 1, (int)words).Select(u => (long)SearchSorted(cumulative, u)).ToArray();
    }

    // np.cumsum: each entry the previous one plus the next value.
    private static double[] CumulativeSum(double[] values)
    {
        var result = new double[values.Length];
        double running = 0;
        for (int i = 0; i < values.Length; i++) result[i] = running += values[i];
        return result;
    }

    // np.searchsorted(sorted, value) (side="left"): the first index whose entry is not below value.
    private static int SearchSorted(double[] sorted, double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (sorted[middle] < value) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
