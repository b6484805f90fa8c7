using Microsoft.Data.Analysis;

namespace CourseLib.Data;

/// <summary>
/// A real dataset as it is read from <c>data/</c>: the samples (<see cref="Data"/>) with the names of their
/// features and classes, as scikit-learn's <c>load_*</c> functions give them (<c>feature_names</c>, <c>target_names</c>). Introduced in notebook 13_diagnosis.
/// </summary>
/// <param name="Data">Features (float64) and integer labels, one row per sample.</param>
/// <param name="FeatureNames">One name per feature column, in column order.</param>
/// <param name="ClassNames">One name per class: label <c>k</c> is <c>ClassNames[k]</c>.</param>
/// <exception cref="ArgumentNullException">An argument is null.</exception>
/// <exception cref="ArgumentException">A name is null, the feature names are not one per column or not distinct, or a label has no class name.</exception>
public sealed record NamedDataset(LabelledData Data, IReadOnlyList<string> FeatureNames, IReadOnlyList<string> ClassNames)
{
    // Checked where the dataset is made, so that ClassCounts and ToDataFrame cannot fail on a name that is missing.
    /// <summary>Features and labels. Introduced in notebook 13_diagnosis.</summary>
    public LabelledData Data { get; init; } = Data ?? throw new ArgumentNullException(nameof(Data));

    /// <summary>One name per feature column. Introduced in notebook 13_diagnosis.</summary>
    public IReadOnlyList<string> FeatureNames { get; init => field = DistinctNames(value); } = CheckedFeatureNames(FeatureNames, Data.FeatureCount);

    /// <summary>One name per class. Introduced in notebook 13_diagnosis.</summary>
    public IReadOnlyList<string> ClassNames { get; init; } = CheckedClassNames(ClassNames, Data.Y);

    /// <summary>Number of samples. Introduced in notebook 13_diagnosis.</summary>
    public int Count => Data.Count;

    /// <summary>Number of samples of each class, indexed by label (scikit-learn's <c>np.bincount(y)</c>). Introduced in notebook 13_diagnosis.</summary>
    public long[] ClassCounts()
    {
        Consistent();
        var counts = new long[ClassNames.Count];
        foreach (long label in Data.Y) counts[label]++;
        return counts;
    }

    /// <summary>A table with one column per feature, named as in <see cref="FeatureNames"/>, and the class name of each sample in a <c>class</c> column. Introduced in notebook 13_diagnosis.</summary>
    public DataFrame ToDataFrame()
    {
        Consistent();
        var columns = new List<DataFrameColumn>();
        for (int j = 0; j < FeatureNames.Count; j++)
            columns.Add(new DoubleDataFrameColumn(FeatureNames[j], Data.Column(j)));
        columns.Add(new StringDataFrameColumn(ClassColumn, Data.Y.Select(label => ClassNames[(int)label])));
        return new DataFrame(columns);
    }

    /// <summary>
    /// The checks of the constructor, again, on the values as they are now: <c>with { Data = … }</c> (or with other
    /// names) sets one property without the others, so names and data can disagree after it. Every member that reads
    /// names and data together calls this first.
    /// </summary>
    private void Consistent()
    {
        const string After = " (a `with { … }` may have changed one without the other)";
        try
        {
            CheckedFeatureNames(FeatureNames, Data.FeatureCount);
            CheckedClassNames(ClassNames, Data.Y);
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            throw new ArgumentException(e.Message.Replace($" (Parameter '{e.ParamName}')", "") + After, e.ParamName, e);
        }
    }

    private const string ClassColumn = "class";

    private static IReadOnlyList<string> CheckedFeatureNames(IReadOnlyList<string> featureNames, int columns)
    {
        DistinctNames(featureNames);
        if (featureNames.Count != columns)
            throw new ArgumentException($"FeatureNames has {featureNames.Count} names but Data has {columns} feature columns; give one name per column.", nameof(FeatureNames));
        return featureNames;
    }

    // What the names must be by themselves, whatever the data (checked as a `with` sets them, too).
    private static IReadOnlyList<string> DistinctNames(IReadOnlyList<string> featureNames)
    {
        ArgumentNullException.ThrowIfNull(featureNames, nameof(FeatureNames));
        Guards.NoNulls(featureNames, nameof(FeatureNames));
        // Each name becomes a column of ToDataFrame, beside the class column: a table's columns need distinct names.
        var seen = new HashSet<string>(StringComparer.Ordinal) { ClassColumn };
        foreach (var name in featureNames)
            if (!seen.Add(name))
                throw new ArgumentException(
                    $"FeatureNames holds '{name}' {(name == ClassColumn ? "(the name of the class column)" : "twice")}; every feature needs a name of its own.", nameof(FeatureNames));
        return featureNames;
    }

    private static IReadOnlyList<string> CheckedClassNames(IReadOnlyList<string> classNames, long[] labels)
    {
        ArgumentNullException.ThrowIfNull(classNames, nameof(ClassNames));
        Guards.NoNulls(classNames, nameof(ClassNames));
        long highest = labels.Length == 0 ? -1 : labels.Max();
        if (labels.Any(label => label < 0) || highest >= classNames.Count)
            throw new ArgumentException(
                $"ClassNames has {classNames.Count} names but Data's labels run from {(labels.Length == 0 ? 0 : labels.Min())} to {highest}; " +
                "label k is named ClassNames[k], so give a name for every label from 0 up.", nameof(ClassNames));
        return classNames;
    }
}
