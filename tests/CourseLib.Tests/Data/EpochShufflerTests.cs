using CourseLib.Data;
using TorchSharp;

namespace CourseLib.Tests.Data;

/// <summary>EpochShuffler (notebooks 10 and 14): a new permutation every epoch, the same ones for the same seed, as PyTorch draws them.</summary>
public class EpochShufflerTests
{
    private static long[][] Epochs(long count, int seed, int epochs)
    {
        var shuffler = new EpochShuffler(count, new torch.Generator().manual_seed(seed));
        return [.. Enumerable.Range(0, epochs).Select(_ => shuffler.ToArray())];
    }

    [Fact]
    public void Every_epoch_is_a_permutation_of_all_the_samples()
    {
        foreach (var order in Epochs(count: 100, seed: 42, epochs: 3))
            Assert.Equal(Enumerable.Range(0, 100).Select(i => (long)i), order.Order());
    }

    [Fact]
    public void Each_epoch_draws_a_new_order_and_the_same_seed_draws_the_same_orders_again()
    {
        var run = Epochs(count: 100, seed: 42, epochs: 3);
        var again = Epochs(count: 100, seed: 42, epochs: 3);

        Assert.NotEqual(run[0], run[1]);
        Assert.NotEqual(run[1], run[2]);
        Assert.Equal(run, again);
        Assert.NotEqual(run[0], Epochs(count: 100, seed: 7, epochs: 1)[0]);
    }

    [Fact]
    public void The_orders_are_torch_randperm_drawn_one_after_another_from_the_seeded_generator()
    {
        var generator = new torch.Generator().manual_seed(42);
        var expected = Enumerable.Range(0, 2).Select(_ => torch.randperm(20, generator: generator).data<long>().ToArray()).ToArray();

        Assert.Equal(expected, Epochs(count: 20, seed: 42, epochs: 2));
    }

    [Fact]
    public void A_loader_built_on_it_serves_every_sample_once_per_epoch_in_a_new_order()
    {
        using var dataset = torch.utils.data.TensorDataset(torch.arange(10, dtype: torch.float32));
        using var loader = torch.utils.data.DataLoader(dataset, 4, new EpochShuffler(dataset.Count, new torch.Generator().manual_seed(42)), disposeDataset: false);

        float[] Epoch() => [.. loader.SelectMany(batch => batch[0].data<float>().ToArray())];
        var (first, second) = (Epoch(), Epoch());

        Assert.Equal(Enumerable.Range(0, 10).Select(i => (float)i), first.Order());
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (float)i), second.Order());
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void A_negative_count_or_no_generator_is_refused_naming_the_argument()
    {
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => new EpochShuffler(-1, new torch.Generator().manual_seed(1)));
        Assert.Equal("count", negative.ParamName);
        var missing = Assert.Throws<ArgumentNullException>(() => new EpochShuffler(5, null!));
        Assert.Equal("generator", missing.ParamName);
    }
}
