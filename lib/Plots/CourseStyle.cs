using DynamicObj;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace CourseLib.Plots;

/// <summary>
/// The look of every course chart: a small template with white panels, light grid lines and the
/// <see cref="Palette"/> as the colour way. Charts are built with Plotly.NET's defaults turned off and this
/// template added instead, because serialising Plotly.NET's default template costs about 90 ms per chart —
/// longer than building the chart — every time a notebook displays one. Notebooks that build their own
/// charts call <c>.WithCourseStyle()</c> to match.
/// </summary>
public static class CourseStyle
{
    /// <summary>Adds the course template to the chart's layout.</summary>
    public static GenericChart WithCourseStyle(this GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var layout = new Layout();
        layout.SetProperty("template", Template());
        return GenericChart.addLayout(layout, chart);
    }

    private static DynamicObj.DynamicObj Template()
    {
        var layout = new DynamicObj.DynamicObj();
        layout.SetProperty("colorway", Palette.Hex);
        layout.SetProperty("font", Obj(("color", "#2A3F5F")));
        layout.SetProperty("paper_bgcolor", "#FFFFFF");
        layout.SetProperty("plot_bgcolor", "#FFFFFF");
        layout.SetProperty("hovermode", "closest");
        layout.SetProperty("title", Obj(("x", 0.05)));
        layout.SetProperty("xaxis", Axis());
        layout.SetProperty("yaxis", Axis());
        return Obj(("layout", layout));
    }

    private static DynamicObj.DynamicObj Axis() => Obj(
        ("gridcolor", "#E5E5E5"), ("zerolinecolor", "#BDBDBD"), ("linecolor", "#BDBDBD"),
        ("showline", true), ("automargin", true), ("title", Obj(("standoff", 10))));

    private static DynamicObj.DynamicObj Obj(params (string Name, object Value)[] properties)
    {
        var obj = new DynamicObj.DynamicObj();
        foreach (var (name, value) in properties) obj.SetProperty(name, value);
        return obj;
    }
}
