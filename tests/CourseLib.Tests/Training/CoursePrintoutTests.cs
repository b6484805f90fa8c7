using CourseLib.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Tests.Training;

/// <summary>Engine.Fit reproduces what the course's own loop printed for model_1 on the circles.</summary>
[Collection(SeededTorch.Name)]
public class CoursePrintoutTests
{
    // Printed by the original chapter (PyTorch 1.13.1, CPU) for model_1: seeded with 42, BCEWithLogitsLoss, SGD lr 0.1, 1000 epochs.
    private static readonly string[] Expected =
    [
        "Epoch: 0 | Loss: 0.69396, Accuracy: 50.88% | Test loss: 0.69261, Test acc: 51.00%",
        "Epoch: 100 | Loss: 0.69305, Accuracy: 50.38% | Test loss: 0.69379, Test acc: 48.00%",
        "Epoch: 900 | Loss: 0.69298, Accuracy: 51.00% | Test loss: 0.69468, Test acc: 46.00%",
    ];

    [Fact]
    public void Model_1_on_the_circles_prints_the_courses_lines()
    {
        var data = CirclesData.Load();
        var model = CourseModels.Model1();
        var lossFn = nn.BCEWithLogitsLoss();
        var optimizer = optim.SGD(model.parameters(), 0.1);
        var output = new StringWriter();

        var history = Engine.Fit(model, data.XTrain, data.YTrain, data.XTest, data.YTest, lossFn, optimizer,
            epochs: 1000, printEvery: 100, device: CPU, output: output);

        var printed = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, printed.Length);
        AssertCourseLine(Expected[0], printed[0]);
        AssertCourseLine(Expected[1], printed[1]);
        AssertCourseLine(Expected[2], printed[9]);
        Assert.Equal(1000, history.Count);
    }

    /// <summary>Accuracies exactly; losses to 5 decimals, allowing ±1 in the last digit (float32 sums in another order).</summary>
    private static void AssertCourseLine(string expected, string actual)
    {
        var e = Numbers(expected);
        var a = Numbers(actual);
        Assert.Equal(Words(expected), Words(actual));
        Assert.Equal(e[0], a[0]); // epoch
        Assert.Equal(e[2], a[2]); // accuracy
        Assert.Equal(e[4], a[4]); // test accuracy
        Assert.True(Math.Abs(e[1] - a[1]) <= 1.01e-5, $"loss {a[1]} vs course {e[1]}");
        Assert.True(Math.Abs(e[3] - a[3]) <= 1.01e-5, $"test loss {a[3]} vs course {e[3]}");
    }

    private static double[] Numbers(string line) =>
        System.Text.RegularExpressions.Regex.Matches(line, @"\d+(\.\d+)?").Select(m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private static string Words(string line) => System.Text.RegularExpressions.Regex.Replace(line, @"\d+(\.\d+)?", "#");
}
