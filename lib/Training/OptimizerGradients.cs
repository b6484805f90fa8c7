using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Training;

/// <summary>
/// Clearing the gradients an optimizer's parameters gathered, the way PyTorch does it today: the engine's step 3.
/// The notebooks call TorchSharp's <c>optimizer.zero_grad()</c>, which gives the same numbers.
/// </summary>
internal static class OptimizerGradients
{
    /// <summary>
    /// PyTorch's <c>optimizer.zero_grad()</c>: since PyTorch 2.0 it sets every parameter's gradient to
    /// <c>None</c> (<c>set_to_none=True</c>), so the next <c>backward()</c> stores fresh gradients instead
    /// of adding them to zeros. TorchSharp's <c>zero_grad()</c> still fills the old gradients with zeros,
    /// which costs a kernel per parameter now and an addition per parameter in the backward pass.
    /// The results are the same either way (0 + g is exactly g).
    /// </summary>
    /// <param name="optimizer">The optimizer whose parameters' gradients are cleared.</param>
    /// <param name="setToNone">False zeroes the gradients in place, as <c>zero_grad(set_to_none=False)</c>.</param>
    public static void ZeroGrad(this optim.Optimizer optimizer, bool setToNone = true)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        if (!setToNone)
        {
            optimizer.zero_grad();
            return;
        }
        SetToNone(optimizer.parameters());
    }

    /// <summary>Sets the gradient of each of <paramref name="parameters"/> to none.</summary>
    internal static void SetToNone(IEnumerable<Tensor> parameters)
    {
        foreach (var parameter in parameters)
            parameter.grad = null;
    }
}
