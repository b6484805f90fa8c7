namespace Serve.Tests;

/// <summary>Digits as a person draws them on the page's 280 × 280 canvas: strokes of points, in canvas pixels.</summary>
internal static class DrawnDigits
{
    /// <summary>The strokes of <paramref name="digit"/>, each a pen-down, moves, pen-up.</summary>
    public static (double X, double Y)[][] Strokes(int digit) => digit switch
    {
        // An upright oval.
        0 => [Enumerable.Range(0, 41).Select(i => (140 + 62 * Math.Sin(i * Math.PI / 20), 140 - 100 * Math.Cos(i * Math.PI / 20))).ToArray()],
        // A bar across the top, then down to the left.
        7 => [[(70, 45), (210, 45), (185, 100), (150, 170), (120, 240)]],
        // Down, across to the right, and a long stroke down through the bar.
        4 => [[(160, 35), (75, 170), (215, 170)], [(170, 90), (170, 245)]],
        _ => throw new ArgumentOutOfRangeException(nameof(digit), digit, "no strokes for this digit"),
    };
}
