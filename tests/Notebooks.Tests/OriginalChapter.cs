namespace Notebooks.Tests;

/// <summary>
/// The original chapter, "02. PyTorch Neural Network Classification" of Learn PyTorch for Deep Learning
/// (02_pytorch_classification.ipynb in mrdbourke/pytorch-deep-learning): its section titles, and the lines its
/// outputs print that the course's "In the original" maps quote. The progress lines of model_1, model_3 and model_4
/// that the notebook tests pin are in Model{1,3,4}Reference; those of them printed here must agree (a test checks).
/// </summary>
public static class OriginalChapter
{
    /// <summary>The original's section headings, as it titles them.</summary>
    public static readonly IReadOnlyList<string> Sections =
    [
        "What is a classification problem?",
        "What we're going to cover",
        "0. Architecture of a classification neural network",
        "1. Make classification data and get it ready",
        "1.1 Input and output shapes",
        "1.2 Turn data into tensors and create train and test splits",
        "2. Building a model",
        "2.1 Setup loss function and optimizer",
        "3. Train model",
        "3.1 Going from raw model outputs to predicted labels (logits -> prediction probabilities -> prediction labels)",
        "3.2 Building a training and testing loop",
        "4. Make predictions and evaluate the model",
        "5. Improving a model (from a model perspective)",
        "5.1 Preparing data to see if our model can model a straight line",
        "5.2 Adjusting `model_1` to fit a straight line",
        "6. The missing piece: non-linearity",
        "6.1 Recreating non-linear data (red and blue circles)",
        "6.2 Building a model with non-linearity",
        "6.3 Training a model with non-linearity",
        "6.4 Evaluating a model trained with non-linear activation functions",
        "7. Replicating non-linear activation functions",
        "8. Putting things together by building a multi-class PyTorch model",
        "8.1 Creating multi-class classification data",
        "8.2 Building a multi-class classification model in PyTorch",
        "8.3 Creating a loss function and optimizer for a multi-class PyTorch model",
        "8.4 Getting prediction probabilities for a multi-class PyTorch model",
        "8.5 Creating a training and testing loop for a multi-class PyTorch model",
        "8.6 Making and evaluating predictions with a PyTorch multi-class model",
        "9. More classification evaluation metrics",
        "Exercises",
        "Extra-curriculum",
    ];

    /// <summary>Lines the original prints (each as printed, one line of its output), that a map may quote.</summary>
    public static readonly IReadOnlySet<string> PrintedLines = new HashSet<string>(StringComparer.Ordinal)
    {
        // Section 1: y[:5], printed by NumPy.
        "[1 1 1 1 0]",
        // Section 1.2: len(X_train), len(X_test), len(y_train), len(y_test).
        "(800, 200, 800, 200)",
        // Section 2: model_0 rebuilt with nn.Sequential.
        "Sequential(",
        "  (0): Linear(in_features=2, out_features=5, bias=True)",
        "  (1): Linear(in_features=5, out_features=1, bias=True)",
        ")",
        // Section 6.3: model_3.
        "Epoch: 0 | Loss: 0.69295, Accuracy: 50.00% | Test Loss: 0.69319, Test Accuracy: 50.00%",
        "Epoch: 100 | Loss: 0.69115, Accuracy: 52.88% | Test Loss: 0.69102, Test Accuracy: 52.50%",
        "Epoch: 200 | Loss: 0.68977, Accuracy: 53.37% | Test Loss: 0.68940, Test Accuracy: 55.00%",
        "Epoch: 300 | Loss: 0.68795, Accuracy: 53.00% | Test Loss: 0.68723, Test Accuracy: 56.00%",
        "Epoch: 400 | Loss: 0.68517, Accuracy: 52.75% | Test Loss: 0.68411, Test Accuracy: 56.50%",
        "Epoch: 500 | Loss: 0.68102, Accuracy: 52.75% | Test Loss: 0.67941, Test Accuracy: 56.50%",
        "Epoch: 600 | Loss: 0.67515, Accuracy: 54.50% | Test Loss: 0.67285, Test Accuracy: 56.00%",
        "Epoch: 700 | Loss: 0.66659, Accuracy: 58.38% | Test Loss: 0.66322, Test Accuracy: 59.00%",
        "Epoch: 800 | Loss: 0.65160, Accuracy: 64.00% | Test Loss: 0.64757, Test Accuracy: 67.50%",
        "Epoch: 900 | Loss: 0.62362, Accuracy: 74.00% | Test Loss: 0.62145, Test Accuracy: 79.00%",
        // Section 8.5: model_4.
        "Epoch: 0 | Loss: 1.04324, Acc: 65.50% | Test Loss: 0.57861, Test Acc: 95.50%",
        "Epoch: 10 | Loss: 0.14398, Acc: 99.12% | Test Loss: 0.13037, Test Acc: 99.00%",
        "Epoch: 20 | Loss: 0.08062, Acc: 99.12% | Test Loss: 0.07216, Test Acc: 99.50%",
        "Epoch: 30 | Loss: 0.05924, Acc: 99.12% | Test Loss: 0.05133, Test Acc: 99.50%",
        "Epoch: 40 | Loss: 0.04892, Acc: 99.00% | Test Loss: 0.04098, Test Acc: 99.50%",
        "Epoch: 50 | Loss: 0.04295, Acc: 99.00% | Test Loss: 0.03486, Test Acc: 99.50%",
        "Epoch: 60 | Loss: 0.03910, Acc: 99.00% | Test Loss: 0.03083, Test Acc: 99.50%",
        "Epoch: 70 | Loss: 0.03643, Acc: 99.00% | Test Loss: 0.02799, Test Acc: 99.50%",
        "Epoch: 80 | Loss: 0.03448, Acc: 99.00% | Test Loss: 0.02587, Test Acc: 99.50%",
        "Epoch: 90 | Loss: 0.03300, Acc: 99.12% | Test Loss: 0.02423, Test Acc: 99.50%",
    };
}
