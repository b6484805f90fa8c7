namespace CourseLib.Data;

public static partial class Datasets
{
    /// <summary>The file <see cref="LoadBreastCancer"/> reads, in the repository's <c>data/</c> folder.</summary>
    public const string BreastCancerFile = "breast_cancer.csv";

    /// <summary>The file <see cref="LoadDigits"/> reads, in the repository's <c>data/</c> folder.</summary>
    public const string DigitsFile = "digits.csv.gz";

    private static readonly string[] BreastCancerMeasures =
    [
        "radius", "texture", "perimeter", "area", "smoothness",
        "compactness", "concavity", "concave points", "symmetry", "fractal dimension",
    ];

    /// <summary>
    /// The Breast Cancer Wisconsin (Diagnostic) data (UCI; see <c>data/README.md</c>), as scikit-learn's
    /// <c>load_breast_cancer()</c>: 569 tumours, 30 measurements each (the mean, standard error and worst value of
    /// ten properties of the cell nuclei), label 0 = malignant (212), 1 = benign (357). Read from
    /// <c>data/breast_cancer.csv</c>; nothing is downloaded.
    /// </summary>
    /// <param name="dataFolder">The folder holding the file; by default the first <c>data/</c> found from the current directory or the application's folder upwards.</param>
    /// <exception cref="FileNotFoundException">The file is missing.</exception>
    /// <exception cref="InvalidDataException">The file is damaged (its header, row count, a row's column count, a number or a label).</exception>
    public static NamedDataset LoadBreastCancer(string? dataFolder = null)
    {
        const int Samples = 569, Features = 30;
        var path = DataFolder.Locate(BreastCancerFile, dataFolder);
        var lines = NumericCsv.ReadLines(path);
        // scikit-learn's header line: sample count, feature count, then the class names.
        string expectedHeader = $"{Samples},{Features},malignant,benign";
        if (lines.Count == 0 || lines[0] != expectedHeader)
            throw NumericCsv.Damaged(path, $"its first line should be '{expectedHeader}' but is '{(lines.Count == 0 ? "" : lines[0])}'");
        var data = NumericCsv.Parse(path, lines[1..], firstLineNumber: 2, Samples, Features, classCount: 2);
        var featureNames = new[] { "mean {0}", "{0} error", "worst {0}" }
            .SelectMany(pattern => BreastCancerMeasures.Select(measure => string.Format(pattern, measure)))
            .ToArray();
        return new NamedDataset(data, featureNames, ["malignant", "benign"]);
    }

    /// <summary>
    /// The optical recognition of handwritten digits data (UCI; see <c>data/README.md</c>), as scikit-learn's
    /// <c>load_digits()</c>: 1,797 images of 8 × 8 pixels, each pixel an integer 0–16, stored row by row as 64
    /// features (<c>pixel_{row}_{column}</c>), labels 0–9 the digit shown. Read from <c>data/digits.csv.gz</c>;
    /// nothing is downloaded.
    /// </summary>
    /// <param name="dataFolder">The folder holding the file; by default the first <c>data/</c> found from the current directory or the application's folder upwards.</param>
    /// <exception cref="FileNotFoundException">The file is missing.</exception>
    /// <exception cref="InvalidDataException">The file is damaged (not gzip, its row count, a row's column count, a number or a label).</exception>
    public static NamedDataset LoadDigits(string? dataFolder = null)
    {
        const int Samples = 1797, Side = 8;
        var path = DataFolder.Locate(DigitsFile, dataFolder);
        var data = NumericCsv.Parse(path, NumericCsv.ReadLines(path), firstLineNumber: 1, Samples, Side * Side, classCount: 10);
        var featureNames = Enumerable.Range(0, Side * Side).Select(p => $"pixel_{p / Side}_{p % Side}").ToArray();
        return new NamedDataset(data, featureNames, Enumerable.Range(0, 10).Select(d => d.ToString()).ToArray());
    }
}
