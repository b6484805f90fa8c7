using System.Runtime.InteropServices;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Training;

public static partial class Engine
{
    /// <summary>
    /// The course's <c>accuracy_fn</c> on the labels the model's logits predict (<see cref="Predictions.LogitsToLabels"/>):
    /// the samples predicted right, <c>torch.eq(y_true, y_pred).sum().item()</c>, over the number of samples, times 100.
    /// With <c>BCELoss</c> the outputs are probabilities already, so they are only rounded.
    /// The predictions take no part in the loss, so no gradients are recorded for them. The labels were checked by
    /// <c>CheckLabels</c>.
    /// </summary>
    private static double AccuracyFn(Tensor yTrue, Tensor logits, Loss<Tensor, Tensor, Tensor> lossFn)
    {
        using var noGrad = torch.no_grad();
        // BCELoss is fed probabilities (the model ends in a sigmoid): a second sigmoid would make every prediction 1.
        var yPred = lossFn is TorchSharp.Modules.BCELoss ? (Predictions.IsColumn(logits) ? logits.squeeze(1) : logits).round() : Predictions.Labels(logits);
        return (double)CountCorrect(yTrue, yPred) / yPred.size(0) * 100;
    }

    /// <summary>
    /// <c>torch.eq(yTrue, yPred).sum().item()</c>. On the CPU the values are compared where they lie instead:
    /// the same count without three more libtorch calls, which for the course's tiny models are a noticeable
    /// part of an epoch (about 5 µs of some 300).
    /// </summary>
    private static long CountCorrect(Tensor yTrue, Tensor yPred)
    {
        if (yTrue.device_type == DeviceType.CPU && yPred.device_type == DeviceType.CPU && yTrue.dtype == yPred.dtype
            && yTrue.is_contiguous() && yPred.is_contiguous())
        {
            switch (yPred.dtype)
            {
                case ScalarType.Float32: return CountEqual<float>(yTrue, yPred);
                case ScalarType.Int64: return CountEqual<long>(yTrue, yPred);
            }
        }
        return torch.eq(yTrue, yPred).sum().item<long>();
    }

    private static long CountEqual<T>(Tensor a, Tensor b) where T : unmanaged, IEquatable<T>
    {
        var x = MemoryMarshal.Cast<byte, T>(a.bytes);
        var y = MemoryMarshal.Cast<byte, T>(b.bytes);
        long equal = 0;
        for (int i = 0; i < y.Length; i++)
            if (x[i].Equals(y[i])) equal++;
        return equal;
    }
}
