using CourseLib.Training;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CourseLib.Tests.Training;

/// <summary>The chapter's models, each created right after seeding as the course does.</summary>
internal static class CourseModels
{
    /// <summary>model_1, CircleModelV1: 2 → 10 → 10 → 1 linear layers, no activation.</summary>
    public static Module<Tensor, Tensor> Model1(long seed = 42)
    {
        Seeds.SetSeeds(seed);
        return Sequential(Linear(2, 10), Linear(10, 10), Linear(10, 1));
    }

    /// <summary>model_3, CircleModelV2: 2 → 10 → ReLU → 10 → ReLU → 1.</summary>
    public static Module<Tensor, Tensor> Model3(long seed = 42)
    {
        Seeds.SetSeeds(seed);
        return Sequential(Linear(2, 10), ReLU(), Linear(10, 10), ReLU(), Linear(10, 1));
    }

    /// <summary>A BlobModel-like multi-class model: 2 → 8 → 8 → classes.</summary>
    public static Module<Tensor, Tensor> Blob(int classes, long seed = 42)
    {
        Seeds.SetSeeds(seed);
        return Sequential(Linear(2, 8), Linear(8, 8), Linear(8, classes));
    }
}
