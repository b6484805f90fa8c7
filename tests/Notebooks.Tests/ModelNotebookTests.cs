namespace Notebooks.Tests;

/// <summary>02_model: a model as a class and as Sequential, and the shapes of untrained predictions.</summary>
public class ModelNotebookTests
{
    private const string Notebook = "02_model.ipynb";

    [Fact]
    public async Task Prints_the_model_as_PyTorch_would()
    {
        var output = (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput;

        Assert.Contains(
            """
            CircleModelV0(
              (layer1): Linear(in_features=2, out_features=5, bias=True)
              (layer2): Linear(in_features=5, out_features=1, bias=True)
            )
            """.ReplaceLineEndings("\n"), output);
        Assert.Contains("(0): Linear(in_features=2, out_features=5, bias=True)", output);
    }

    [Fact]
    public async Task Class_and_Sequential_models_start_identical_after_the_same_seed()
    {
        var output = (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput;
        Assert.Contains("identical weights: True", output);
    }

    [Fact]
    public async Task Untrained_predictions_are_a_column_where_labels_are_flat()
    {
        var output = (await CourseNotebooks.ExecutedAsync(Notebook)).StandardOutput;

        Assert.Contains("Length of predictions: 200, Shape: [200, 1]", output);
        Assert.Contains("Length of test samples: 200, Shape: [200]", output);
    }
}
