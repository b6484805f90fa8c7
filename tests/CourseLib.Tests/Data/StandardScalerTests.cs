using CourseLib.Data;
using CourseLib.Tests.Reference;
using static CourseLib.Tests.Reference.JsonCases;

namespace CourseLib.Tests.Data;

/// <summary>StandardScaler equals scikit-learn 1.2.1's bit for bit (data/reference/scaler_cases.json) and refuses what it cannot scale.</summary>
public class StandardScalerTests
{
    private static readonly JsonCases Cases = new("scaler_cases.json");

    public static TheoryData<string> CaseNames() => Cases.Names();

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Fitted_statistics_and_both_transforms_equal_scikit_learn(string name)
    {
        var c = Cases.Get(name);
        var scaler = new StandardScaler().Fit(Matrix(c["fit"]));

        Assert.Equal(Doubles(c["mean"]), scaler.Mean);
        Assert.Equal(Doubles(c["var"]), scaler.Variance);
        Assert.Equal(Doubles(c["scale"]), scaler.Scale);
        Assert.Equal((int)c["samples_seen"]!, scaler.SamplesSeen);
        Assert.Equal(Matrix(c["fit_transformed"]), scaler.Transform(Matrix(c["fit"])));
        Assert.Equal(Matrix(c["other_transformed"]), scaler.Transform(Matrix(c["other"])));
    }

    [Fact]
    public void A_constant_column_is_centred_and_divided_by_one()
    {
        var scaler = new StandardScaler().Fit(new double[,] { { 1, 5 }, { 3, 5 } });

        Assert.Equal([1.0, 1.0], scaler.Scale);
        Assert.Equal(new double[,] { { -1, 0 }, { 1, 1 } }, scaler.Transform(new double[,] { { 1, 5 }, { 3, 6 } }));
    }

    [Fact]
    public void A_set_with_other_columns_is_refused_with_both_counts()
    {
        var scaler = new StandardScaler().Fit(new double[3, 30]);

        var error = Assert.Throws<ArgumentException>(() => scaler.Transform(new double[2, 29]));
        Assert.Contains("29 features", error.Message);
        Assert.Contains("fitted on 30", error.Message);
    }

    [Fact]
    public void Transform_before_fit_says_to_fit_on_the_training_set_first()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new StandardScaler().Transform(new double[1, 1]));
        Assert.Contains("not fitted yet", error.Message);
    }

    [Fact]
    public void Missing_values_and_empty_sets_are_refused()
    {
        Assert.Contains("x[1, 0] is NaN", Assert.Throws<ArgumentException>(() => new StandardScaler().Fit(new double[,] { { 1 }, { double.NaN } })).Message);
        Assert.Contains("shape (0, 3)", Assert.Throws<ArgumentException>(() => new StandardScaler().Fit(new double[0, 3])).Message);
    }

    [Fact]
    public void Transforming_a_dataset_keeps_its_labels()
    {
        var data = new LabelledData(new double[,] { { 0, 10 }, { 2, 30 } }, [1, 0]);
        var scaled = new StandardScaler().Fit(data).Transform(data);

        Assert.Equal(new double[,] { { -1, -1 }, { 1, 1 } }, scaled.X);
        Assert.Equal([1L, 0L], scaled.Y);
    }
}
