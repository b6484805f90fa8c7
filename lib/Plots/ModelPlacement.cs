using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CourseLib.Plots;

/// <summary>Where a model's weights live, read from its parameters (or buffers), so inputs can be made to match.</summary>
internal static class ModelPlacement
{
    /// <summary>The device and floating-point type of the model's first parameter or buffer; CPU and float32 when it has neither.</summary>
    public static (Device Device, ScalarType DType) Of(Module model)
    {
        var first = model.parameters().Cast<Tensor>().Concat(model.buffers()).FirstOrDefault(t => t.is_floating_point());
        return first is null ? (CPU, ScalarType.Float32) : (first.device, first.dtype);
    }
}
