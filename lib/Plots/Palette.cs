using Plotly.NET;

namespace CourseLib.Plots;

/// <summary>
/// The one colour palette every course chart uses: Okabe and Ito's eight colours, which stay distinct for the
/// common forms of colour blindness. Class <c>k</c> is always drawn in palette colour <c>k mod 8</c> (<see cref="ColorOf"/>), so a class
/// keeps its colour from the data scatter to the decision boundary to the legend. Introduced in notebook 11_experiments.
/// </summary>
public static class Palette
{
    /// <summary>The colours as web hex strings, in the order classes and series receive them.</summary>
    internal static IReadOnlyList<string> Hex { get; } =
    [
        "#0072B2", // blue
        "#D55E00", // vermillion
        "#009E73", // bluish green
        "#E69F00", // orange
        "#CC79A7", // reddish purple
        "#56B4E9", // sky blue
        "#F0E442", // yellow
        "#000000", // black
    ];

    /// <summary>The hex colour of class or series <paramref name="index"/> (the palette repeats after eight).</summary>
    internal static string HexOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return Hex[index % Hex.Count];
    }

    /// <summary>The Plotly colour of class or series <paramref name="index"/>. Introduced in notebook 11_experiments.</summary>
    public static Color ColorOf(int index) => Color.fromString(HexOf(index));

    /// <summary>
    /// A stepped colour scale for class indices <c>0 … classCount-1</c> drawn with <c>zmin = -0.5</c> and
    /// <c>zmax = classCount - 0.5</c>: each class owns one flat band of its palette colour, so no colour
    /// between two classes ever appears.
    /// </summary>
    internal static StyleParam.Colorscale Discrete(int classCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        var stops = new List<Tuple<double, Color>>(2 * classCount);
        for (int k = 0; k < classCount; k++)
        {
            stops.Add(Tuple.Create((double)k / classCount, ColorOf(k)));
            stops.Add(Tuple.Create((double)(k + 1) / classCount, ColorOf(k)));
        }
        return StyleParam.Colorscale.NewCustom(stops);
    }
}
