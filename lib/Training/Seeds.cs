using TorchSharp;

namespace CourseLib.Training;

/// <summary>
/// The course's <c>set_seeds</c> helper. No notebook calls it (they seed with <c>torch.manual_seed(42)</c>, as the
/// chapter does); the benchmarks and the library's tests seed with it.
/// </summary>
public static class Seeds
{
    /// <summary>
    /// Seeds every random number generator torch uses, so that creating a model and training it gives
    /// the same numbers each run: <c>torch.manual_seed</c> (the CPU generator, the one that initialises
    /// layers) and, on a machine with a GPU, every CUDA generator (<c>torch.cuda.manual_seed_all</c>).
    /// Call it right before creating a model, as the course calls <c>torch.manual_seed(42)</c> (notebook 02 first).
    /// </summary>
    public static void SetSeeds(long seed = 42)
    {
        torch.manual_seed(seed);
        if (torch.cuda.is_available())
            torch.cuda.manual_seed_all(seed);
    }
}
