using CourseLib.Plots;
using static TorchSharp.torch;

namespace CourseLib.Tests.Plots;

public class DigitImagesTests
{
    // A 2 x 3 "image" whose pixel values say where they are: 10 * row + column.
    private static Tensor Image() => tensor(new float[] { 0, 1, 2, 10, 11, 12 }).reshape(1, 1, 2, 3);

    [Fact]
    public void One_image_keeps_its_first_row_on_top_and_white_at_zero()
    {
        using var image = Image();
        var json = ChartJson.Of(DigitImages.Plot(image, maxValue: 12, title: "one"));

        var heatmap = Assert.Single(json.TracesOfType("heatmap"));
        Assert.Equal([[0.0, 1, 2], [10, 11, 12]], heatmap.GetProperty("z").Matrix());
        Assert.Equal("reversed", json.Layout.GetProperty("yaxis").GetProperty("autorange").GetString());
        Assert.Equal(0, heatmap.GetProperty("zmin").GetDouble());
        Assert.Equal(12, heatmap.GetProperty("zmax").GetDouble());
        Assert.Equal("one", json.Title);
    }

    [Fact]
    public void A_grid_has_one_captioned_panel_per_image_and_fills_its_last_row()
    {
        using var images = cat([Image(), Image() + 100, Image() + 200], 0); // [3, 1, 2, 3]
        var json = ChartJson.Of(DigitImages.Grid(images, ["a", "b", "c"], columns: 2));

        Assert.Equal(4, json.Traces.Length); // 2 x 2 panels, the last one blank
        Assert.Equal(["a", "b", "c", ""], json.AnnotationTexts);
        // On the panels' upward axes the first pixel row is the last row of z.
        Assert.Equal([[110.0, 111, 112], [100, 101, 102]], json.Traces[1].GetProperty("z").Matrix());
        Assert.Equal("b<extra></extra>", json.Traces[1].GetProperty("hovertemplate").GetString());
    }

    [Fact]
    public void Shapes_and_captions_that_do_not_fit_are_refused()
    {
        using var images = zeros(3, 2, 4, 4);
        Assert.Contains("one channel", Assert.Throws<ArgumentException>(() => DigitImages.Grid(images, ["a", "b", "c"])).Message);
        using var grey = zeros(3, 4, 4);
        Assert.Contains("3 images but 2 captions", Assert.Throws<ArgumentException>(() => DigitImages.Grid(grey, ["a", "b"])).Message);
        using var batch = zeros(2, 1, 4, 4);
        Assert.Contains("an image is [H, W]", Assert.Throws<ArgumentException>(() => DigitImages.Plot(batch)).Message);
    }
}
