using Microsoft.Data.Analysis;

namespace CourseLib.Data;

/// <summary>
/// A real dataset as it is read from <c>data/</c>: the samples (<see cref="Data"/>) with the names of their
/// features and classes, as scikit-learn's <c>load_*</c> functions give them (<c>feature_names</c>, <c>target_names</c>).
/// </summary>
/// <param name="Data">Features (float64) and integer labels, one row per sample.</param>
/// <param name="FeatureNames">One name per feature column, in column order.</param>
/// <param name="ClassNames">One name per class: label <c>k</c> is <c>ClassNames[k]</c>.</param>
public sealed record NamedDataset(Dataset Data, IReadOnlyList<string> FeatureNames, IReadOnlyList<string> ClassNames)
{
    /// <summary>Number of samples.</summary>
    public int Count => Data.Count;

    /// <summary>Number of samples of each class, indexed by label (scikit-learn's <c>np.bincount(y)</c>).</summary>
    public long[] ClassCounts()
    {
        var counts = new long[ClassNames.Count];
        foreach (long label in Data.Y) counts[label]++;
        return counts;
    }

    /// <summary>A table with one column per feature, named as in <see cref="FeatureNames"/>, and the class name of each sample in a <c>class</c> column.</summary>
    public DataFrame ToDataFrame()
    {
        var columns = new List<DataFrameColumn>();
        for (int j = 0; j < FeatureNames.Count; j++)
            columns.Add(new DoubleDataFrameColumn(FeatureNames[j], Data.Column(j)));
        columns.Add(new StringDataFrameColumn("class", Data.Y.Select(label => ClassNames[(int)label])));
        return new DataFrame(columns);
    }
}
