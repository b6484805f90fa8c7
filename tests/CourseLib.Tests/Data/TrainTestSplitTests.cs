using CourseLib.Data;
using TorchSharp;

namespace CourseLib.Tests.Data;

/// <summary>train_test_split against scikit-learn 1.2.1: the same indices, in the same order.</summary>
public class TrainTestSplitTests
{
    // Each case of splits_more.csv with the C# call that repeats its Python call on arange(n).
    private static readonly Dictionary<string, Func<SplitIndices>> Calls = new()
    {
        ["n7_default_rs0"] = () => ModelSelection.TrainTestSplit(7, randomState: 0),
        ["n30_test0.1_rs1"] = () => ModelSelection.TrainTestSplit(30, testSize: 0.1, randomState: 1),
        ["n25_test0.28_rs1"] = () => ModelSelection.TrainTestSplit(25, testSize: 0.28, randomState: 1),
        ["n10_test3_train5_rs2"] = () => ModelSelection.TrainTestSplit(10, testSize: 3, trainSize: 5, randomState: 2),
        ["n11_train0.5_rs5"] = () => ModelSelection.TrainTestSplit(11, trainSize: 0.5, randomState: 5),
        ["n17_test0.33_train0.5_rs6"] = () => ModelSelection.TrainTestSplit(17, testSize: 0.33, trainSize: 0.5, randomState: 6),
        ["n9_test0.3_noshuffle"] = () => ModelSelection.TrainTestSplit(9, testSize: 0.3, shuffle: false),
        ["n5_train2_noshuffle"] = () => ModelSelection.TrainTestSplit(5, trainSize: 2, shuffle: false),
        ["n2_test1_rs7"] = () => ModelSelection.TrainTestSplit(2, testSize: 1, randomState: 7),
    };

    public static TheoryData<string> Cases => new(Calls.Keys);

