using System.Globalization;
using System.Text.RegularExpressions;

namespace Site.Tests;

/// <summary>WCAG 2 contrast between two CSS colours (<c>#rrggbb</c> or <c>rgb(r, g, b)</c>), as axe-core computes it.</summary>
internal static partial class ColourContrast
{
    public static double Ratio(string foreground, string background)
    {
        var (a, b) = (Luminance(foreground), Luminance(background));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    private static double Luminance(string colour)
    {
        var (r, g, b) = Parse(colour);
        static double Channel(int c) => c / 255.0 is var s && s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        return 0.2126 * Channel(r) + 0.7152 * Channel(g) + 0.0722 * Channel(b);
    }

    private static (int R, int G, int B) Parse(string colour)
    {
        colour = colour.Trim();
        if (colour.StartsWith('#') && colour.Length == 7)
            return (Hex(colour[1..3]), Hex(colour[3..5]), Hex(colour[5..7]));
        var rgb = Rgb().Match(colour);
        if (rgb.Success)
            return (int.Parse(rgb.Groups[1].Value), int.Parse(rgb.Groups[2].Value), int.Parse(rgb.Groups[3].Value));
        throw new FormatException($"'{colour}' is not a #rrggbb or rgb() colour.");
    }

    private static int Hex(string pair) => int.Parse(pair, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^rgba?\(\s*(\d+),\s*(\d+),\s*(\d+)")]
    private static partial Regex Rgb();
}
