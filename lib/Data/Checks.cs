using System.Globalization;

namespace CourseLib.Data;

/// <summary>
/// Argument checks with scikit-learn's wording ("The 'noise' parameter of make_circles must be a float in the
/// range [0, inf) or None. Got -1 instead."), using the C# names of the parameter and method.
/// </summary>
internal static class Checks
{
    public static void AtLeast(int value, int min, string parameter, string method)
    {
        if (value < min)
            throw OutOfRange(parameter, value, method, $"an int in the range [{min}, inf)");
    }

    public static void NonNegativeOrNull(double? value, string parameter, string method)
    {
        if (value is { } v && !(v >= 0 && v < double.PositiveInfinity))
            throw OutOfRange(parameter, v, method, "a float in the range [0, inf) or null");
    }

    public static void NonNegative(double value, string parameter, string method)
    {
        if (!(value >= 0 && value < double.PositiveInfinity))
            throw OutOfRange(parameter, value, method, "a float in the range [0, inf)");
    }

    /// <summary>Every coordinate must be a finite number (NaN or infinity would make every point NaN or infinite).</summary>
    public static void FiniteValues(double[,] values, string parameter, string method)
    {
        for (int i = 0; i < values.GetLength(0); i++)
            for (int j = 0; j < values.GetLength(1); j++)
                if (!double.IsFinite(values[i, j]))
                    throw new ArgumentOutOfRangeException(parameter, values[i, j],
                        $"The '{parameter}' parameter of {method} must hold finite numbers. Got {Format(values[i, j])} at [{i}, {j}] instead.");
    }

    /// <summary>Both ends of a box must be finite numbers.</summary>
    public static void FiniteBox((double Low, double High)? box, string parameter, string method)
    {
        if (box is { } b && !(double.IsFinite(b.Low) && double.IsFinite(b.High)))
            throw new ArgumentOutOfRangeException(parameter, b,
                $"The '{parameter}' parameter of {method} must be a pair of finite numbers (low, high). Got ({Format(b.Low)}, {Format(b.High)}) instead.");
    }

    public static void InHalfOpenRange(double value, double low, double high, string parameter, string method)
    {
        if (!(value >= low && value < high))
            throw OutOfRange(parameter, value, method, $"a float in the range [{Format(low)}, {Format(high)})");
    }

    public static void InOpenRange(double value, double low, double high, string parameter, string method)
    {
        if (!(value > low && value < high))
            throw OutOfRange(parameter, value, method, $"a float in the range ({Format(low)}, {Format(high)})");
    }

    /// <summary>scikit-learn's <c>check_consistent_length</c>: every array must have the same number of samples.</summary>
    public static void ConsistentLength(string parameter, params int[] lengths)
    {
        if (lengths.Distinct().Count() > 1)
            throw new ArgumentException(
                $"Found input variables with inconsistent numbers of samples: [{string.Join(", ", lengths)}].", parameter);
    }

    /// <summary>
    /// Throws unless every generated value fits a float32 tensor (the course's <c>ToTensors</c> makes them float32):
    /// a scale such as a noise of 1e308 makes coordinates beyond ±3.4e38, which would become infinity there.
    /// </summary>
    public static void FitsFloat32(double[,] values, double scale, string parameter, string method)
    {
        foreach (double v in values)
            if (!(Math.Abs(v) <= float.MaxValue))
                throw new ArgumentOutOfRangeException(parameter, scale,
                    $"The '{parameter}' parameter of {method} is {Format(scale)}, which makes values of {Format(v)}: beyond float32's range " +
                    $"(±3.4e38), so the course's float32 tensors would hold infinity. Use a {parameter} of a few units, as the course does.");
    }

    /// <summary>A double as Python prints it in messages: shortest round-trip digits, <c>inf</c> for infinity.</summary>
    public static string Format(double value) =>
        double.IsPositiveInfinity(value) ? "inf" : double.IsNegativeInfinity(value) ? "-inf" : value.ToString("R", CultureInfo.InvariantCulture);

    private static ArgumentOutOfRangeException OutOfRange(string parameter, object value, string method, string allowed) =>
        new(parameter, value,
            $"The '{parameter}' parameter of {method} must be {allowed}. Got {(value is double d ? Format(d) : Convert.ToString(value, CultureInfo.InvariantCulture))} instead.");
}
