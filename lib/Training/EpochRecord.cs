using System.Globalization;

namespace CourseLib.Training;

/// <summary>
/// One epoch of a training history: the train loss and accuracy of the epoch's training step and the
/// test loss and accuracy measured right after it. Accuracies are percentages (0 to 100), as the
/// course's <c>accuracy_fn</c> gives them.
/// </summary>
public sealed record EpochRecord(int Epoch, double Loss, double Accuracy, double TestLoss, double TestAccuracy)
{
    /// <summary>
    /// The course's progress line, e.g.
    /// <c>Epoch: 0 | Loss: 0.69396, Accuracy: 50.88% | Test loss: 0.69261, Test acc: 51.00%</c>.
    /// </summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"Epoch: {Epoch} | Loss: {Loss:F5}, Accuracy: {Accuracy:F2}% | Test loss: {TestLoss:F5}, Test acc: {TestAccuracy:F2}%");
}
