using System.Text.RegularExpressions;
using CourseLib.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Tests.Training;

/// <summary>How the train step, test step and fit loop behave.</summary>
[Collection(SeededTorch.Name)]
public class EngineTests
{
    [Fact]
    public void Fit_lowers_the_loss_of_a_binary_model_with_relu()
    {
        var data = CirclesData.Load();
        var model = CourseModels.Model3();
        var optimizer = optim.SGD(model.parameters(), 0.1);

        var history = Engine.Fit(model, data.XTrain, data.YTrain, data.XTest, data.YTest, nn.BCEWithLogitsLoss(), optimizer,
            epochs: 1000, printEvery: 0, device: CPU);

        // The course's model_3 goes from 0.69295 / 50.00% to 0.56890 / 87.62% at epoch 999.
        Assert.Equal(0.69295, history[0].Loss, 1e-5);
        Assert.Equal(0.56890, history[^1].Loss, 1e-4);
        Assert.Equal(87.625, history[^1].Accuracy);
        Assert.Equal(86.5, history[^1].TestAccuracy);
    }

    [Fact]
    public void Fit_trains_a_multi_class_model_with_cross_entropy()
    {
        var (xTrain, yTrain, xTest, yTest) = Blobs(classes: 4);
        var model = CourseModels.Blob(classes: 4);
        var optimizer = optim.SGD(model.parameters(), 0.1);

        var history = Engine.Fit(model, xTrain, yTrain, xTest, yTest, nn.CrossEntropyLoss(), optimizer,
            epochs: 100, printEvery: 0, device: CPU);

        Assert.True(history[^1].Loss < history[0].Loss / 4, $"loss {history[0].Loss} -> {history[^1].Loss}");
        Assert.True(history[^1].TestAccuracy > 95, $"test accuracy {history[^1].TestAccuracy}");
    }

    [Fact]
    public void Fit_computes_bit_for_bit_what_the_courses_hand_written_loop_computes()
    {
        var data = CirclesData.Load();
        var lossFn = nn.BCEWithLogitsLoss();

        // The loop as notebook 05 writes it: squeezed logits, zero_grad() in place, torch.eq accuracy.
        var model = CourseModels.Model3();
        var optimizer = optim.SGD(model.parameters(), 0.1);
        var byHand = new List<EpochRecord>();
        for (int epoch = 0; epoch < 100; epoch++)
        {
            using var scope = NewDisposeScope();
            model.train();
            var yLogits = model.call(data.XTrain).squeeze();
            var yPred = torch.round(torch.sigmoid(yLogits));
            var loss = lossFn.call(yLogits, data.YTrain);
            double acc = torch.eq(data.YTrain, yPred).sum().item<long>() / 800.0 * 100;
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            model.eval();
            using (torch.inference_mode())
            {
                var testLogits = model.call(data.XTest).squeeze();
                var testPred = torch.round(torch.sigmoid(testLogits));
                var testLoss = lossFn.call(testLogits, data.YTest);
                double testAcc = torch.eq(data.YTest, testPred).sum().item<long>() / 200.0 * 100;
                byHand.Add(new EpochRecord(epoch, loss.item<float>(), acc, testLoss.item<float>(), testAcc));
            }
        }
        var handParameters = model.parameters().Select(p => p.data<float>().ToArray()).ToArray();

        var fitted = CourseModels.Model3();
        var history = Engine.Fit(fitted, data.XTrain, data.YTrain, data.XTest, data.YTest, lossFn,
            optim.SGD(fitted.parameters(), 0.1), epochs: 100, printEvery: 0, device: CPU);

        Assert.Equal(byHand, history);
        Assert.Equal(handParameters, fitted.parameters().Select(p => p.data<float>().ToArray()).ToArray());
    }

    [Fact]
    public void History_holds_one_record_per_epoch_numbered_from_zero()
    {
        var data = CirclesData.Load();
        var model = CourseModels.Model1();

        var history = Engine.Fit(model, data.XTrain, data.YTrain, data.XTest, data.YTest, nn.BCEWithLogitsLoss(),
            optim.SGD(model.parameters(), 0.1), epochs: 25, printEvery: 0, device: CPU);

        Assert.Equal(25, history.Count);
        Assert.Equal(Enumerable.Range(0, 25), history.Epochs);
        Assert.Equal(history.Select(r => r.TestLoss), history.TestLosses);
        Assert.All(history, r => Assert.InRange(r.Accuracy, 0, 100));
    }

