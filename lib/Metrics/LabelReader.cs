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
        ArgumentNullException.ThrowIfNull(labels, name);
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
        using var scope = torch.NewDisposeScope();
        var flat = labels.requires_grad ? labels.detach() : labels;
        if (flat.device_type != DeviceType.CPU) flat = flat.cpu();
        if (flat.dim() != 1) flat = flat.reshape(-1);
        if (!flat.is_contiguous()) flat = flat.contiguous();

        long[] values = flat.dtype switch
        {
            ScalarType.Bool => Array.ConvertAll(flat.data<bool>().ToArray(), b => b ? 1L : 0L),
            ScalarType.Byte => Array.ConvertAll(flat.data<byte>().ToArray(), v => (long)v),
            ScalarType.Int8 => Array.ConvertAll(flat.data<sbyte>().ToArray(), v => (long)v),
            ScalarType.Int16 => Array.ConvertAll(flat.data<short>().ToArray(), v => (long)v),
            ScalarType.Int32 => Array.ConvertAll(flat.data<int>().ToArray(), v => (long)v),
            ScalarType.Int64 => flat.data<long>().ToArray(),
            ScalarType.Float32 => Whole(Array.ConvertAll(flat.data<float>().ToArray(), v => (double)v), name),
            ScalarType.Float64 => Whole(flat.data<double>().ToArray(), name),
            ScalarType.Float16 or ScalarType.BFloat16 => Whole(Array.ConvertAll(flat.to_type(ScalarType.Float32).data<float>().ToArray(), v => (double)v), name),
            var other => throw new ArgumentException(
                $"{name} has dtype {other}; class labels must be integers, bool, or floats holding whole numbers.", name),
        };
        foreach (long v in values)
            if (v < 0)
                throw new ArgumentException($"{name} contains the label {v}; class labels are whole numbers of 0 or more (0, 1, 2, ...).", name);
        return values;
    }

    private static long[] Whole(double[] values, string name)
    {
        var result = new long[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            double v = values[i];
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
