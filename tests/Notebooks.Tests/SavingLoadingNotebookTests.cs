using System.Text;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>08_saving_loading: model_4 trained again, saved, loaded into a fresh instance, and loaded into mismatched ones.</summary>
[Trait("Tier", "Full")]
public class SavingLoadingNotebookTests
{
    private const string Notebook = "08_saving_loading.ipynb";

    private static readonly string[] StateDictNames =
    [
        "linearLayerStack.0.weight", "linearLayerStack.0.bias",
        "linearLayerStack.1.weight", "linearLayerStack.1.bias",
        "linearLayerStack.2.weight", "linearLayerStack.2.bias",
    ];

    private static Task<string> OutputAsync() => CourseNotebooks.OutputAsync(Notebook);

    [Theory]
    [MemberData(nameof(Model4Reference.ProgressLines), MemberType = typeof(Model4Reference))]
    public async Task Trains_model_4_as_the_original_chapter(int epoch, string expected) =>
        TrainingLog.AssertMatches(expected, TrainingLog.LineFor(await OutputAsync(), epoch));

    [Fact]
    public async Task Lists_the_state_dict_by_name_and_shape()
    {
        var output = await OutputAsync();

        string[] shapes = ["[8, 2]", "[8]", "[8, 8]", "[8]", "[4, 8]", "[4]"];
        foreach (var (name, shape) in StateDictNames.Zip(shapes))
            Assert.Matches($@"(?m)^{Regex.Escape(name)}\s+shape {Regex.Escape(shape)}$", output);
    }

    [Fact]
    public async Task Saves_the_state_dict_under_artifacts_in_one_complete_file()
    {
        var output = await OutputAsync();

        var saved = Regex.Match(output, @"Saved model to: (?<path>\S+) \((?<bytes>\d+) bytes\)");
        Assert.True(saved.Success, "no 'Saved model to' line");
        Assert.Equal("artifacts/models/08_model_4.dat", saved.Groups["path"].Value.Replace('\\', '/'));
        var repository = Path.GetDirectoryName(CourseNotebooks.Options.NotebooksRoot)!;
        var file = new FileInfo(Path.Combine(repository, "artifacts", "models", "08_model_4.dat"));
        Assert.True(file.Exists, $"{file.FullName} is missing");
        Assert.Equal(long.Parse(saved.Groups["bytes"].Value), file.Length);
        Assert.Empty(Directory.GetFiles(file.DirectoryName!, ".08_model_4.dat.*.tmp")); // SaveModel's temporary file was renamed away

        // 132 float32 parameters, and every entry's name.
        Assert.True(file.Length > 132 * sizeof(float), $"{file.Length} bytes cannot hold 132 float32 values");
        var content = Encoding.ASCII.GetString(File.ReadAllBytes(file.FullName));
        Assert.All(StateDictNames, name => Assert.Contains(name, content));
    }

    [Fact]
    public async Task A_fresh_instance_predicts_differently_until_it_loads_the_saved_weights()
    {
        var output = await OutputAsync();

        Assert.Contains("fresh model predicts what the trained one does: False", output);
        Assert.Contains("logits identical: True", output);
        Assert.Contains("every parameter identical: True", output);
        Assert.Contains("largest difference: 0\n", output);
    }

    [Fact]
    public async Task The_loaded_model_gives_the_original_chapters_trained_predictions()
    {
        var output = await OutputAsync();

        // The original chapter's trained model_4 on the test set.
        Assert.Contains("Logits of the loaded model, first test sample: " + Model4Reference.FirstTestLogits, output);
        Assert.Contains("Loaded predictions: " + Model4Reference.FirstTenTestPredictions, output);
        Assert.Contains("Test accuracy of the loaded model: 99.5%", output);
    }