    [Fact]
    public void Progress_is_printed_every_k_epochs_in_the_courses_format()
    {
        var data = CirclesData.Load();
        var model = CourseModels.Model1();
        var output = new StringWriter();

        Engine.Fit(model, data.XTrain, data.YTrain, data.XTest, data.YTest, nn.BCEWithLogitsLoss(),
            optim.SGD(model.parameters(), 0.1), epochs: 25, printEvery: 10, device: CPU, output: output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["0", "10", "20"], lines.Select(l => Regex.Match(l, @"^Epoch: (\d+) ").Groups[1].Value));
        Assert.All(lines, l => Assert.Matches(
            @"^Epoch: \d+ \| Loss: \d\.\d{5}, Accuracy: \d{1,3}\.\d{2}% \| Test loss: \d\.\d{5}, Test acc: \d{1,3}\.\d{2}%$", l));
    }

    [Fact]
    public void An_epoch_record_reads_like_the_courses_line()
    {
        var record = new EpochRecord(0, 0.6939566, 50.875, 0.6926149, 51.0);

        Assert.Equal("Epoch: 0 | Loss: 0.69396, Accuracy: 50.88% | Test loss: 0.69261, Test acc: 51.00%", record.ToString());
    }

    [Fact]
    public void Fits_with_the_same_seed_are_identical()
    {
        var data = CirclesData.Load();

        TrainingHistory Run()
        {
            var model = CourseModels.Model3(seed: 7);
            return Engine.Fit(model, data.XTrain, data.YTrain, data.XTest, data.YTest, nn.BCEWithLogitsLoss(),
                optim.SGD(model.parameters(), 0.1), epochs: 50, printEvery: 0, device: CPU);
        }

        var first = Run();
        var second = Run();

        Assert.Equal(first, second);
        Assert.NotEqual(first[0].Loss, first[^1].Loss);
    }

    [Fact]
    public void Memory_stays_flat_each_epoch_frees_what_it_made()
    {
        var data = CirclesData.Load();
        var model = CourseModels.Model3();
        var live = new Dictionary<int, long>();

        Engine.Fit(model, data.XTrain, data.YTrain, data.XTest, data.YTest, nn.BCEWithLogitsLoss(),
            optim.Adam(model.parameters(), 0.01), epochs: 200, printEvery: 0, device: CPU,
            onEpoch: r => live[r.Epoch] = DisposeScopeManager.Statistics.ThreadTotalLiveCount);

        Assert.Equal(live[10], live[199]);
    }

    [Fact]
    public void Test_step_changes_nothing_and_leaves_eval_mode_on()
    {
        var data = CirclesData.Load();
        var model = CourseModels.Model1();
        var before = model.parameters().Select(p => p.detach().clone()).ToArray();

        var first = Engine.TestStep(model, data.XTest, data.YTest, nn.BCEWithLogitsLoss());
        var second = Engine.TestStep(model, data.XTest, data.YTest, nn.BCEWithLogitsLoss());

        Assert.Equal(first, second);
        Assert.False(model.training);
        Assert.All(model.parameters().Zip(before), pair => Assert.Equal(pair.Second.data<float>().ToArray(), pair.First.data<float>().ToArray()));
    }

    [Fact]
    public void Integer_labels_for_a_binary_model_are_refused_with_the_fix()
    {
        var data = CirclesData.Load();
        var model = CourseModels.Model1();
        using var longLabels = data.YTrain.to(int64);

        var error = Assert.Throws<ArgumentException>(() => Engine.TrainStep(model, data.XTrain, longLabels,
            nn.BCEWithLogitsLoss(), optim.SGD(model.parameters(), 0.1)));

        Assert.Contains("y.to(torch.float32)", error.Message);
    }

