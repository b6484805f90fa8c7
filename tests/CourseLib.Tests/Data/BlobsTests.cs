using CourseLib.Data;

namespace CourseLib.Tests.Data;

/// <summary>make_blobs against scikit-learn 1.2.1's output, bit for bit in float64 (no trigonometry involved).</summary>
public class BlobsTests
{
    private static readonly Dictionary<string, Func<LabelledData>> Calls = new()
    {
        ["blobs_n1000_f2_c4_std1.5_rs42.csv"] = () => Datasets.MakeBlobs(1000, 2, centers: 4, clusterStd: 1.5, randomState: 42),
        ["blobs_n100_rs0.csv"] = () => Datasets.MakeBlobs(randomState: 0),
        ["blobs_n10_f3_c5_std0.5_rs1.csv"] = () => Datasets.MakeBlobs(10, 3, centers: 5, clusterStd: 0.5, randomState: 1),
        ["blobs_counts3-5-2_std0.5-1-2_rs3.csv"] = () => Datasets.MakeBlobs([3, 5, 2], clusterStd: new[] { 0.5, 1.0, 2.0 }, randomState: 3),
        ["blobs_n31_explicit_centers_noshuffle_rs4.csv"] = () =>
            Datasets.MakeBlobs(31, centers: new double[,] { { 1, 1 }, { -1, -1 }, { 1, -1 } }, clusterStd: 0.3, shuffle: false, randomState: 4),
        ["blobs_counts4-6_explicit_centers_rs5.csv"] = () =>
            Datasets.MakeBlobs([4, 6], centers: new double[,] { { 0, 0, 0 }, { 5, 5, 5 } }, randomState: 5),
        ["blobs_n9_f1_c2_box0-1_rs6.csv"] = () => Datasets.MakeBlobs(9, 1, centers: 2, centerBox: (0, 1), randomState: 6),
    };

    public static TheoryData<string> Files => new(Calls.Keys);

    [Theory]
    [MemberData(nameof(Files))]
    public void Generated_points_equal_scikit_learns_bit_for_bit(string file) =>
        DatasetAssert.BitExact(file, Calls[file]());

    [Fact]
    public void The_course_blobs_start_with_the_printed_rows()
    {
        var blobs = Datasets.MakeBlobs(1000, 2, centers: 4, clusterStd: 1.5, randomState: 42);

        Assert.Equal(-8.4134, blobs.X[0, 0], 4);
        Assert.Equal(6.9352, blobs.X[0, 1], 4);
        Assert.Equal(-0.2815, blobs.X[4, 1], 4);
        Assert.Equal([3L, 2, 2, 1, 1], blobs.Y[..5]);
    }

    [Fact]
    public void Samples_that_do_not_divide_go_one_each_to_the_first_clusters()
    {
        var blobs = Datasets.MakeBlobs(11, centers: 3, shuffle: false, randomState: 0);
        Assert.Equal([4, 4, 3], blobs.Y.GroupBy(label => label).OrderBy(g => g.Key).Select(g => g.Count()));
    }

    [Fact]
    public void Explicit_centers_set_the_feature_count()
    {
        var blobs = Datasets.MakeBlobs(6, nFeatures: 5, centers: new double[,] { { 0, 0, 0 } }, randomState: 0);
        Assert.Equal(3, blobs.FeatureCount);
    }

    [Fact]
    public void Per_cluster_deviations_must_match_the_centers()
    {
        var e = Assert.Throws<ArgumentException>(() => Datasets.MakeBlobs(10, centers: 3, clusterStd: new[] { 1.0, 2.0 }, randomState: 0));
        Assert.Equal("clusterStd", e.ParamName);
    }

    [Fact]
    public void Per_cluster_counts_must_match_explicit_centers()
    {
        var e = Assert.Throws<ArgumentException>(() => Datasets.MakeBlobs([5, 5], centers: new double[,] { { 0, 0 } }, randomState: 0));
        Assert.Equal("centers", e.ParamName);
    }

    [Fact]
    public void Bad_counts_and_deviations_are_rejected_with_the_allowed_range()
    {
        Assert.Equal("nSamples", Assert.Throws<ArgumentOutOfRangeException>(() => Datasets.MakeBlobs(0)).ParamName);
        Assert.Equal("centers", Assert.Throws<ArgumentOutOfRangeException>(() => Datasets.MakeBlobs(10, centers: 0)).ParamName);
        Assert.Equal("nFeatures", Assert.Throws<ArgumentOutOfRangeException>(() => Datasets.MakeBlobs(10, nFeatures: 0)).ParamName);
        Assert.Equal("nSamples", Assert.Throws<ArgumentOutOfRangeException>(() => Datasets.MakeBlobs([3, -1])).ParamName);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Datasets.MakeBlobs(10, clusterStd: -1.0));
        Assert.Equal("clusterStd", e.ParamName);
        Assert.Contains("range [0, inf)", e.Message);
    }
}
