using CourseLib.Data;

namespace CourseLib.Tests.Data;

/// <summary>make_circles and make_moons against scikit-learn 1.2.1's output, at float32 (see data/README.md on float64).</summary>
public class CirclesAndMoonsTests
{
    // Each reference file with the C# call that repeats the Python call that wrote it.
    private static readonly Dictionary<string, Func<LabelledData>> Calls = new()
    {
        ["circles_n1000_noise0.03_rs42.csv"] = () => Datasets.MakeCircles(1000, noise: 0.03, randomState: 42),
        ["circles_n100_rs0.csv"] = () => Datasets.MakeCircles(randomState: 0),
        ["circles_n7_noise0.1_factor0.3_rs1.csv"] = () => Datasets.MakeCircles(7, noise: 0.1, factor: 0.3, randomState: 1),
        ["circles_n10_noise0.05_noshuffle_rs2.csv"] = () => Datasets.MakeCircles(10, shuffle: false, noise: 0.05, randomState: 2),
        ["circles_t3x5_factor0_rs3.csv"] = () => Datasets.MakeCircles((3, 5), factor: 0.0, randomState: 3),
        ["circles_n1_rs4.csv"] = () => Datasets.MakeCircles(1, randomState: 4),
        ["moons_n1000_noise0.07_rs42.csv"] = () => Datasets.MakeMoons(1000, noise: 0.07, randomState: 42),
        ["moons_n100_rs0.csv"] = () => Datasets.MakeMoons(randomState: 0),
        ["moons_n11_noise0.2_noshuffle_rs7.csv"] = () => Datasets.MakeMoons(11, shuffle: false, noise: 0.2, randomState: 7),
        ["moons_t4x6_noise0.1_rs8.csv"] = () => Datasets.MakeMoons((4, 6), noise: 0.1, randomState: 8),
    };

    public static TheoryData<string> Files => new(Calls.Keys);

    [Theory]
    [MemberData(nameof(Files))]
    public void Generated_points_equal_scikit_learns_at_float32(string file) =>
        DatasetAssert.EqualAtFloat32(file, Calls[file]());

    [Fact]
    public void The_course_circles_start_with_the_printed_rows_and_are_balanced()
    {
        var circles = Datasets.MakeCircles(1000, noise: 0.03, randomState: 42);

        Assert.Equal(0.75424625, circles.X[0, 0], 8);
        Assert.Equal(-0.89672343, circles.X[4, 1], 8);
        Assert.Equal([1L, 1, 1, 1, 0], circles.Y[..5]);
        Assert.Equal(500, circles.Y.Count(label => label == 0));
        Assert.Equal((1000, 2), (circles.Count, circles.FeatureCount));
    }

    [Fact]
    public void Odd_sizes_give_the_inner_curve_the_extra_point()
    {
        Assert.Equal(4, Datasets.MakeCircles(7, shuffle: false, randomState: 0).Y.Count(label => label == 1));
        Assert.Equal(6, Datasets.MakeMoons(11, shuffle: false, randomState: 0).Y.Count(label => label == 1));
    }

    [Fact]
    public void Without_noise_every_point_lies_on_its_circle()
    {
        var circles = Datasets.MakeCircles(50, factor: 0.5, randomState: 1);
        for (int i = 0; i < circles.Count; i++)
            Assert.Equal(circles.Y[i] == 0 ? 1.0 : 0.5, Math.Sqrt(circles.X[i, 0] * circles.X[i, 0] + circles.X[i, 1] * circles.X[i, 1]), 12);
    }

    [Fact]
    public void A_shared_generator_advances_so_two_calls_differ_but_replay_from_the_same_seed()
    {
        var shared = new RandomState(5);
        var first = Datasets.MakeMoons(20, noise: 0.1, randomState: shared);
        var second = Datasets.MakeMoons(20, noise: 0.1, randomState: shared);
        Assert.NotEqual(first.X.Cast<double>(), second.X.Cast<double>());

        var replay = new RandomState(5);
        Assert.Equal(first.X.Cast<double>(), Datasets.MakeMoons(20, noise: 0.1, randomState: replay).X.Cast<double>());
        Assert.Equal(second.X.Cast<double>(), Datasets.MakeMoons(20, noise: 0.1, randomState: replay).X.Cast<double>());
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Circles_reject_a_factor_outside_zero_to_one(double factor)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Datasets.MakeCircles(factor: factor));
        Assert.Equal("factor", e.ParamName);
        Assert.Contains("range [0, 1)", e.Message);
    }

    [Fact]
    public void Negative_noise_is_rejected_by_both()
    {
        var circles = Assert.Throws<ArgumentOutOfRangeException>(() => Datasets.MakeCircles(noise: -0.01));
        var moons = Assert.Throws<ArgumentOutOfRangeException>(() => Datasets.MakeMoons(noise: -1));
        Assert.All([circles, moons], e => Assert.Equal("noise", e.ParamName));
        Assert.Contains("The 'noise' parameter of MakeCircles must be a float in the range [0, inf) or null. Got -0.01 instead.", circles.Message);
    }

    [Fact]
    public void Sizes_below_one_are_rejected()
    {
        Assert.Equal("nSamples", Assert.Throws<ArgumentOutOfRangeException>(() => Datasets.MakeCircles(0)).ParamName);
        Assert.Equal("nSamples", Assert.Throws<ArgumentOutOfRangeException>(() => Datasets.MakeMoons(-3)).ParamName);
        Assert.Equal("nSamples.Inner", Assert.Throws<ArgumentOutOfRangeException>(() => Datasets.MakeMoons((2, -1))).ParamName);
        Assert.Contains("range [1, inf)", Assert.Throws<ArgumentOutOfRangeException>(() => Datasets.MakeCircles((0, 0))).Message);
    }
}
