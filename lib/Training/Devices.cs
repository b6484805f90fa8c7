using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Training;

/// <summary>Device-agnostic code, as the course writes it: <c>device = "cuda" if torch.cuda.is_available() else "cpu"</c>.</summary>
public static class Devices
{
    /// <summary>CUDA when a GPU is available, otherwise the CPU.</summary>
    public static Device Default => torch.cuda.is_available() ? CUDA : CPU;
}
