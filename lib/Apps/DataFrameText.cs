using System.Globalization;
using Microsoft.Data.Analysis;

namespace CourseLib.Apps;

/// <summary>
/// A <see cref="DataFrame"/> as a plain-text table for a console: a header, a rule, one line per row, numbers
/// right-aligned and text left-aligned. (<c>DataFrame.ToString()</c> pads every column to one fixed width, so
/// long headers and values run into each other.) How the generated programs in <c>apps/</c> show the data frames
/// their notebooks show as HTML tables, from <c>apps/01_data.cs</c> on; no notebook calls it.
/// </summary>
public static class DataFrameText
{
    /// <summary>Rows beyond this many are left out, and a last line says how many.</summary>
    public const int DefaultMaxRows = 25;

    private const string ColumnGap = "  ";

    /// <summary>The table of <paramref name="frame"/>.</summary>
    /// <param name="frame">The data frame.</param>
    /// <param name="maxRows">How many rows to show at most (at least 1).</param>
    /// <exception cref="ArgumentNullException"><paramref name="frame"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRows"/> is less than 1.</exception>
    public static string Format(DataFrame frame, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);

        var shownRows = (int)Math.Min(frame.Rows.Count, maxRows);
        var columns = frame.Columns.Select(column => new TextColumn(
            column.Name,
            Enumerable.Range(0, shownRows).Select(row => Cell(column[row])).ToArray(),
            RightAligned: IsNumeric(column.DataType))).ToList();

        var lines = new List<string>
        {
            Join(columns.Select(c => c.Pad(c.Name))),
            Join(columns.Select(c => new string('-', c.Width))),
        };
        for (int row = 0; row < shownRows; row++)
            lines.Add(Join(columns.Select(c => c.Pad(c.Cells[row]))));
        if (frame.Rows.Count > shownRows)
            lines.Add($"... {frame.Rows.Count - shownRows} more rows ({frame.Rows.Count} in all)");
        return string.Join(Environment.NewLine, lines);
    }

    private static string Join(IEnumerable<string> cells) => string.Join(ColumnGap, cells).TrimEnd();

    private static string Cell(object? value) => value switch
    {
        null => "null",
        IFormattable formattable => formattable.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString() ?? "",
    };

    private static bool IsNumeric(Type type) =>
        Type.GetTypeCode(type) is >= TypeCode.SByte and <= TypeCode.Decimal;

    private sealed record TextColumn(string Name, string[] Cells, bool RightAligned)
    {
        public int Width { get; } = Cells.Append(Name).Max(text => text.Length);

        public string Pad(string text) => RightAligned ? text.PadLeft(Width) : text.PadRight(Width);
    }
}