    [Theory]
    [InlineData("split_n1000_test0.2_rs42.csv", 1000)]
    [InlineData("split_n300_test0.2_rs42.csv", 300)]
    public void The_course_splits_pick_scikit_learns_indices(string file, int n)
    {
        var expected = ReferenceCsv.Split(file);
        var split = ModelSelection.TrainTestSplit(n, testSize: 0.2, randomState: 42);
        Assert.Equal(expected.Train, split.Train);
        Assert.Equal(expected.Test, split.Test);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sizes_rounding_and_shuffle_off_match_scikit_learn(string @case)
    {
        var expected = ReferenceCsv.Split("splits_more.csv", @case);
        var split = Calls[@case]();
        Assert.Equal(expected.Train, split.Train);
        Assert.Equal(expected.Test, split.Test);
    }

    [Fact]
    public void Splitting_the_course_circles_tensors_gives_the_printed_training_rows()
    {
        var (x, y) = Datasets.MakeCircles(1000, noise: 0.03, randomState: 42).ToTensors();
        var (xTrain, xTest, yTrain, yTest) = ModelSelection.TrainTestSplit(x, y, testSize: 0.2, randomState: 42);

        Assert.Equal([800L, 2], xTrain.shape);
        Assert.Equal([200L], yTest.shape);
        Assert.Equal(200, xTest.shape[0]);
        float[] firstRows = xTrain[..5].data<float>().ToArray();
        Assert.Equal([0.6579f, -0.4651f, 0.6319f, -0.7347f, -1.0086f, -0.1240f, -0.9666f, -0.2256f, -0.1666f, 0.7994f],
            firstRows.Select(v => MathF.Round(v, 4)));
        Assert.Equal([1f, 0, 0, 0, 1], yTrain[..5].data<float>().ToArray());
    }

    [Fact]
    public void Several_tensors_are_split_with_one_permutation_in_scikit_learns_order()
    {
        using var a = torch.arange(20, dtype: torch.int64);
        using var b = a * 10;
        var parts = ModelSelection.TrainTestSplit([a, b], testSize: 0.25, randomState: 3);
        var indices = ModelSelection.TrainTestSplit(20, testSize: 0.25, randomState: 3);

        Assert.Equal(4, parts.Length);
        Assert.Equal(indices.Train, parts[0].data<long>().ToArray());
        Assert.Equal(indices.Test, parts[1].data<long>().ToArray());
        Assert.Equal(indices.Train.Select(i => i * 10), parts[2].data<long>().ToArray());
        Assert.Equal(indices.Test.Select(i => i * 10), parts[3].data<long>().ToArray());
    }

    [Fact]
    public void Arrays_and_datasets_are_split_row_by_row_with_the_same_indices()
    {
        var data = Datasets.MakeBlobs(13, centers: 2, randomState: 1);
        var indices = ModelSelection.TrainTestSplit(13, testSize: 4, randomState: 9);

        var (xTrain, xTest, yTrain, yTest) = ModelSelection.TrainTestSplit(data.X, data.Y, testSize: 4, randomState: 9);
        var (train, test) = data.TrainTestSplit(testSize: 4, randomState: 9);
        var (labelsTrain, labelsTest) = ModelSelection.TrainTestSplit(data.Y, testSize: 4, randomState: 9);

        Assert.Equal(indices.Train.Select(i => data.Y[i]), yTrain);
        Assert.Equal(indices.Test.Select(i => data.Y[i]), yTest);
        Assert.Equal(indices.Test.Select(i => data.X[i, 1]), Enumerable.Range(0, 4).Select(r => xTest[r, 1]));
        Assert.Equal(xTrain.Cast<double>(), train.X.Cast<double>());
        Assert.Equal(yTest, test.Y);
        Assert.Equal(yTrain, labelsTrain);
        Assert.Equal(yTest, labelsTest);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.0)]
    [InlineData(-0.2)]
    public void Test_fractions_outside_zero_to_one_are_rejected(double testSize)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ModelSelection.TrainTestSplit(10, testSize: testSize));
        Assert.Equal("testSize", e.ParamName);
        Assert.Contains("should be either positive and smaller than the number of samples 10 or a float in the (0, 1) range", e.Message);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(0)]
    public void Test_counts_outside_one_to_n_minus_one_are_rejected(int testSize)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ModelSelection.TrainTestSplit(10, testSize: testSize));
        Assert.Equal("testSize", e.ParamName);
        Assert.StartsWith($"testSize={testSize} should be", e.Message);
    }

    [Fact]
    public void Sizes_that_do_not_fit_together_are_rejected()
    {
        Assert.Equal("trainSize", Assert.Throws<ArgumentOutOfRangeException>(() => ModelSelection.TrainTestSplit(10, trainSize: 1.5)).ParamName);
        Assert.Contains("The sum of testSize and trainSize = 1.1",
            Assert.Throws<ArgumentException>(() => ModelSelection.TrainTestSplit(10, testSize: 0.5, trainSize: 0.6)).Message);
        Assert.Contains("should be smaller than the number of samples 10",
            Assert.Throws<ArgumentException>(() => ModelSelection.TrainTestSplit(10, testSize: 5, trainSize: 6)).Message);
        Assert.Contains("the resulting train set will be empty",
            Assert.Throws<ArgumentException>(() => ModelSelection.TrainTestSplit(1)).Message);
    }

    [Fact]
    public void Arrays_of_different_lengths_are_rejected()
    {
        using var x = torch.zeros(10, 2);
        using var y = torch.zeros(9);
        var e = Assert.Throws<ArgumentException>(() => ModelSelection.TrainTestSplit(x, y));
        Assert.Contains("inconsistent numbers of samples: [10, 9]", e.Message);
        Assert.Throws<ArgumentException>(() => ModelSelection.TrainTestSplit(new double[3, 2], new long[4]));
        Assert.Contains("At least one array required",
            Assert.Throws<ArgumentException>(() => ModelSelection.TrainTestSplit(Array.Empty<torch.Tensor>())).Message);
    }
}
