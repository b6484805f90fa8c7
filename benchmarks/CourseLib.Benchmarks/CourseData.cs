using CourseLib.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Benchmarks;

/// <summary>A training and a test set of the course's sizes.</summary>
internal sealed record CourseData(Tensor XTrain, Tensor YTrain, Tensor XTest, Tensor YTest)
{
    private const int Samples = 1000, TrainSamples = 800;

    /// <summary>
    /// Two noisy concentric circles like <c>make_circles(1000, noise=0.03)</c>, float32, labels float32,
    /// split 800/200. The timing does not depend on the values, only on the shapes.
    /// </summary>
    public static CourseData Circles()
    {
        Seeds.SetSeeds(42);
        var inner = arange(Samples) >= Samples / 2;
        var angle = rand(Samples) * (2 * Math.PI);
        var radius = where(inner, 0.8f, 1.0f);
        var x = stack([radius * cos(angle), radius * sin(angle)], dim: 1) + randn(Samples, 2) * 0.03f;
        var y = inner.to(float32);
        return Split(x, y);
    }

    /// <summary>Four Gaussian blobs like <c>make_blobs(1000, centers=4, cluster_std=1.5)</c>, labels int64, split 800/200.</summary>
    public static CourseData Blobs()
    {
        Seeds.SetSeeds(42);
        var centers = tensor(new float[] { -8, 7, -6, -6, 4, 1, 4, -1 }, [4, 2]);
        var y = randint(0, 4, [Samples], dtype: int64);
        var x = centers[y] + randn(Samples, 2) * 1.5f;
        return Split(x, y);
    }

    private static CourseData Split(Tensor x, Tensor y)
    {
        var order = randperm(Samples);
        x = x[order];
        y = y[order];
        return new CourseData(x[..TrainSamples], y[..TrainSamples], x[TrainSamples..], y[TrainSamples..]);
    }
}
