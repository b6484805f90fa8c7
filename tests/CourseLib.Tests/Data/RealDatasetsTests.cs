using System.IO.Compression;
using CourseLib.Data;

namespace CourseLib.Tests.Data;

/// <summary>
/// The real datasets load from data/ as scikit-learn's load_breast_cancer() and load_digits() give them, and a missing
/// or damaged file is reported with what is wrong and how to restore it.
/// </summary>
public sealed class RealDatasetsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("real-data-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Breast_cancer_has_569_tumours_of_30_named_features_212_malignant()
    {
        var cancer = Datasets.LoadBreastCancer();

        Assert.Equal((569, 30), (cancer.Count, cancer.Data.FeatureCount));
        Assert.Equal([212L, 357L], cancer.ClassCounts());
        Assert.Equal(["malignant", "benign"], cancer.ClassNames);
        Assert.Equal(["mean radius", "mean texture"], cancer.FeatureNames.Take(2));
        Assert.Equal("radius error", cancer.FeatureNames[10]);
        Assert.Equal("worst fractal dimension", cancer.FeatureNames[29]);
        Assert.Equal([7.76, 24.54, 47.92, 181.0], cancer.Data.X.GetRow(568).Take(4));
        Assert.Equal(1056474.4596356, cancer.Data.X.Cast<double>().Sum(), 1e-6); // NumPy's sum of every value
    }

    [Fact]
    public void Digits_has_1797_images_of_64_pixels_about_180_of_each_digit()
    {
        var digits = Datasets.LoadDigits();

        Assert.Equal((1797, 64), (digits.Count, digits.Data.FeatureCount));
        Assert.Equal([178L, 182, 177, 183, 181, 182, 181, 179, 174, 180], digits.ClassCounts());
        Assert.Equal("pixel_0_0", digits.FeatureNames[0]);
        Assert.Equal("pixel_7_7", digits.FeatureNames[63]);
        Assert.Equal(5, digits.Data.Y[5]);
        Assert.Equal([0.0, 0, 12, 10, 0, 0, 0, 0, 0, 0, 14, 16, 16, 14, 0, 0], digits.Data.X.GetRow(5).Take(16));
        Assert.Equal(561718.0, digits.Data.X.Cast<double>().Sum());
    }

    [Fact]
    public void A_missing_file_names_the_folders_searched_and_the_fix()
    {
        var error = Assert.Throws<FileNotFoundException>(() => Datasets.LoadDigits(_folder));
        Assert.Contains("digits.csv.gz was not found in " + _folder, error.Message);
        Assert.Contains("git checkout -- data/digits.csv.gz", error.Message);
    }

    [Theory]
    [InlineData("a short row", "line 2 has 2 values, but a sample has 31 (30 features and the label)")]
    [InlineData("a word for a number", "line 7, column 6 holds 'n/a', which is not a finite number")]
    [InlineData("another header", "its first line should be '569,30,malignant,benign' but is '569,30,benign,malignant'")]
    public void A_damaged_breast_cancer_file_says_what_is_wrong_where(string damage, string expected)
    {
        var lines = File.ReadAllLines(Repository("breast_cancer.csv"));
        switch (damage)
        {
            case "a short row": lines[1] = "17.99,10.38"; break;
            case "a word for a number": lines[6] = string.Join(',', lines[6].Split(',').Select((v, i) => i == 5 ? "n/a" : v)); break;
            default: lines[0] = "569,30,benign,malignant"; break;
        }
        File.WriteAllLines(Path.Combine(_folder, "breast_cancer.csv"), lines);

        var error = Assert.Throws<InvalidDataException>(() => Datasets.LoadBreastCancer(_folder));
        Assert.Contains("breast_cancer.csv is damaged: " + expected, error.Message);
        Assert.Contains("git checkout -- data/breast_cancer.csv", error.Message);
    }

    [Fact]
    public void A_breast_cancer_file_with_a_row_missing_is_refused()
    {
        File.WriteAllLines(Path.Combine(_folder, "breast_cancer.csv"), File.ReadAllLines(Repository("breast_cancer.csv"))[..^1]);

        var error = Assert.Throws<InvalidDataException>(() => Datasets.LoadBreastCancer(_folder));
        Assert.Contains("it has 568 data rows, but the dataset has 569", error.Message);
    }

    [Fact]
    public void A_digits_file_that_is_not_gzip_is_refused()
    {
        File.WriteAllText(Path.Combine(_folder, "digits.csv.gz"), "0,1,2\n");

        var error = Assert.Throws<InvalidDataException>(() => Datasets.LoadDigits(_folder));
        Assert.Contains("is not a valid gzip file", error.Message);
    }

    [Fact]
    public void A_digit_label_outside_0_to_9_is_refused()
    {
        var lines = ReadGzip(Repository("digits.csv.gz"));
        lines[3] = lines[3][..lines[3].LastIndexOf(',')] + ",12";
        using (var file = File.Create(Path.Combine(_folder, "digits.csv.gz")))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        using (var writer = new StreamWriter(gzip))
            foreach (var l in lines) writer.WriteLine(l);

        var error = Assert.Throws<InvalidDataException>(() => Datasets.LoadDigits(_folder));
        Assert.Contains("line 4 has the label '12', but labels are the integers 0 to 9", error.Message);
    }

    [Fact]
    public void The_table_names_its_columns_and_the_class_of_each_sample()
    {
        var table = Datasets.LoadBreastCancer().ToDataFrame();

        Assert.Equal(31, table.Columns.Count);
        Assert.Equal("mean radius", table.Columns[0].Name);
        Assert.Equal("malignant", table["class"][0]);
    }

    private static string Repository(string file)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "data", "digits.csv.gz")))
                return Path.Combine(folder.FullName, "data", file);
        throw new FileNotFoundException(file);
    }

    private static string[] ReadGzip(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}

internal static class MatrixRows
{
    public static double[] GetRow(this double[,] x, int row) => Enumerable.Range(0, x.GetLength(1)).Select(j => x[row, j]).ToArray();
}