    [Fact]
    public async Task Loading_into_a_mismatched_architecture_names_the_tensor_that_does_not_fit_and_changes_nothing()
    {
        var output = await OutputAsync();

        // The message names the model file by the relative path the notebook gave, the same on every machine.
        Assert.Matches(
            @"(?m)^Loading into 16 hidden units failed: ArgumentException: The model file \.\.[/\\]artifacts[/\\]models[/\\]08_model_4\.dat " +
            Regex.Escape("does not fit this model: 'linearLayerStack.0.weight' has shape [8, 2] in the file but [16, 2] in the model " +
                "(and 4 more differences). Nothing was loaded. Create the model with the same class and the same sizes as the one " +
                "that was saved. (Parameter 'module')") + "$", output);
        Assert.Contains("the wider model's weights are unchanged: True", output);
        Assert.Matches(@"linearLayerStack\.0\.weight\s+saved \[8, 2\]  ≠ new model \[16, 2\]", output);
        Assert.Matches(@"(?m)^linearLayerStack\.2\.bias\s+saved \[4\]$", output);
        Assert.Matches(
            @"(?m)^Loading into a bare Sequential failed: ArgumentException: The model file \S+08_model_4\.dat " +
            Regex.Escape("does not fit this model: the file has 'linearLayerStack.0.weight' [8, 2], which the model has not " +
                "(and 11 more differences). Nothing was loaded.") , output);
    }

    [Fact]
    public async Task TorchSharps_own_load_fails_on_the_same_mismatch_without_naming_the_tensor()
    {
        var output = await OutputAsync();

        Assert.Contains("TorchSharp's own load into 16 hidden units failed: ArgumentException: Mismatched tensor shape while loading.", output);
    }

    [Fact]
    public async Task Shows_TorchSharps_own_save_and_load_first_and_they_give_back_the_same_predictions()
    {
        var output = await OutputAsync();

        int own = output.IndexOf("Saved with model.save to: artifacts/models/08_model_4_torchsharp.dat (", StringComparison.Ordinal);
        Assert.True(own >= 0, "model.save is not shown");
        Assert.Contains("model.load gives back the same predictions: True", output);
        Assert.True(own < output.IndexOf("Saved model to: ", StringComparison.Ordinal), "TorchSharp's own pair comes before the safe save");
    }

    [Fact]
    public async Task Prints_no_machine_path()
    {
        var output = await OutputAsync();
        var repository = Path.GetDirectoryName(CourseNotebooks.Options.NotebooksRoot)!;

        Assert.DoesNotContain(repository, output);
        Assert.DoesNotMatch(@"(^|\s)(/[\w.-]+){2,}/", output.Replace("../", "")); // no absolute Unix path
        Assert.DoesNotMatch(@"[A-Za-z]:\\", output);                             // nor a Windows one
    }

    [Fact]
    public async Task Loads_the_model_PyTorch_trained_with_the_chapters_code_and_predicts_what_PyTorch_predicted()
    {
        var output = await OutputAsync();

        // PyTorch's state_dict under its own names, then loaded under ours.
        Assert.Matches(@"(?m)^linear_layer_stack\.0\.weight\s+shape \[8, 2\]$", output);
        Assert.Contains("Loaded PyTorch's model_4 into the C# BlobModel.", output);
        Assert.Contains("same class as PyTorch for every test point: True", output);
        Assert.Matches(@"largest difference from PyTorch's logits: \S+ \(within 1e-4: True\)", output);
        Assert.Contains("test accuracy: 99.50% in C#, 99.50% in PyTorch", output);
    }

    [Fact]
    public void The_pth_file_was_made_by_the_chapters_training_whose_printed_lines_it_reproduces()
    {
        var reference = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(ReferenceFile("model_4_pytorch.json")))!;
        var lines = reference["progress_lines"]!.AsArray().Select(l => (string)l!).ToList();

