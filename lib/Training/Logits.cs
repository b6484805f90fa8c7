using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Training;

/// <summary>
/// From a model's raw outputs (logits) to class labels, chosen by the model's output width as the
/// course does: one output is binary (logits → <c>torch.sigmoid</c> → prediction probabilities →
/// <c>torch.round</c> → labels 0/1), several outputs are multi-class (logits → <c>torch.softmax</c> →
/// probabilities → <c>argmax</c> → labels). The notebooks write these steps out; the engine and the
/// decision-boundary chart use this.
/// </summary>
internal static class Logits
{
    /// <summary>Whether logits of this shape come from a binary model: [N] or [N, 1].</summary>
    public static bool IsBinary(Tensor logits) => Guards.Live(logits).dim() == 1 || IsColumn(logits);

    /// <summary>Whether logits are a binary model's single output column, [N, 1].</summary>
    public static bool IsColumn(Tensor logits) => logits.dim() == 2 && logits.size(1) == 1;

    /// <summary>
    /// Class labels from logits: <c>torch.round(torch.sigmoid(logits))</c> (float 0/1) for a binary model,
    /// <c>torch.softmax(logits, 1).argmax(1)</c> (int64) for a multi-class one.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="logits"/> is not a float tensor of shape [N], [N, 1] or [N, C].</exception>
    public static Tensor ToLabels(Tensor logits)
    {
        CheckLogits(logits);
        return ToLabelsUnchecked(logits);
    }

    /// <summary><see cref="ToLabels"/> for logits the caller has checked (the engine's, every epoch; a chart's grid).</summary>
    public static Tensor ToLabelsUnchecked(Tensor logits) => logits.dim() == 1 || IsColumn(logits)
        ? torch.sigmoid(IsColumn(logits) ? logits.squeeze(1) : logits).round_() // rounded in place: the probabilities are a fresh tensor
        : torch.softmax(logits, dim: 1).argmax(dim: 1);

    private static void CheckLogits(Tensor logits)
    {
        Guards.Live(logits);
        if (logits.dim() is not (1 or 2))
            throw new ArgumentException(
                $"logits has shape [{string.Join(", ", logits.shape)}]; a classifier's logits are [N] or [N, 1] (binary) or [N, classes]. " +
                "For a batch of sequences or images, reshape them to one row per sample first.", nameof(logits));
        if (!logits.is_floating_point())
            throw new ArgumentException(
                $"logits has dtype {logits.dtype}; logits are a model's floating-point outputs. If these are labels already, use them as they are.",
                nameof(logits));
    }
}
