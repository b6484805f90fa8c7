using CourseLib.Training;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CourseLib.Benchmarks;

/// <summary>The chapter's training loops, each a model, a loss function, an optimizer and its data, run by <see cref="Engine.Fit"/>.</summary>
internal sealed class CourseLoop(string name, Func<Module<Tensor, Tensor>> createModel, Func<Loss<Tensor, Tensor, Tensor>> createLoss, CourseData data)
{
    public string Name { get; } = name;

    /// <summary>model_3: 2 → 10 → ReLU → 10 → ReLU → 1 on the circles, BCEWithLogitsLoss, SGD lr 0.1.</summary>
    public static CourseLoop Model3() => new(
        "model_3 loop (circles 800x2 + test 200, 2-10-10-1 ReLU, BCEWithLogitsLoss, SGD 0.1)",
        () => Sequential(Linear(2, 10), ReLU(), Linear(10, 10), ReLU(), Linear(10, 1)),
        () => BCEWithLogitsLoss(),
        CourseData.Circles());

    /// <summary>model_4, BlobModel: 2 → 8 → 8 → 4 (the course leaves its ReLUs commented out) on the blobs, CrossEntropyLoss, SGD lr 0.1.</summary>
    public static CourseLoop Model4() => new(
        "model_4 loop (blobs 800x2 + test 200, 4 classes, 2-8-8-4, CrossEntropyLoss, SGD 0.1)",
        () => Sequential(Linear(2, 8), Linear(8, 8), Linear(8, 4)),
        () => CrossEntropyLoss(),
        data: CourseData.Blobs());

    /// <summary>A fresh seeded model trained for <paramref name="epochs"/> epochs, silently, on the CPU.</summary>
    public (Module<Tensor, Tensor> Model, TrainingHistory History) Train(int epochs, Action<EpochRecord>? onEpoch = null)
    {
        Seeds.SetSeeds(42);
        var model = createModel();
        var optimizer = optim.SGD(model.parameters(), 0.1);
        var history = Engine.Fit(model, data.XTrain, data.YTrain, data.XTest, data.YTest, createLoss(), optimizer,
            epochs, printEvery: 0, device: CPU, output: TextWriter.Null, onEpoch: onEpoch);
        return (model, history);
    }

    public CourseData Data => data;
}
