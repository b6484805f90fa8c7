using TorchSharp;

namespace CourseLib.Data;

/// <summary>
/// Which tensor types can hold a set of class labels exactly. A cast that cannot would change labels silently:
/// <c>Int8</c> turns 300 into 44, <c>Bool</c> turns classes 1, 2, 3 all into <c>true</c>.
/// </summary>
internal static class LabelTypes
{
    /// <summary>Throws unless every one of <paramref name="labels"/> keeps its value as <paramref name="type"/>.</summary>
    public static void CheckHolds(torch.ScalarType type, long[] labels, string name)
    {
        Guards.Defined(type, name);
        if (Range(type) is not var (low, high))
            throw new ArgumentException(
                $"{name} is {type}, which is not a type for class labels; use Int64 (for CrossEntropyLoss) or Float32 (for BCEWithLogitsLoss).", name);
        if (labels.Length == 0) return;
        long min = labels.Min(), max = labels.Max();
        if (min >= low && max <= high) return;
        long outside = max > high ? max : min;
        string holds = type == torch.ScalarType.Bool ? "only 0 and 1 (false, true)" : $"whole numbers from {low} to {high} exactly";
        throw new ArgumentException(
            $"{name} {type} holds {holds}, but the labels include {outside}: cast, it would become another class. " +
            "Use Int64 (for CrossEntropyLoss) or Float32 (for BCEWithLogitsLoss).", name);
    }

    // The whole numbers each type represents exactly (floats: up to 2^(mantissa bits + 1)).
    private static (long Low, long High)? Range(torch.ScalarType type) => type switch
    {
        torch.ScalarType.Bool => (0, 1),
        torch.ScalarType.Byte => (byte.MinValue, byte.MaxValue),
        torch.ScalarType.Int8 => (sbyte.MinValue, sbyte.MaxValue),
        torch.ScalarType.Int16 => (short.MinValue, short.MaxValue),
        torch.ScalarType.Int32 => (int.MinValue, int.MaxValue),
        torch.ScalarType.Int64 => (long.MinValue, long.MaxValue),
        torch.ScalarType.BFloat16 => (-(1L << 8), 1L << 8),
        torch.ScalarType.Float16 => (-(1L << 11), 1L << 11),
        torch.ScalarType.Float32 => (-(1L << 24), 1L << 24),
        torch.ScalarType.Float64 => (-(1L << 53), 1L << 53),
        _ => null,
    };
}