        Assert.StartsWith("data/reference/make_model_4_pth.py with Debian 12's python3-torch 1.13", (string)reference["made_by"]!);
        foreach (var (epoch, expected) in new[] { (0, 0), (10, 1), (90, 9) }.Select(p => (p.Item1, lines[p.Item2])))
            Assert.Equal(Model4Reference.ProgressLines.Single(row => (int)row.Data.Item1 == epoch).Data.Item2, expected);
        Assert.True(File.Exists(ReferenceFile("model_4_pytorch.pth")));
        Assert.True(File.Exists(ReferenceFile("make_model_4_pth.py")));
    }

    [Fact]
    public async Task The_pth_file_written_in_CSharp_loads_in_PyTorch_with_the_chapters_code_and_predicts_the_same()
    {
        var python = Prerequisite.PyTorch.Require();
        var output = await OutputAsync();
        var saved = Regex.Match(output, @"Saved for PyTorch to: (?<path>\S+) \((?<bytes>\d+) bytes\)");
        Assert.True(saved.Success, "no 'Saved for PyTorch to' line");
        var repository = Path.GetDirectoryName(CourseNotebooks.Options.NotebooksRoot)!;
        var pth = Path.Combine(repository, saved.Groups["path"].Value);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(pth)!, "08_model_4_from_csharp.pth.*.tmp")); // renamed into place

        // The chapter's class and its torch.load, on the test points the notebook predicted.
        var script = $$"""
            import csv, torch
            from torch import nn
            class BlobModel(nn.Module):
                def __init__(self, input_features, output_features, hidden_units=8):
                    super().__init__()
                    self.linear_layer_stack = nn.Sequential(
                        nn.Linear(in_features=input_features, out_features=hidden_units),
                        nn.Linear(in_features=hidden_units, out_features=hidden_units),
                        nn.Linear(in_features=hidden_units, out_features=output_features))
                def forward(self, x):
                    return self.linear_layer_stack(x)
            model_4 = BlobModel(input_features=2, output_features=4, hidden_units=8)
            model_4.load_state_dict(torch.load(r"{{pth}}"))
            model_4.eval()
            rows = list(csv.DictReader(open(r"{{ReferenceFile("blobs_n1000_f2_c4_std1.5_rs42.csv")}}")))
            split = list(csv.DictReader(open(r"{{ReferenceFile("split_n1000_test0.2_rs42.csv")}}")))
            test = [int(r["index"]) for r in split if r["set"] == "test"]
            X = torch.tensor([[float(rows[i]["x0"]), float(rows[i]["x1"])] for i in test], dtype=torch.float64).type(torch.float)
            y = torch.tensor([int(rows[i]["label"]) for i in test])
            with torch.inference_mode():
                logits = model_4(X)
            print("[" + ", ".join(f"{v:.4f}" for v in logits[0]) + "]")
            print(str(logits.argmax(dim=1)[:10].tolist()))
            print(f"{(logits.argmax(dim=1) == y).float().mean().item() * 100:.1f}%")
            """;
        var (exitCode, stdout, stderr) = await RunAsync(python, script);
        Assert.True(exitCode == 0, $"PyTorch could not load the file: {stderr}");
        var printed = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // What the notebook printed for the same weights in C#.
        Assert.Contains("Logits of the loaded model, first test sample: " + printed[0], output);
        Assert.Contains("Loaded predictions: " + printed[1], output);
        Assert.Contains("Test accuracy of the loaded model: " + printed[2], output);
    }

    private static string ReferenceFile(string name) =>
        Path.Combine(Path.GetDirectoryName(CourseNotebooks.Options.NotebooksRoot)!, "data", "reference", name);

    private static async Task<(int ExitCode, string StandardOutput, string StandardError)> RunAsync(string python, string script)
    {
        var run = await ChildProcess.RunAsync(ChildProcess.Of(python, "-") with { StandardInput = script, Timeout = TimeSpan.FromMinutes(5) });
        Assert.False(run.TimedOut, run.Describe());
        return (run.ExitCode, run.StandardOutput, run.StandardError);
    }

    [Fact]
    public async Task Ends_with_the_original_and_marks_each_of_PyTorchs_progress_lines_by_whether_this_run_printed_it()
    {
        var output = await OutputAsync();
        var reference = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(ReferenceFile("model_4_pytorch.json")))!;
        var pytorchLines = reference["progress_lines"]!.AsArray().Select(l => (string)l!).ToList();
        var trainingLog = output[..output.IndexOf("PyTorch: ", StringComparison.Ordinal)];

        // "same" exactly where the training above printed PyTorch's line; the count agrees.
        foreach (var line in pytorchLines)
            Assert.Contains($"{(trainingLog.Contains(line + "\n", StringComparison.Ordinal) ? "same     " : "different")}  PyTorch: {line}\n", output);
        int same = pytorchLines.Count(line => trainingLog.Contains(line + "\n", StringComparison.Ordinal));
        Assert.Contains($"{same} of {pytorchLines.Count} progress lines identical to PyTorch's", output);
        Assert.Contains("## In the original", await CourseNotebooks.SourceAsync(Notebook));
    }

}
