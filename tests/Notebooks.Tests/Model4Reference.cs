namespace Notebooks.Tests;

/// <summary>
/// The original chapter's model_4 (blobs; 2→8→8→4 without activations, CrossEntropyLoss, SGD 0.1, 100 epochs,
/// seeded with 42), as printed there. Notebooks 06, 07 and 08 each train it and must reproduce these.
/// </summary>
public static class Model4Reference
{
    /// <summary>Epoch and the original's progress line for it.</summary>
    public static TheoryData<int, string> ProgressLines => new()
    {
        { 0, "Epoch: 0 | Loss: 1.04324, Acc: 65.50% | Test Loss: 0.57861, Test Acc: 95.50%" },
        { 10, "Epoch: 10 | Loss: 0.14398, Acc: 99.12% | Test Loss: 0.13037, Test Acc: 99.00%" },
        { 90, "Epoch: 90 | Loss: 0.03300, Acc: 99.12% | Test Loss: 0.02423, Test Acc: 99.50%" },
    };

    /// <summary>Trained logits of the first test sample, 4 decimals.</summary>
    public const string FirstTestLogits = "[4.3377, 10.3539, -14.8948, -9.7642]";

    /// <summary>Trained predictions on the first 10 test samples (equal to their labels).</summary>
    public const string FirstTenTestPredictions = "[1, 3, 2, 1, 0, 3, 2, 0, 2, 0]";
}
