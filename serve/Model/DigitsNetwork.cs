using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Serve.Model;

/// <summary>
/// The architecture of notebook 14's digits classifier: flatten, 64 → 32 ReLU units → 10 logits. A saved file holds
/// only the parameters, so the service builds the same layers and loads them in; <c>LoadModel</c> checks the
/// file's manifest against these layers and names any tensor that does not fit.
/// </summary>
internal static class DigitsNetwork
{
    /// <summary>Pixels per image: 8 rows of 8.</summary>
    public const int Pixels = 64;

    /// <summary>Digits 0 to 9.</summary>
    public const int Classes = 10;

    /// <summary>The largest pixel value: a pixel counts the inked dots of a 4 × 4 block.</summary>
    public const float MaxPixel = 16;

    /// <summary>A new, untrained network with notebook 14's layers, in the same order (so the same parameter names).</summary>
    public static Module<Tensor, Tensor> Create() =>
        Sequential(Flatten(), Linear(Pixels, 32), ReLU(), Linear(32, Classes));
}
