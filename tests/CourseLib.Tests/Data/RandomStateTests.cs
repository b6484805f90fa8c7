using CourseLib.Data;
using static CourseLib.Tests.Data.ReferenceCsv;

namespace CourseLib.Tests.Data;

/// <summary>The NumPy RandomState port against NumPy 1.24.2's own output (data/reference), compared bit for bit.</summary>
public class RandomStateTests
{
    private const string Seed42 = "numpy_randomstate_seed42.csv";
    private const string More = "numpy_randomstate_more.csv";

    private static double[] Doubles(string file, string @case) => Values(file, @case).Select(Double).ToArray();
    private static long[] Longs(string file, string @case) => Values(file, @case).Select(Long).ToArray();

    [Fact]
    public void Seed_42_replays_numpys_uniforms_normals_permutation_and_uniform_range_in_one_stream()
    {
        var rs = new RandomState(42);

        Assert.Equal(Doubles(Seed42, "random_sample"), rs.RandomSample(10));
        Assert.Equal(Doubles(Seed42, "standard_normal"), rs.StandardNormal(11));
        Assert.Equal(Longs(Seed42, "permutation20"), rs.Permutation(20));
        Assert.Equal(Doubles(Seed42, "uniform_m10_10"), rs.Uniform(-10, 10, 5));
    }

    [Theory]
    [InlineData(0L, "seed0_random_sample5", 5)]
    [InlineData(4294967295L, "seed4294967295_random_sample3", 3)]
    public void Integer_seeds_across_the_whole_range_give_numpys_doubles(long seed, string @case, int count) =>
        Assert.Equal(Doubles(More, @case), new RandomState(seed).RandomSample(count));

    [Fact]
    public void An_array_seed_is_mixed_in_as_numpy_does()
    {
        var rs = new RandomState([1u, 2u, 3u]);
        Assert.Equal(Doubles(More, "seedarray1-2-3_random_sample3"), rs.RandomSample(3));
    }

    [Fact]
    public void The_cached_second_normal_carries_into_normal_and_scalar_calls()
    {
        var rs = new RandomState(1);

        Assert.Equal(Doubles(More, "seed1_standard_normal3"), rs.StandardNormal(3));
        Assert.Equal(Doubles(More, "seed1_then_normal_loc5_scale2_x4"), rs.Normal(5, 2, 4));
        Assert.Equal(Doubles(More, "seed1_then_scalar_standard_normal")[0], rs.StandardNormal());
        Assert.Equal(Doubles(More, "seed1_then_uniform_0_1_x2"), new[] { rs.Uniform(), rs.Uniform() });
    }

    [Fact]
    public void RandInt_draws_like_numpy_for_small_single_32_bit_and_64_bit_ranges()
    {
        var rs = new RandomState(12345);

        Assert.Equal(Longs(More, "seed12345_randint_0_10_x20"), rs.RandInt(0, 10, 20));
        Assert.Equal(Longs(More, "seed12345_then_randint_m5_5_x10"), rs.RandInt(-5, 5, 10));
        Assert.Equal(Longs(More, "seed12345_then_randint_3_4_x3"), rs.RandInt(3, 4, 3));
        Assert.Equal(Longs(More, "seed12345_then_randint_0_2pow32_x3"), rs.RandInt(0, 1L << 32, 3));
        Assert.Equal(Longs(More, "seed12345_then_randint_0_2pow40_x5"), rs.RandInt(0, 1L << 40, 5));
        Assert.Equal(Doubles(More, "seed12345_then_random_sample2"), rs.RandomSample(2));
    }

    [Fact]
    public void Permutation_and_shuffle_follow_numpys_fisher_yates_including_tiny_sizes()
    {
        var rs = new RandomState(3);

        Assert.Empty(rs.Permutation(0));
        Assert.Equal(Longs(More, "seed3_then_permutation1"), rs.Permutation(1));
        Assert.Equal(Longs(More, "seed3_then_permutation2"), rs.Permutation(2));
        Assert.Equal(Longs(More, "seed3_then_permutation1000"), rs.Permutation(1000));
        int[] values = Enumerable.Range(10, 13).ToArray();
        rs.Shuffle(values);
        Assert.Equal(Longs(More, "seed3_then_shuffle_arange10_23"), values.Select(v => (long)v));
        Assert.Equal(Doubles(More, "seed3_then_random_sample2"), rs.RandomSample(2));
    }

    [Fact]
    public void An_int_converts_to_a_fresh_generator_with_that_seed()
    {
        RandomState fromInt = 42;
        Assert.Equal(new RandomState(42).RandomSample(3), fromInt.RandomSample(3));
    }

    [Fact]
    public void Reseeding_restarts_the_stream_and_forgets_the_cached_normal()
    {
        var rs = new RandomState(42);
        double first = rs.StandardNormal();
        rs.Seed(42);
        Assert.Equal(first, rs.StandardNormal());
    }

    [Fact]
    public void Unseeded_generators_differ()
    {
        Assert.NotEqual(new RandomState().RandomSample(4), new RandomState().RandomSample(4));
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(4294967296L)]
    public void Seeds_outside_32_bits_are_rejected(long seed)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RandomState(seed));
        Assert.Equal("seed", e.ParamName);
        Assert.Contains("between 0 and 2**32 - 1", e.Message);
    }

    [Fact]
    public void Bad_distribution_arguments_are_rejected_with_the_parameter_named()
    {
        var rs = new RandomState(0);
        Assert.Equal("scale", Assert.Throws<ArgumentOutOfRangeException>(() => rs.Normal(0, -1)).ParamName);
        Assert.Equal("high", Assert.Throws<ArgumentOutOfRangeException>(() => rs.RandInt(5, 5)).ParamName);
        Assert.Equal("high", Assert.Throws<ArgumentOutOfRangeException>(() => rs.Uniform(double.MinValue, double.MaxValue)).ParamName);
        Assert.Equal("size", Assert.Throws<ArgumentOutOfRangeException>(() => rs.RandomSample(-1)).ParamName);
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => rs.Permutation(-1)).ParamName);
    }
}
