using CourseLib.Plots;

namespace CourseLib.Tests.Plots;

public class CourseStyleTests
{
    [Fact]
    public void Charts_carry_the_course_template_with_the_palette_as_colour_way_instead_of_plotly_defaults()
    {
        var layout = ChartJson.Of(ActivationFunctions.Plot()).Layout;

        var template = layout.GetProperty("template").GetProperty("layout");
        Assert.Equal(Palette.Hex, template.GetProperty("colorway").Strings());
        Assert.False(layout.GetProperty("template").TryGetProperty("data", out _)); // Plotly.NET's default template has per-trace defaults
    }

    [Fact]
    public void Palette_is_okabe_ito_and_repeats_after_eight_colours()
    {
        Assert.Equal(["#0072B2", "#D55E00", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"], Palette.Hex);
        Assert.Equal(Palette.HexOf(1), Palette.HexOf(9));
        Assert.Throws<ArgumentOutOfRangeException>(() => Palette.HexOf(-1));
    }
}
