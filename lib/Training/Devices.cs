using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Training;

/// <summary>
/// Device-agnostic code, as the course writes it: <c>device = "cuda" if torch.cuda.is_available() else "cpu"</c>,
/// and the moves <see cref="Engine"/> makes to put a model and its data there. Notebook 02 writes the choice out; notebook 08 is the first to take it from here.
/// </summary>
public static class Devices
{
    /// <summary>
    /// CUDA when a GPU is available, otherwise the CPU (introduced in notebook 08, written out in 02). With the
    /// course's <c>TorchSharp-cpu</c> package it is always the CPU: only the <c>TorchSharp-cuda-*</c> packages can see a GPU.
    /// </summary>
    public static Device Default => torch.cuda.is_available() ? CUDA : CPU;

    /// <summary>A tensor on <paramref name="device"/>: the same tensor when it is there already, else a copy owned by the current scope.</summary>
    internal static Tensor OnDevice(Tensor t, Device device) =>
        Same(t.device, device) ? t : t.to(device);

    /// <summary>
    /// Moves <paramref name="model"/> to <paramref name="device"/>, and refuses an optimizer created before the move:
    /// it would keep updating the parameters left behind.
    /// </summary>
    internal static void MoveModel(nn.Module<Tensor, Tensor> model, optim.Optimizer optimizer, Device device)
    {
        if (model.parameters().Any(p => !Same(p.device, device)))
            model.to(device);
        var stale = optimizer.parameters().FirstOrDefault(p => !Same(p.device, device));
        if (stale is not null)
            throw new InvalidOperationException(
                $"The optimizer holds parameters on {stale.device}, but training runs on {device}. " +
                "Move the model first (model.to(device)), then create the optimizer over model.parameters().");
    }

    /// <summary>One device, where an index of -1 ("the current one") matches any index of the same type.</summary>
    private static bool Same(Device a, Device b) =>
        a.type == b.type && (a.index == b.index || a.index < 0 || b.index < 0);
}
