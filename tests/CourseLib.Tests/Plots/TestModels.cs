using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CourseLib.Tests.Plots;

/// <summary>Small classifiers with hand-set weights, so the class at any point is known.</summary>
internal static class TestModels
{
    /// <summary>A linear layer with the given weight rows (one per output) and biases.</summary>
    public static Linear Linear(float[][] weights, float[] biases)
    {
        var layer = nn.Linear(2, weights.Length);
        using (no_grad())
        {
            layer.weight!.copy_(tensor(weights.SelectMany(w => w).ToArray(), [weights.Length, 2]));
            layer.bias!.copy_(tensor(biases));
        }
        return layer;
    }

    /// <summary>One logit, x1 - x2: class 1 below the diagonal.</summary>
    public static Linear BelowDiagonal() => Linear([[1, -1]], [0]);

    /// <summary>Three logits: class 0 when x1 is most negative, class 2 when it is most positive, class 1 between.</summary>
    public static Linear ThreeBandsAlongX1() => Linear([[-4, 0], [0, 0], [4, 0]], [0, 1, 0]);

    /// <summary>Points spread over [-1, 1]², with the labels given.</summary>
    public static (Tensor Features, Tensor Labels) Data(params long[] labels)
    {
        var rng = new Random(7);
        var xy = new float[labels.Length * 2];
        for (int i = 0; i < xy.Length; i++) xy[i] = (float)(rng.NextDouble() * 2 - 1);
        xy[0] = -1; xy[1] = -1; xy[2] = 1; xy[3] = 1; // fix the range to exactly [-1, 1]²
        return (tensor(xy, [labels.Length, 2]), tensor(labels));
    }
}
