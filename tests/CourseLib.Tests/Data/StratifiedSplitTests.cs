using CourseLib.Data;
using CourseLib.Tests.Reference;
using static CourseLib.Tests.Reference.JsonCases;

namespace CourseLib.Tests.Data;

/// <summary>
/// StratifiedSplit picks the very indices, in the very order, of scikit-learn 1.2.1's
/// <c>train_test_split(..., stratify=y)</c> (data/reference/stratified_split_cases.json).
/// </summary>
public class StratifiedSplitTests
{
    private static readonly JsonCases Cases = new("stratified_split_cases.json");

    public static TheoryData<string> CaseNames() => Cases.Names();

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Picks_the_same_indices_as_scikit_learn(string name)
    {
        var c = Cases.Get(name);
        var split = StratifiedSplit.TrainTestSplit(Longs(c["y"]), Size(c, "test"), Size(c, "train"), (int)c["random_state"]!);

        Assert.Equal(Longs(c["train"]), split.Train);
        Assert.Equal(Longs(c["test"]), split.Test);
    }

    [Fact]
    public void Keeps_the_class_shares_in_both_parts()
    {
        var y = Enumerable.Repeat(1L, 212).Concat(Enumerable.Repeat(0L, 357)).ToArray();
        var split = StratifiedSplit.TrainTestSplit(y, testSize: 0.2, randomState: 42);

        Assert.Equal(42, split.Test.Count(i => y[i] == 1));
        Assert.Equal(170, split.Train.Count(i => y[i] == 1));
        Assert.Equal(569, split.Train.Concat(split.Test).Distinct().Count());
    }

    [Fact]
    public void Another_seed_gives_another_split()
    {
        var y = Enumerable.Range(0, 100).Select(i => (long)(i % 3)).ToArray();
        Assert.NotEqual(StratifiedSplit.TrainTestSplit(y, randomState: 1).Test, StratifiedSplit.TrainTestSplit(y, randomState: 2).Test);
    }

    [Fact]
    public void A_class_with_one_sample_is_refused_with_its_label()
    {
        var error = Assert.Throws<ArgumentException>(() => StratifiedSplit.TrainTestSplit([0, 0, 0, 7, 0, 0], testSize: 0.5, randomState: 0));
        Assert.Contains("label 7", error.Message);
        Assert.Contains("at least 2 samples", error.Message);
    }

    [Fact]
    public void A_test_set_too_small_for_every_class_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => StratifiedSplit.TrainTestSplit([0, 0, 1, 1, 2, 2, 0, 1, 2], testSize: 2, randomState: 0));
        Assert.Contains("test size = 2", error.Message);
        Assert.Contains("number of classes = 3", error.Message);
    }

    [Fact]
    public void Splitting_a_dataset_keeps_rows_and_labels_together()
    {
        var x = new double[10, 1];
        for (int i = 0; i < 10; i++) x[i, 0] = i;
        var data = new LabelledData(x, [0, 1, 0, 1, 0, 1, 0, 1, 0, 1]);
        var (train, test) = StratifiedSplit.TrainTestSplit(data, testSize: 0.4, randomState: 3);

        Assert.Equal(6, train.Count);
        Assert.Equal(2, test.Y.Count(v => v == 1));
        Assert.All(Enumerable.Range(0, train.Count), i => Assert.Equal((long)train.X[i, 0] % 2, train.Y[i]));
    }

    private static SplitSize? Size(System.Text.Json.Nodes.JsonNode c, string which) =>
        c[$"{which}_size"] is not { } size ? null
        : (bool)c[$"{which}_size_is_fraction"]! ? (SplitSize)(double)size : (SplitSize)(int)size;
}
