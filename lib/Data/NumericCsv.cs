using System.Globalization;
using System.IO.Compression;

namespace CourseLib.Data;

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
    public static Dataset Parse(string path, IReadOnlyList<string> lines, int firstLineNumber, int expectedRows, int featureCount, int classCount)
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
        return new Dataset(x, y);
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
