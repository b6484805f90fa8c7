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

        // The message starts with the model file's full path, which differs from machine to machine.
        Assert.Matches(
            @"(?m)^Loading into 16 hidden units failed: ArgumentException: The model file \S+[/\\]artifacts[/\\]models[/\\]08_model_4\.dat " +
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
}
