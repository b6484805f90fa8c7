namespace CourseLib.Data;

/// <summary>
/// scikit-learn's <c>train_test_split(..., stratify=y, random_state=...)</c> (1.2): a split that keeps each class's
/// share in both parts, by the same random draws as scikit-learn's <c>StratifiedShuffleSplit</c>, so the same seed
/// picks the same samples in the same order. How it works: each class gets its share of the training and test
/// counts (the nearest whole numbers, ties broken at random); each class's samples are shuffled and dealt out; then
/// the training and test indices are shuffled once more so the classes are mixed. Introduced in notebook 13_diagnosis.
/// </summary>
public static class StratifiedSplit
{
    /// <summary>The indices of a stratified split of the samples labelled <paramref name="stratify"/>. Introduced in notebook 14_digits.</summary>
    /// <param name="stratify">The class of each sample; the split keeps the proportions of these classes.</param>
    /// <param name="testSize">Fraction (double) or count (int) of test samples; by default the complement of <paramref name="trainSize"/>, or 0.25 when both are null.</param>
    /// <param name="trainSize">Fraction (double) or count (int) of training samples; by default the complement of the test size.</param>
    /// <param name="randomState">Seed (an int, as the course's <c>random_state=42</c>), one <see cref="RandomState"/> made from a seed and passed to several calls to share its draws, or <c>null</c> for the global generator.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size is outside its range.</exception>
    /// <exception cref="ArgumentException">The sizes do not fit, a class has fewer than two samples, or a part would be too small to hold every class.</exception>
    public static SplitIndices TrainTestSplit(IReadOnlyList<long> stratify, SplitSize? testSize = null, SplitSize? trainSize = null,
        RandomState? randomState = null)
    {
        ArgumentNullException.ThrowIfNull(stratify);
        var (nTrain, nTest) = ModelSelection.SplitCounts(stratify.Count, testSize, trainSize);

        // np.unique(y, return_inverse=True): the sorted classes; then each class's samples in ascending order.
        // One pass over the labels (not one per class: 200,000 distinct ids took 30–45 s before being refused).
        var byClass = new SortedDictionary<long, List<long>>();
        for (int i = 0; i < stratify.Count; i++)
        {
            if (!byClass.TryGetValue(stratify[i], out var indices))
                byClass[stratify[i]] = indices = [];
            indices.Add(i);
        }
        var classes = byClass.Keys.ToArray();
        var members = byClass.Values.Select(indices => indices.ToArray()).ToArray();
        var counts = members.Select(m => (long)m.Length).ToArray();
        if (counts.Min() < 2)
            throw new ArgumentException(
                $"The least populated class in stratify (label {classes[Array.FindIndex(counts, c => c < 2)]}) has only 1 member, which is too few: " +
                "every class needs at least 2 samples, one for each part.", nameof(stratify));
        if (nTrain < classes.Length)
            throw new ArgumentException($"The train size = {nTrain} should be greater or equal to the number of classes = {classes.Length}.", nameof(trainSize));
        if (nTest < classes.Length)
            throw new ArgumentException($"The test size = {nTest} should be greater or equal to the number of classes = {classes.Length}.", nameof(testSize));

        var generator = randomState ?? RandomState.Global;
        long[] trainCounts = ApproximateMode(counts, nTrain, generator);
        long[] testCounts = ApproximateMode(counts.Zip(trainCounts, (c, t) => c - t).ToArray(), nTest, generator);

        var train = new List<long>();
        var test = new List<long>();
        for (int k = 0; k < classes.Length; k++)
        {
            var shuffled = Rows.Take(members[k], generator.Permutation(members[k].Length));
            train.AddRange(shuffled[..(int)trainCounts[k]]);
            test.AddRange(shuffled[(int)trainCounts[k]..(int)(trainCounts[k] + testCounts[k])]);
        }
        var trainIndices = train.ToArray();
        var testIndices = test.ToArray();
        generator.Shuffle(trainIndices);
        generator.Shuffle(testIndices);
        return new SplitIndices(trainIndices, testIndices);
    }

    /// <summary>Splits <paramref name="data"/> keeping the proportions of its labels in both parts (<c>train_test_split(X, y, stratify=y, ...)</c>). Introduced in notebook 13_diagnosis.</summary>
    /// <inheritdoc cref="TrainTestSplit(IReadOnlyList{long}, SplitSize?, SplitSize?, RandomState?)"/>
    public static (LabelledData Train, LabelledData Test) TrainTestSplit(LabelledData data, SplitSize? testSize = null, SplitSize? trainSize = null,
        RandomState? randomState = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var split = TrainTestSplit(data.Y, testSize, trainSize, randomState);
        return (data.Take(split.Train), data.Take(split.Test));
    }

    /// <summary>
    /// scikit-learn's <c>_approximate_mode</c>: how many of <paramref name="draws"/> samples each class gets, the floor of
    /// its proportional share first, then one more for the largest remainders, ties broken by the generator.
    /// </summary>
    private static long[] ApproximateMode(long[] classCounts, int draws, RandomState generator)
    {
        long total = classCounts.Sum();
        var continuous = classCounts.Select(c => (double)c / total * draws).ToArray();
        var floored = continuous.Select(Math.Floor).ToArray();
        int needToAdd = (int)(draws - floored.Sum());
        if (needToAdd > 0)
        {
            var remainder = continuous.Zip(floored, (c, f) => c - f).ToArray();
            foreach (double value in remainder.Distinct().OrderDescending())
            {
                var tied = Enumerable.Range(0, remainder.Length).Where(i => remainder[i] == value).ToArray();
                int addNow = Math.Min(tied.Length, needToAdd);
                // rng.choice(tied, addNow, replace=False) is permutation(len(tied))[:addNow]: it draws even when all are taken.
                foreach (long pick in generator.Permutation(tied.Length)[..addNow])
                    floored[tied[pick]] += 1;
                needToAdd -= addNow;
                if (needToAdd == 0) break;
            }
        }
        return floored.Select(f => (long)f).ToArray();
    }
}
