using System.Globalization;

namespace CourseLib.Data;

/// <summary>
/// A <c>test_size</c> or <c>train_size</c> of <see cref="ModelSelection"/>'s splits: a fraction of the samples
/// (a <see cref="double"/>, in (0, 1)) or a number of samples (an <see cref="int"/>). Like in scikit-learn the
/// type decides: <c>0.2</c> is a fifth, <c>200</c> is two hundred samples, and <c>1.0</c> is an invalid fraction.
/// </summary>
public readonly record struct SplitSize
{
    private SplitSize(double value, bool isFraction)
    {
        Value = value;
        IsFraction = isFraction;
    }

    /// <summary>The fraction or the count.</summary>
    public double Value { get; }

    /// <summary>Whether <see cref="Value"/> is a fraction (otherwise a count of samples).</summary>
    public bool IsFraction { get; }

    /// <summary>A fraction of the samples.</summary>
    public static implicit operator SplitSize(double fraction) => new(fraction, true);

    /// <summary>A number of samples.</summary>
    public static implicit operator SplitSize(int count) => new(count, false);

    /// <summary>The value as Python would print it (<c>0.2</c>, <c>200</c>).</summary>
    public override string ToString() => IsFraction ? Checks.Format(Value) : ((long)Value).ToString(CultureInfo.InvariantCulture);
}
