using System.Collections;
using System.Globalization;

namespace CourseLib.Training;

/// <summary>
/// What <see cref="Engine"/>'s <c>Fit</c> returns (introduced in notebook 05): one <see cref="EpochRecord"/> per epoch,
/// in order, and the columns a loss or accuracy curve needs (the course's <c>results</c> dictionary:
/// <c>train_loss</c>, <c>train_acc</c>, <c>test_loss</c>, <c>test_acc</c>).
/// </summary>
public sealed class TrainingHistory : IReadOnlyList<EpochRecord>
{
    private readonly List<EpochRecord> _records = [];

    /// <summary>The epoch numbers, 0 first.</summary>
    internal IReadOnlyList<int> Epochs => _records.ConvertAll(r => r.Epoch);

    /// <summary>Train loss per epoch.</summary>
    internal IReadOnlyList<double> Losses => _records.ConvertAll(r => r.Loss);

    /// <summary>Train accuracy per epoch, in percent.</summary>
    internal IReadOnlyList<double> Accuracies => _records.ConvertAll(r => r.Accuracy);

    /// <summary>Test loss per epoch.</summary>
    internal IReadOnlyList<double> TestLosses => _records.ConvertAll(r => r.TestLoss);

    /// <summary>Test accuracy per epoch, in percent (notebook 10 charts it).</summary>
    public IReadOnlyList<double> TestAccuracies => _records.ConvertAll(r => r.TestAccuracy);

    /// <summary>How many epochs were recorded (the epochs asked for, unless training stopped early).</summary>
    public int Count => _records.Count;

    /// <summary>The record of epoch <paramref name="index"/>: <c>history[^1]</c> is the last, as notebook 08b prints it.</summary>
    public EpochRecord this[int index] => _records[index];

    /// <summary>The records, epoch 0 first (notebook 10 compares them with its own loop's).</summary>
    public IEnumerator<EpochRecord> GetEnumerator() => _records.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Add(EpochRecord record) => _records.Add(record);
}

/// <summary>
/// One epoch of a <see cref="TrainingHistory"/> (introduced in notebook 05): the train loss and accuracy of the
/// epoch's training and the test loss and accuracy measured right after it. Accuracies are percentages (0 to 100),
/// as the course's <c>accuracy_fn</c> gives them.
/// </summary>
/// <param name="Epoch">The epoch number, 0 first.</param>
/// <param name="Loss">The training loss, measured before the epoch's optimizer step (for mini-batches, the mean over its batches).</param>
/// <param name="Accuracy">The training accuracy, in percent, of the same predictions.</param>
/// <param name="TestLoss">The test loss, measured after the epoch's training.</param>
/// <param name="TestAccuracy">The test accuracy, in percent.</param>
public sealed record EpochRecord(int Epoch, double Loss, double Accuracy, double TestLoss, double TestAccuracy)
{
    /// <summary>
    /// The course's progress line, as <c>Fit</c> prints it from notebook 05 on, e.g.
    /// <c>Epoch: 0 | Loss: 0.69396, Accuracy: 50.88% | Test loss: 0.69261, Test acc: 51.00%</c>.
    /// </summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"Epoch: {Epoch} | Loss: {Loss:F5}, Accuracy: {Accuracy:F2}% | Test loss: {TestLoss:F5}, Test acc: {TestAccuracy:F2}%");
}
