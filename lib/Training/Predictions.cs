using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Training;

/// <summary>
/// From a model's raw outputs (logits) to class labels, chosen by the model's output width as the
/// course does: one output is binary (logits → <c>torch.sigmoid</c> → prediction probabilities →
/// <c>torch.round</c> → labels 0/1), several outputs are multi-class (logits → <c>torch.softmax</c> →
/// probabilities → <c>argmax</c> → labels).
/// </summary>
public static class Predictions
{
    /// <summary>
    /// Logits as the loss function takes them: a binary model's [N, 1] squeezed to [N] (the course's
    /// <c>model(X).squeeze()</c>, but only that last axis, so one sample stays a vector); [N, C] unchanged.
    /// </summary>
    public static Tensor SqueezeBinary(Tensor logits) =>
        IsColumn(logits) ? logits.squeeze(1) : logits;

    /// <summary>Whether logits of this shape come from a binary model: [N] or [N, 1].</summary>
    public static bool IsBinary(Tensor logits) => logits.dim() == 1 || IsColumn(logits);

    /// <summary>Whether logits are a binary model's single output column, [N, 1].</summary>
    internal static bool IsColumn(Tensor logits) => logits.dim() == 2 && logits.size(1) == 1;

    /// <summary>
    /// Class labels from logits: <c>torch.round(torch.sigmoid(logits))</c> (float 0/1) for a binary model,
    /// <c>torch.softmax(logits, 1).argmax(1)</c> (int64) for a multi-class one.
    /// </summary>
    public static Tensor LogitsToLabels(Tensor logits) => IsBinary(logits)
        ? torch.sigmoid(SqueezeBinary(logits)).round_() // rounded in place: the probabilities are a fresh tensor
        : torch.softmax(logits, dim: 1).argmax(dim: 1);
}
