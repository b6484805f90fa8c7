using System.Globalization;
using System.IO.Compression;

namespace CourseLib.Data;

public static partial class Datasets
{
    /// <summary>The file <see cref="LoadBreastCancer"/> reads, in the repository's <c>data/</c> folder.</summary>
    internal const string BreastCancerFile = "breast_cancer.csv";

    /// <summary>The file <see cref="LoadDigits"/> reads, in the repository's <c>data/</c> folder.</summary>
    internal const string DigitsFile = "digits.csv.gz";

    private static readonly string[] BreastCancerMeasures =
    [
        "radius", "texture", "perimeter", "area", "smoothness",
        "compactness", "concavity", "concave points", "symmetry", "fractal dimension",
    ];

    /// <summary>
    /// The Breast Cancer Wisconsin (Diagnostic) data (UCI; see <c>data/README.md</c>), as scikit-learn's
    /// <c>load_breast_cancer()</c>: 569 tumours, 30 measurements each (the mean, standard error and worst value of
    /// ten properties of the cell nuclei), label 0 = malignant (212), 1 = benign (357). Read from
    /// <c>data/breast_cancer.csv</c>; nothing is downloaded. Introduced in notebook 13_diagnosis.
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
    /// nothing is downloaded. Introduced in notebook 14_digits.
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

/// <summary>
/// Finds the repository's <c>data/</c> folder, where the real datasets ship. A notebook runs with its own folder
/// (<c>notebooks/</c>) as the current directory, a tool or test from the repository root or from a build folder
/// below it, so the search walks up from both the current directory and the application's folder.
/// </summary>
internal static class DataFolder
{
    /// <summary>The full path of <paramref name="fileName"/> in <paramref name="dataFolder"/>, or in the first <c>data/</c> folder found that holds it.</summary>
    /// <exception cref="FileNotFoundException">The file is in none of the folders searched.</exception>
    public static string Locate(string fileName, string? dataFolder)
    {
        if (dataFolder is not null)
        {
            var path = Path.GetFullPath(Path.Combine(dataFolder, fileName));
            return File.Exists(path) ? path : throw Missing(fileName, [Path.GetFullPath(dataFolder)]);
        }
        var searched = new List<string>();
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "data");
                if (searched.Contains(candidate)) continue;
                searched.Add(candidate);
                var path = Path.Combine(candidate, fileName);
                if (File.Exists(path)) return path;
            }
        throw Missing(fileName, searched);
    }

    private static FileNotFoundException Missing(string fileName, IReadOnlyList<string> searched) =>
        new($"{fileName} was not found in {string.Join(", ", searched)}. It ships with the course in the repository's " +
            $"data/ folder: restore it with `git checkout -- data/{fileName}`, or pass the folder that holds it as dataFolder.",
            fileName);
}

/// <summary>
/// Reads the real datasets' files: comma-separated numbers, one sample per line, the label last. Every
/// damage is reported with the file, the line and what was expected, rather than surfacing later as a
/// shape error inside libtorch.
/// </summary>
internal static class NumericCsv
{
    /// <summary>The lines of a text file, or of a gzip-compressed one when the name ends in <c>.gz</c>.</summary>
    /// <exception cref="InvalidDataException">The file is not valid gzip.</exception>
    public static List<string> ReadLines(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
            using var reader = new StreamReader(stream);
            var lines = new List<string>();
            while (reader.ReadLine() is { } line)
                if (line.Length > 0) lines.Add(line);
            return lines;
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path} is not a valid gzip file ({e.Message}). Restore the original with `git checkout -- data/{Path.GetFileName(path)}`.", e);
        }
    }

    /// <summary>
    /// Parses <paramref name="lines"/> (line numbers in messages start at <paramref name="firstLineNumber"/>) into
    /// <paramref name="featureCount"/> feature columns and an integer label in [0, <paramref name="classCount"/>).
    /// </summary>
    /// <exception cref="InvalidDataException">The row count, a row's column count, a number or a label is wrong.</exception>
    public static LabelledData Parse(string path, IReadOnlyList<string> lines, int firstLineNumber, int expectedRows, int featureCount, int classCount)
    {
        if (lines.Count != expectedRows)
            throw Damaged(path, $"it has {lines.Count} data rows, but the dataset has {expectedRows}");
        var x = new double[expectedRows, featureCount];
        var y = new long[expectedRows];
        for (int i = 0; i < expectedRows; i++)
        {
            int lineNumber = firstLineNumber + i;
            var cells = lines[i].Split(',');
            if (cells.Length != featureCount + 1)
                throw Damaged(path, $"line {lineNumber} has {cells.Length} values, but a sample has {featureCount + 1} ({featureCount} features and the label)");
            for (int j = 0; j < featureCount; j++)
                x[i, j] = Number(path, lineNumber, j + 1, cells[j]);
            double label = Number(path, lineNumber, featureCount + 1, cells[featureCount]);
            if (label != Math.Floor(label) || label < 0 || label >= classCount)
                throw Damaged(path, $"line {lineNumber} has the label '{cells[featureCount]}', but labels are the integers 0 to {classCount - 1}");
            y[i] = (long)label;
        }
        return new LabelledData(x, y);
    }

    /// <summary>A finite number in a cell, or a clear error naming the line and column.</summary>
    public static double Number(string path, int lineNumber, int column, string cell)
    {
        if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value))
            return value;
        throw Damaged(path, $"line {lineNumber}, column {column} holds '{cell}', which is not a finite number");
    }

    public static InvalidDataException Damaged(string path, string what) =>
        new($"{path} is damaged: {what}. Restore the original with `git checkout -- data/{Path.GetFileName(path)}`.");
}
