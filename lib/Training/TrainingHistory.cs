using System.Collections;

namespace CourseLib.Training;

/// <summary>
/// What <see cref="Engine.Fit"/> returns: one <see cref="EpochRecord"/> per epoch, in order, and the
/// columns a loss or accuracy curve needs (the course's <c>results</c> dictionary:
/// <c>train_loss</c>, <c>train_acc</c>, <c>test_loss</c>, <c>test_acc</c>).
/// </summary>
public sealed class TrainingHistory : IReadOnlyList<EpochRecord>
{
    private readonly List<EpochRecord> _records = [];

    /// <summary>The epoch numbers, 0 first.</summary>
    public IReadOnlyList<int> Epochs => _records.ConvertAll(r => r.Epoch);

    /// <summary>Train loss per epoch.</summary>
    public IReadOnlyList<double> Losses => _records.ConvertAll(r => r.Loss);

    /// <summary>Train accuracy per epoch, in percent.</summary>
    public IReadOnlyList<double> Accuracies => _records.ConvertAll(r => r.Accuracy);

    /// <summary>Test loss per epoch.</summary>
    public IReadOnlyList<double> TestLosses => _records.ConvertAll(r => r.TestLoss);

    /// <summary>Test accuracy per epoch, in percent.</summary>
    public IReadOnlyList<double> TestAccuracies => _records.ConvertAll(r => r.TestAccuracy);

    /// <inheritdoc/>
    public int Count => _records.Count;

    /// <inheritdoc/>
    public EpochRecord this[int index] => _records[index];

    /// <inheritdoc/>
    public IEnumerator<EpochRecord> GetEnumerator() => _records.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Add(EpochRecord record) => _records.Add(record);
}
