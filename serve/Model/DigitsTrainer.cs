using CourseLib.Data;
using CourseLib.Metrics;
using CourseLib.Models;
using CourseLib.Training;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Serve.Model;

/// <summary>
/// <c>dotnet run --project serve -- train</c>: trains notebook 14's classifier by notebook 14's recipe (stratified
/// 80/20 split with seed 42, pixels divided by 16, SGD at 0.1, batches of 32, 30 epochs) and saves it where the
/// service looks, for a fresh clone where nobody has run the notebook. The notebook is the place to learn the
/// steps; this is the same training as a command.
/// </summary>
internal static class DigitsTrainer
{
    public static int Run(string modelPath, TextWriter output)
    {
        var digits = Datasets.LoadDigits();
        var (X, y) = digits.Data.ToTensors(int64);
        var split = StratifiedSplit.TrainTestSplit(digits.Data.Y, testSize: 0.2, randomState: 42);
        var XTrain = X.index_select(0, torch.tensor(split.Train)) / DigitsNetwork.MaxPixel;
        var XTest = X.index_select(0, torch.tensor(split.Test)) / DigitsNetwork.MaxPixel;
        var yTrain = y.index_select(0, torch.tensor(split.Train));
        var yTest = y.index_select(0, torch.tensor(split.Test));

        torch.manual_seed(42);
        using var network = DigitsNetwork.Create();
        var optimizer = optim.SGD(network.parameters(), learningRate: 0.1);
        using var loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(XTrain, yTrain), batchSize: 32, shuffle: true, seed: 42);
        output.WriteLine($"Training notebook 14's digits classifier on {XTrain.shape[0]} images, testing on {XTest.shape[0]}:");
        Engine.Fit(network, loader, XTest, yTest, CrossEntropyLoss(), optimizer, epochs: 30, printEvery: 5, device: CPU, output: output);

        network.eval();
        using (torch.inference_mode())
            output.WriteLine($"test accuracy: {ClassificationMetrics.Accuracy(yTest, network.call(XTest).argmax(1)) * 100:F2}%");

        Directory.CreateDirectory(Path.GetDirectoryName(modelPath)!);
        network.SaveModel(modelPath); // temporary file, flush, rename: a running service never reads half a file
        output.WriteLine($"saved {modelPath} ({new FileInfo(modelPath).Length:N0} bytes). Start the service: dotnet run --project serve");
        return 0;
    }
}
