using CourseLib.Data;
using System.Collections;
using CourseLib.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Tests.Training;

/// <summary>How <c>Engine.Fit</c> trains on mini-batches, the loop notebook 10 writes out.</summary>
[Collection(SeededTorch.Name)]
public class MiniBatchFitTests
{
    private const int BatchSize = 32;

    [Fact]
    public void Fit_on_a_data_loader_computes_bit_for_bit_what_notebook_10s_mini_batch_loop_computes()
    {
        var data = CirclesData.Load();
        var lossFn = nn.BCEWithLogitsLoss();
        const int Epochs = 5;

        // The loop as notebook 10 writes it: squeezed logits, zero_grad() in place, sums weighted by batch size.
        var model = CourseModels.Model3();
        var optimizer = optim.SGD(model.parameters(), 0.1);
        var byHand = new List<EpochRecord>();
        using (var loader = Loader(data))
            for (int epoch = 0; epoch < Epochs; epoch++)
            {
                model.train();
                double lossSum = 0, correct = 0;
                foreach (var batch in loader)
                {
                    using var scope = NewDisposeScope();
                    var yLogits = model.call(batch[0]).squeeze(1);
                    var loss = lossFn.call(yLogits, batch[1]);
                    optimizer.zero_grad();
                    loss.backward();
                    optimizer.step();
                    lossSum += (double)loss.item<float>() * batch[0].shape[0];
                    correct += torch.eq(torch.round(torch.sigmoid(yLogits)), batch[1]).sum().item<long>();
                }
                using var evaluation = NewDisposeScope();
                model.eval();
                using var noGrad = torch.inference_mode();
                var testLogits = model.call(data.XTest).squeeze(1);
                double testAcc = torch.eq(data.YTest, torch.round(torch.sigmoid(testLogits))).sum().item<long>() / 200.0 * 100;
                byHand.Add(new EpochRecord(epoch, lossSum / 800, correct / 800 * 100, lossFn.call(testLogits, data.YTest).item<float>(), testAcc));
            }
        var handParameters = model.parameters().Select(p => p.data<float>().ToArray()).ToArray();

        var fitted = CourseModels.Model3();
        using var fitLoader = Loader(data);
        var history = Engine.Fit(fitted, fitLoader, data.XTest, data.YTest, lossFn, optim.SGD(fitted.parameters(), 0.1),
            epochs: Epochs, printEvery: 0, device: CPU);

        Assert.Equal(byHand, history);
        Assert.Equal(handParameters, fitted.parameters().Select(p => p.data<float>().ToArray()).ToArray());
        Assert.True(history[^1].Loss < history[0].Loss, "25 steps per epoch should lower the loss within 5 epochs");
    }

    [Fact]
    public void An_epochs_loss_and_accuracy_are_the_means_over_its_batches_weighted_by_batch_size()
    {
        var data = CirclesData.Load();
        var model = CourseModels.Model3();
        // Learning rate 0: the model does not change, so the weighted mean over the batches must be the loss on all 800.
        var optimizer = optim.SGD(model.parameters(), 0.0);
        var (x, y) = (data.XTrain, data.YTrain);
        IList<Tensor>[] unequal = [[x[..500], y[..500]], [x[500..790], y[500..790]], [x[790..], y[790..]]]; // 500, 290 and 10 rows

        var history = Engine.Fit(model, unequal, data.XTest, data.YTest, nn.BCEWithLogitsLoss(), optimizer, epochs: 1, printEvery: 0, device: CPU);
        var whole = Engine.TestStep(model, x, y, nn.BCEWithLogitsLoss());

        Assert.Equal(whole.Loss, history[0].Loss, 1e-6);
        Assert.Equal(whole.Accuracy, history[0].Accuracy);
        Assert.NotEqual(whole.Loss, (Step(model, unequal[0]) + Step(model, unequal[1]) + Step(model, unequal[2])) / 3, 1e-4); // an unweighted mean would differ
    }

    [Fact]
    public void The_batches_are_walked_once_per_epoch_and_each_record_goes_to_the_output_and_to_onEpoch()
    {
        var data = CirclesData.Load();
        var model = CourseModels.Model3();
        var batches = new CountedBatches([[data.XTrain[..400], data.YTrain[..400]], [data.XTrain[400..], data.YTrain[400..]]]);
        var printed = new StringWriter();
        var handed = new List<EpochRecord>();

        var history = Engine.Fit(model, batches, data.XTest, data.YTest, nn.BCEWithLogitsLoss(), optim.SGD(model.parameters(), 0.1),
            epochs: 7, printEvery: 3, device: CPU, output: printed, onEpoch: handed.Add);

        Assert.Equal(7, batches.Walks);
        Assert.Equal(history, handed);
        Assert.Equal([history[0].ToString(), history[3].ToString(), history[6].ToString()],
            printed.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void A_batch_that_does_not_fit_the_model_is_refused_naming_the_batch_and_the_fix()
    {
        var data = CirclesData.Load();
        var model = CourseModels.Model3();
        IList<Tensor>[] batches = [[data.XTrain[..400], data.YTrain[..400]], [data.XTrain[400..], data.YTrain[400..].to(int64)]];

        var error = Assert.Throws<ArgumentException>(() => Engine.Fit(model, batches, data.XTest, data.YTest, nn.BCEWithLogitsLoss(),
            optim.SGD(model.parameters(), 0.1), epochs: 2, printEvery: 0, device: CPU));

        Assert.Equal("trainBatches", error.ParamName);
        Assert.StartsWith("Batch 1 of trainBatches (features xBatch, labels yBatch) does not fit: yBatch has dtype Int64", error.Message);
        Assert.Contains("pass yBatch.to(torch.float32)", error.Message);
        Assert.IsType<ArgumentException>(error.InnerException); // the check's own error, kept
    }

    /// <summary>A shuffling loader over the training data as notebook 10 makes it: a new order from one seeded generator each epoch.</summary>
    private static TorchSharp.Modules.IterableDataLoader Loader(CirclesData data)
    {
        var dataset = torch.utils.data.TensorDataset(data.XTrain, data.YTrain);
        return torch.utils.data.DataLoader(dataset, BatchSize, new EpochShuffler(dataset.Count, new torch.Generator().manual_seed(42)),
            device: CPU, disposeDataset: false);
    }

    private static double Step(nn.Module<Tensor, Tensor> model, IList<Tensor> batch) =>
        Engine.TestStep(model, batch[0], batch[1], nn.BCEWithLogitsLoss()).Loss;

    /// <summary>Fixed batches that count how often they are walked.</summary>
    private sealed class CountedBatches(IList<Tensor>[] batches) : IEnumerable<IList<Tensor>>
    {
        public int Walks { get; private set; }

        public IEnumerator<IList<Tensor>> GetEnumerator()
        {
            Walks++;
            return ((IEnumerable<IList<Tensor>>)batches).GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
