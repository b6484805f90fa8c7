using System.Numerics;
using System.Runtime.InteropServices;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Metrics;

/// <summary>
/// Reads a tensor of class labels into managed memory, refusing what is not a label vector:
/// a scalar, a matrix of logits or probabilities, values that are not whole numbers, negative values.
/// </summary>
internal static class LabelReader
{
    private const string LabelHint =
        "For a binary model use torch.round(torch.sigmoid(logits)); for a multi-class model use logits.argmax(1).";

    /// <summary>The number of labels in <paramref name="labels"/>, after checking its shape: [N] or [N, 1].</summary>
    public static long Count(Tensor labels, string name)
    {
        Guards.Live(labels, name);
        var shape = labels.shape;
        if (shape.Length == 1) return shape[0];
        if (shape.Length == 2 && shape[1] == 1) return shape[0];
        if (shape.Length == 2)
            throw new ArgumentException(
                $"{name} has shape {Describe(shape)}, which looks like logits or probabilities for {shape[1]} classes; " +
                $"metrics expect one class label per sample, shape [N] (or [N, 1]). {LabelHint}", name);
        throw new ArgumentException(
            $"{name} has shape {Describe(shape)}; metrics expect a vector of class labels, shape [N] (or [N, 1]).", name);
    }

    /// <summary>Checks the shape, then reads every label as a whole number of 0 or more.</summary>
    public static long[] Read(Tensor labels, string name)
    {
        Count(labels, name);
        // Views and copies made here (detached, on the CPU, flat) are freed on return; for the usual
        // CPU vector none is made and the values are read in place.
        using var scope = torch.NewDisposeScope();
        var flat = labels.requires_grad ? labels.detach() : labels;
        if (flat.device_type != DeviceType.CPU) flat = flat.cpu();
        if (flat.dim() != 1) flat = flat.reshape(-1);
        if (!flat.is_contiguous()) flat = flat.contiguous();

        // A contiguous CPU tensor's bytes are its values in place: no element-by-element copy.
        long[] values = flat.dtype switch
        {
            ScalarType.Bool => Integers(Values<bool>(flat), b => b ? 1L : 0L),
            ScalarType.Byte => Integers(Values<byte>(flat), v => v),
            ScalarType.Int8 => Integers(Values<sbyte>(flat), v => v),
            ScalarType.Int16 => Integers(Values<short>(flat), v => v),
            ScalarType.Int32 => Integers(Values<int>(flat), v => v),
            ScalarType.Int64 => Values<long>(flat).ToArray(),
            ScalarType.Float32 => WholeNumbers(Values<float>(flat), name),
            ScalarType.Float64 => WholeNumbers(Values<double>(flat), name),
            ScalarType.Float16 or ScalarType.BFloat16 => WholeNumbers(Values<float>(flat.to_type(ScalarType.Float32)), name),
            var other => throw new ArgumentException(
                $"{name} has dtype {other}; class labels must be integers, bool, or floats holding whole numbers.", name),
        };
        foreach (long v in values)
            if (v < 0)
                throw new ArgumentException($"{name} contains the label {v}; class labels are whole numbers of 0 or more (0, 1, 2, ...).", name);
        return values;
    }

    private static ReadOnlySpan<T> Values<T>(Tensor contiguousCpu) where T : unmanaged =>
        MemoryMarshal.Cast<byte, T>(contiguousCpu.bytes);

    private static long[] Integers<T>(ReadOnlySpan<T> values, Func<T, long> toLong)
    {
        var result = new long[values.Length];
        for (int i = 0; i < values.Length; i++) result[i] = toLong(values[i]);
        return result;
    }

    private static long[] WholeNumbers<T>(ReadOnlySpan<T> values, string name) where T : unmanaged, IFloatingPoint<T>
    {
        var result = new long[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            double v = double.CreateTruncating(values[i]);
            if (!double.IsFinite(v) || v != Math.Floor(v) || Math.Abs(v) > 1L << 53)
                throw new ArgumentException(
                    $"{name}[{i}] is {v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}, which is not a class label: " +
                    $"metrics expect whole-number labels (0, 1, 2, ...), not logits or probabilities. {LabelHint}", name);
            result[i] = (long)v;
        }
        return result;
    }

    private static string Describe(long[] shape) => "[" + string.Join(", ", shape) + "]";
}
