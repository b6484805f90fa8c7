namespace Notebooks.Tests;

/// <summary>
/// The original chapter's model_3 (circles; 2→10→10→1 with ReLU, BCEWithLogitsLoss, SGD 0.1, 1,000 epochs,
/// seeded with 42), as printed there. Notebook 05 trains it, notebook 12 again with a live loss chart.
/// </summary>
public static class Model3Reference
{
    /// <summary>Epoch and the original's progress line for it.</summary>
    public static TheoryData<int, string> ProgressLines => new()
    {
        { 0, "Epoch: 0 | Loss: 0.69295, Accuracy: 50.00% | Test Loss: 0.69319, Test Accuracy: 50.00%" },
        { 500, "Epoch: 500 | Loss: 0.68102, Accuracy: 52.75% | Test Loss: 0.67941, Test Accuracy: 56.50%" },
        { 900, "Epoch: 900 | Loss: 0.62362, Accuracy: 74.00% | Test Loss: 0.62145, Test Accuracy: 79.00%" },
        { 999, "Epoch: 999 | Loss: 0.56890, Accuracy: 87.62% | Test Loss: 0.57440, Test Accuracy: 86.50%" },
    };
}