    [Fact]
    public void Labels_shaped_as_a_column_are_refused_with_the_shape_wanted()
    {
        var data = CirclesData.Load();
        var model = CourseModels.Model1();
        using var column = data.YTrain.unsqueeze(1);

        var error = Assert.Throws<ArgumentException>(() => Engine.Fit(model, data.XTrain, column, data.XTest, data.YTest,
            nn.BCEWithLogitsLoss(), optim.SGD(model.parameters(), 0.1), epochs: 5, printEvery: 0, device: CPU));

        Assert.Contains("[800, 1]", error.Message);
        Assert.Contains("shape [800]", error.Message);
    }

    [Fact]
    public void A_label_other_than_0_or_1_for_a_binary_model_is_refused()
    {
        var data = CirclesData.Load();
        var model = CourseModels.Model1();
        using var yTest = data.YTest.clone();
        yTest[3] = torch.tensor(2f);

        var error = Assert.Throws<ArgumentException>(() => Engine.Fit(model, data.XTrain, data.YTrain, data.XTest, yTest,
            nn.BCEWithLogitsLoss(), optim.SGD(model.parameters(), 0.1), epochs: 5, printEvery: 0, device: CPU));

        Assert.Contains("contains the label 2", error.Message);
        Assert.Contains("0 or 1", error.Message);
    }

    [Fact]
    public void Probabilities_passed_as_labels_are_refused()
    {
        var data = CirclesData.Load();
        var model = CourseModels.Model1();
        using var soft = data.YTrain * 0.9f;

        var error = Assert.Throws<ArgumentException>(() => Engine.TrainStep(model, data.XTrain, soft,
            nn.BCEWithLogitsLoss(), optim.SGD(model.parameters(), 0.1)));

        Assert.Contains("not a class label", error.Message);
    }

    [Fact]
    public void A_class_the_multi_class_model_has_no_output_for_is_refused()
    {
        var (xTrain, yTrain, _, _) = Blobs(classes: 4);
        var model = CourseModels.Blob(classes: 3);

        var error = Assert.Throws<ArgumentException>(() => Engine.TrainStep(model, xTrain, yTrain,
            nn.CrossEntropyLoss(), optim.SGD(model.parameters(), 0.1)));

        Assert.Contains("contains the label 3, but the model has 3 outputs", error.Message);
    }

    [Fact]
    public void Accuracy_counts_what_torch_eq_counts_for_binary_and_multi_class_models()
    {
        var data = CirclesData.Load();
        var binary = CourseModels.Model1();
        var (xTrain, yTrain, _, _) = Blobs(classes: 4);
        var multi = CourseModels.Blob(classes: 4);

        var binaryResult = Engine.TestStep(binary, data.XTest, data.YTest, nn.BCEWithLogitsLoss());
        var multiResult = Engine.TestStep(multi, xTrain, yTrain, nn.CrossEntropyLoss());
        using var strided = torch.stack([data.YTest, data.YTest], dim: 1)[.., 0]; // not contiguous: counted by torch.eq
        Assert.False(strided.is_contiguous());
        Assert.Equal(binaryResult, Engine.TestStep(binary, data.XTest, strided, nn.BCEWithLogitsLoss()));

        using (torch.inference_mode())
        {
            var binaryPred = torch.round(torch.sigmoid(binary.call(data.XTest).squeeze(1)));
            var multiPred = multi.call(xTrain).argmax(1);
            Assert.Equal(torch.eq(data.YTest, binaryPred).sum().item<long>() / 200.0 * 100, binaryResult.Accuracy);
            Assert.Equal(torch.eq(yTrain, multiPred).sum().item<long>() / 800.0 * 100, multiResult.Accuracy);
        }
    }

    /// <summary>Four Gaussian blobs around (±5, ±5) with standard deviation 1.5, 800 train and 200 test points.</summary>
    internal static (Tensor XTrain, Tensor YTrain, Tensor XTest, Tensor YTest) Blobs(int classes)
    {
        Seeds.SetSeeds(0);
        var centers = tensor(new float[] { -5, -5, 5, 5, -5, 5, 5, -5 }, [4, 2])[..classes];
        var y = randint(0, classes, [1000], dtype: int64);
        var x = centers[y] + randn(1000, 2) * 1.5f;
        return (x[..800], y[..800], x[800..], y[800..]);
    }
}
