using System.Text.Json.Nodes;
using CourseTests;

namespace Notebooks.Tests;

/// <summary>
/// 12_live_training: model_3 retrained with a LiveLossChart updated in place; the saved notebook keeps one
/// chart in its final state, holding every epoch (the chart finds the cell to draw under itself), consistent with the printed (original chapter's) lines. The
/// training is the library's Engine.Fit; its onEpoch callback records each epoch on the chart.
/// </summary>
[Trait("Tier", "Full")]
public class LiveTrainingNotebookTests
{
    private const string Notebook = "12_live_training.ipynb";
    private const int Epochs = 1000;
    private const int RenderEvery = 50;

    // The original chapter's model_3 (2→10→10→1 with ReLU, BCEWithLogitsLoss, SGD 0.1, seeded with 42).
    [Theory]
    [MemberData(nameof(Model3Reference.ProgressLines), MemberType = typeof(Model3Reference))]
    public async Task Trains_model_3_exactly_as_in_the_original(int epoch, string expected)
    {
        var output = (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput;
        TrainingLog.AssertMatches(expected, TrainingLog.LineFor(output, epoch));
    }

    [Fact]
    public async Task Keeps_one_loss_chart_updated_in_place_with_every_epoch()
    {
        var executed = await CourseNotebooks.ExecutedAsync(Notebook);
        var chart = Assert.Single(executed.Charts, c => (string?)c.Layout["title"]?["text"] == "model_3: loss while training");

        Assert.Equal(["Train loss", "Test loss"], chart.Data.Select(t => (string?)t!["name"]));
        foreach (var trace in chart.Data)
            Assert.Equal(Enumerable.Range(0, Epochs).Select(e => (double)e), Values(trace!["x"]));
        Assert.Contains($"epochs recorded: {Epochs}, chart drawn {1 + Epochs / RenderEvery} times", executed.StandardOutput);
    }

    [Fact]
    public async Task The_charts_final_state_agrees_with_the_printed_lines()
    {
        var executed = await CourseNotebooks.ExecutedAsync(Notebook);
        var chart = executed.Charts.Single(c => (string?)c.Layout["title"]?["text"] == "model_3: loss while training");
        var (train, test) = (Values(chart.Data[0]!["y"]), Values(chart.Data[1]!["y"]));
        var lines = Assert.Single(ProgressLine.Runs(executed.StandardOutput));

        Assert.Equal(999, lines[^1].Epoch); // the last epoch is on the chart too
        foreach (var line in lines)
        {
            Assert.Equal(line.Loss, Math.Round((decimal)train[line.Epoch], 5, MidpointRounding.AwayFromZero));
            Assert.Equal(line.TestLoss, Math.Round((decimal)test[line.Epoch], 5, MidpointRounding.AwayFromZero));
        }
    }

    [Fact]
    public async Task Trains_with_the_librarys_Fit_and_feeds_the_chart_from_its_per_epoch_callback()
    {
        var code = string.Join("\n", (await CourseNotebooks.ExecutedAsync(Notebook)).Json["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "code").Select(c => c!["source"].JoinedText()));

        Assert.Contains("Engine.Fit(model3, XTrain, yTrain, XTest, yTest, lossFn, optimizer, epochs: 1000, printEvery: 0, device: device, onEpoch: OnEpoch)", code);
        Assert.Contains("live.Record(epoch.Epoch, epoch.Loss, epoch.TestLoss)", code);
        Assert.DoesNotContain(".backward()", code); // no loop of its own
    }

    [Fact]
    public async Task Creates_the_live_chart_from_the_library_alone_with_no_kernel_code_in_the_lesson()
    {
        var code = string.Join("\n", (await CourseNotebooks.ExecutedAsync(Notebook)).Json["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "code").Select(c => c!["source"].JoinedText()));

        Assert.Contains("var live = new LiveLossChart(renderEvery: 50, title: \"model_3: loss while training\");", code);
        Assert.DoesNotContain("KernelInvocationContext", code);
        Assert.DoesNotContain("Microsoft.DotNet.Interactive", code);
    }

    private static double[] Values(JsonNode? array) => array!.AsArray().Select(v => (double)v!).ToArray();
}
