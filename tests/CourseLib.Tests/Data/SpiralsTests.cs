using CourseLib.Data;

namespace CourseLib.Tests.Data;

/// <summary>The CS231n spirals against NumPy's run of the recipe, at float32.</summary>
public class SpiralsTests
{
    private static readonly Dictionary<string, Func<LabelledData>> Calls = new()
    {
        ["spirals_n100_k3_seed42.csv"] = () => Datasets.MakeSpirals(100, 3, randomState: 42),
        ["spirals_n50_k4_seed7.csv"] = () => Datasets.MakeSpirals(50, 4, randomState: 7),
        ["spirals_n1_k2_seed0.csv"] = () => Datasets.MakeSpirals(1, 2, randomState: 0),
    };

    public static TheoryData<string> Files => new(Calls.Keys);

    [Theory]
    [MemberData(nameof(Files))]
    public void Generated_points_equal_numpys_at_float32(string file) =>
        DatasetAssert.EqualAtFloat32(file, Calls[file]());

    [Fact]
    public void The_recipe_with_the_global_generator_reseeded_matches_a_seeded_call()
    {
        RandomState.Global.Seed(42); // np.random.seed(42), as the CS231n code does
        var fromGlobal = Datasets.MakeSpirals();
        Assert.Equal(Datasets.MakeSpirals(randomState: 42).X.Cast<double>(), fromGlobal.X.Cast<double>());
    }

    [Fact]
    public void Counts_below_one_are_rejected()
    {
        Assert.Equal("nPerClass", Assert.Throws<ArgumentOutOfRangeException>(() => Datasets.MakeSpirals(0)).ParamName);
        Assert.Equal("nClasses", Assert.Throws<ArgumentOutOfRangeException>(() => Datasets.MakeSpirals(10, 0)).ParamName);
    }
}
