using CourseLib.Apps;
using Microsoft.Data.Analysis;

namespace CourseLib.Tests.Apps;

public class DataFrameTextTests
{
    private static DataFrame Results() => new(
        new StringDataFrameColumn("Training", ["full batch", "mini-batch"]),
        new Int64DataFrameColumn("Optimizer steps", [100L, 2500L]),
        new DoubleDataFrameColumn("Test accuracy (%)", [54.5, 100.0]));

    [Fact]
    public void Each_column_is_as_wide_as_its_widest_cell_with_numbers_right_aligned_and_text_left_aligned()
    {
        var lines = DataFrameText.Format(Results()).Split(Environment.NewLine);

        Assert.Equal(
        [
            "Training    Optimizer steps  Test accuracy (%)",
            "----------  ---------------  -----------------",
            "full batch              100               54.5",
            "mini-batch             2500                100",
        ], lines);
    }

    [Fact]
    public void Long_headers_and_values_never_run_into_the_next_column()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("a", ["a value much longer than its header"]),
            new DoubleDataFrameColumn("b", [-0.01364835948765009]));

        var row = DataFrameText.Format(frame).Split(Environment.NewLine)[2];

        Assert.Equal("a value much longer than its header  -0.01364835948765009", row);
    }

    [Fact]
    public void Rows_beyond_the_limit_are_counted_not_printed()
    {
        var frame = new DataFrame(new Int32DataFrameColumn("n", Enumerable.Range(0, 30)));

        var lines = DataFrameText.Format(frame, maxRows: 5).Split(Environment.NewLine);

        Assert.Equal(2 + 5 + 1, lines.Length);
        Assert.Equal("4", lines[6].Trim());
        Assert.Equal("... 25 more rows (30 in all)", lines[^1]);
    }

    [Fact]
    public void Missing_values_print_as_null()
    {
        var column = new DoubleDataFrameColumn("x", 2);
        column[0] = 1.5;

        var lines = DataFrameText.Format(new DataFrame(column)).Split(Environment.NewLine);

        Assert.Equal(" 1.5", lines[2]);
        Assert.Equal("null", lines[3]);
    }

    [Fact]
    public void A_limit_below_one_row_is_refused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DataFrameText.Format(Results(), maxRows: 0));
        Assert.Equal("maxRows", e.ParamName);
    }
}
