using CourseLib.Data;
using CourseLib.Tests.Reference;
using static CourseLib.Tests.Reference.JsonCases;

namespace CourseLib.Tests.Data;

/// <summary>
/// make_multilabel_classification against scikit-learn 1.2.1's output (data/reference/multilabel_generator_cases.json,
/// written by make_multilabel_references.py): the same features, label matrix and distributions, bit for bit.
/// </summary>
public class MultilabelClassificationTests
{
    private static readonly JsonCases Cases = new("multilabel_generator_cases.json");

    private static readonly Dictionary<string, Func<MultilabelData>> Calls = new()
    {
        ["defaults_rs0"] = () => Datasets.MakeMultilabelClassification(randomState: 0),
        ["n200_f10_c3_rs42"] = () => Datasets.MakeMultilabelClassification(nSamples: 200, nFeatures: 10, nClasses: 3, randomState: 42),
        ["n50_f8_c4_labels1_length5_rs1"] = () => Datasets.MakeMultilabelClassification(50, 8, 4, nLabels: 1, length: 5, randomState: 1),
        ["n60_f6_c5_unlabeled_off_rs2"] = () => Datasets.MakeMultilabelClassification(60, 6, 5, allowUnlabeled: false, randomState: 2),
        ["n40_f12_c10_labels4_length12_rs3"] = () => Datasets.MakeMultilabelClassification(40, 12, 10, nLabels: 4, length: 12, randomState: 3),
        ["n30_f3_c1_rs4"] = () => Datasets.MakeMultilabelClassification(30, 3, 1, randomState: 4),
        ["n25_f30_c2_labels0.5_length1_rs5"] = () => Datasets.MakeMultilabelClassification(25, 30, 2, nLabels: 0.5, length: 1, randomState: 5),
        ["n20_f5_c7_labels9_length200_rs6"] = () => Datasets.MakeMultilabelClassification(20, 5, 7, nLabels: 9, length: 200, randomState: 6),
        ["n1_rs7"] = () => Datasets.MakeMultilabelClassification(nSamples: 1, randomState: 7),
    };

    public static TheoryData<string> CaseNames() => Cases.Names();

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Features_labels_and_distributions_equal_scikit_learns_bit_for_bit(string name)
    {
        var expected = Cases.Get(name);
        var data = Calls[name]();

        Assert.Equal(Matrix(expected["X"]), data.X);
        Assert.Equal(LongMatrix(expected["Y"]), data.Y);
        Assert.Equal(Doubles(expected["p_c"]), data.ClassProbability);
        Assert.Equal(Matrix(expected["p_w_c"]), data.WordGivenClass);
    }

    [Fact]
    public void Every_reference_case_has_its_call() =>
        Assert.Equal(Cases.Names().Select(row => row.Data).Order(), Calls.Keys.Order());

    [Fact]
    public void Without_unlabeled_samples_every_row_has_a_label()
    {
        var data = Datasets.MakeMultilabelClassification(300, nLabels: 0.3, allowUnlabeled: false, randomState: 9);
        Assert.All(Enumerable.Range(0, data.Count), i => Assert.Contains(1L, Enumerable.Range(0, data.LabelCount).Select(k => data.Y[i, k])));
    }

    [Fact]
    public void Tensors_are_float32_features_and_a_float32_label_matrix()
    {
        var data = Datasets.MakeMultilabelClassification(nSamples: 12, nFeatures: 7, nClasses: 3, randomState: 0);
        var (x, y) = data.ToTensors();
        using (x)
        using (y)
        {
            Assert.Equal([12L, 7], x.shape);
            Assert.Equal([12L, 3], y.shape);
            Assert.Equal(TorchSharp.torch.ScalarType.Float32, y.dtype);
            Assert.Equal(data.Y[5, 2], (long)y[5, 2].item<float>());
        }
    }

    [Theory]
    [InlineData(0, 20, 5, 2.0, 50.0, "nSamples")]
    [InlineData(10, 0, 5, 2.0, 50.0, "nFeatures")]
    [InlineData(10, 20, 0, 2.0, 50.0, "nClasses")]
    [InlineData(10, 20, 5, -1.0, 50.0, "nLabels")]
    [InlineData(10, 20, 5, double.NaN, 50.0, "nLabels")]
    [InlineData(10, 20, 5, 2.0, 0.0, "length")]
    [InlineData(10, 20, 5, 2.0, double.PositiveInfinity, "length")]
    public void Out_of_range_arguments_are_refused_by_name(int samples, int features, int classes, double labels, double length, string parameter)
    {
        var e = Assert.ThrowsAny<ArgumentOutOfRangeException>(() =>
            Datasets.MakeMultilabelClassification(samples, features, classes, labels, length, randomState: 0));
        Assert.Equal(parameter, e.ParamName);
    }

    [Fact]
    public void No_labels_on_average_and_no_unlabeled_samples_cannot_both_hold()
    {
        var e = Assert.Throws<ArgumentException>(() => Datasets.MakeMultilabelClassification(nLabels: 0, allowUnlabeled: false, randomState: 0));
        Assert.Equal("allowUnlabeled", e.ParamName);
    }

    [Fact]
    public void A_label_matrix_holds_only_zeros_and_ones()
    {
        var e = Assert.Throws<ArgumentException>(() => new MultilabelData(new double[2, 1], new long[,] { { 0, 1 }, { 2, 0 } }));
        Assert.Contains("y[1, 0] is 2", e.Message);
    }

    private static long[,] LongMatrix(System.Text.Json.Nodes.JsonNode? rows)
    {
        var list = rows!.AsArray().Select(Longs).ToArray();
        var matrix = new long[list.Length, list[0].Length];
        for (int i = 0; i < list.Length; i++)
            for (int j = 0; j < list[i].Length; j++) matrix[i, j] = list[i][j];
        return matrix;
    }
}
