using System.Collections;
using TorchSharp;

namespace CourseLib.Data;

/// <summary>
/// The order a <c>torch.utils.data.DataLoader</c> serves its samples in: each time an epoch begins (each time the
/// loader enumerates it), a fresh random permutation of <c>0 … count − 1</c>, drawn with <c>torch.randperm</c> from one
/// seeded <see cref="torch.Generator"/>. That is what PyTorch's <c>DataLoader(shuffle=True, generator=g)</c> gives:
/// a new order every epoch, the same orders on every run. TorchSharp's <c>DataLoader(shuffle: true, seed: s)</c>
/// restarts from its seed every epoch and so serves one order again and again. Introduced in notebook 10_minibatches
/// (which writes it out) and used from the library in 14_digits.
/// </summary>
public sealed class EpochShuffler : IEnumerable<long>
{
    private readonly long _count;
    private readonly torch.Generator _generator;

    /// <summary>Orders <paramref name="count"/> samples with permutations drawn from <paramref name="generator"/>. Introduced in notebook 10_minibatches.</summary>
    /// <param name="count">How many samples the dataset holds (its <c>Count</c>); 0 or more.</param>
    /// <param name="generator">The seeded generator, e.g. <c>new torch.Generator().manual_seed(42)</c>; each epoch advances it.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="generator"/> is null.</exception>
    public EpochShuffler(long count, torch.Generator generator)
    {
        if (count < 0)
            throw new ArgumentOutOfRangeException(nameof(count), count, "count is the number of samples in the dataset: 0 or more.");
        _count = count;
        _generator = generator ?? throw new ArgumentNullException(nameof(generator), "generator must be a torch.Generator, e.g. new torch.Generator().manual_seed(42).");
    }

    /// <summary>Draws the next epoch's order: a new permutation of <c>0 … count − 1</c>. Introduced in notebook 10_minibatches.</summary>
    public IEnumerator<long> GetEnumerator()
    {
        using var order = torch.randperm(_count, generator: _generator);
        return ((IEnumerable<long>)order.data<long>().ToArray()).GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
