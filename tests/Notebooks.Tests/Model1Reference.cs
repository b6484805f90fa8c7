namespace Notebooks.Tests;

/// <summary>
/// The original chapter's model_1 (circles; 2→10→10→1 without activations, BCEWithLogitsLoss, SGD 0.1, 1,000 epochs,
/// seeded with 42), as printed there. Notebook 04 trains it with its own loop, notebook 05 again with Engine.Fit.
/// </summary>
public static class Model1Reference
{
    /// <summary>Epoch and the original's progress line for it.</summary>
    public static TheoryData<int, string> ProgressLines => new()
    {
        { 0, "Epoch: 0 | Loss: 0.69396, Accuracy: 50.88% | Test loss: 0.69261, Test acc: 51.00%" },
        { 100, "Epoch: 100 | Loss: 0.69305, Accuracy: 50.38% | Test loss: 0.69379, Test acc: 48.00%" },
        { 900, "Epoch: 900 | Loss: 0.69298, Accuracy: 51.00% | Test loss: 0.69468, Test acc: 46.00%" },
    };
}
