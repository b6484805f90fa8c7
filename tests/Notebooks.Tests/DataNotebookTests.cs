using CourseTests;

namespace Notebooks.Tests;

/// <summary>What 01_data computes: the original chapter's circles, a table, a chart, tensors.</summary>
[Trait("Tier", "Full")]
public class DataNotebookTests
{
    private const string Notebook = "01_data.ipynb";

    [Fact]
    public async Task Prints_the_same_first_five_samples_as_the_original_chapter()
    {
        var output = await CourseNotebooks.OutputAsync(Notebook);

        // From the original chapter's printed output (make_circles(1000, noise=0.03, random_state=42)).
        Assert.Contains(
            """
            [ 0.75424625  0.23148074]
            [-0.75615888  0.15325888]
            [-0.81539193  0.17328203]
            [-0.39373073  0.69288277]
            [ 0.44220765 -0.89672343]
            """.ReplaceLineEndings("\n"), output);
        Assert.Contains("[1 1 1 1 0]", output);
    }

    [Fact]
    public async Task Shows_the_data_as_an_HTML_table_with_balanced_label_counts()
    {
        var tables = (await CourseNotebooks.ExecutedAsync(Notebook)).Data("text/html").Where(h => h.StartsWith("<table")).ToList();

        Assert.Contains(tables, t => t.Contains("<th>X1</th><th>X2</th><th>label</th>"));
        var counts = Assert.Single(tables, t => t.Contains("<th>Counts</th>"));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(counts, "<pre>500</pre>").Count);
    }

    [Fact]
    public async Task Draws_a_Plotly_scatter_with_one_trace_per_class()
    {
        var chart = Assert.Single((await CourseNotebooks.ExecutedAsync(Notebook)).Charts);

        Assert.Equal(["scatter", "scatter"], chart.Data.Select(t => (string?)t!["type"]));
        Assert.Equal([500, 500], chart.Data.Select(t => t!["x"]!.AsArray().Count));
        Assert.Equal("X1", (string?)chart.Layout["xaxis"]!["title"]!["text"]);
    }

    [Fact]
    public async Task Turns_the_data_into_float32_tensors_of_the_right_shape()
    {
        var output = await CourseNotebooks.OutputAsync(Notebook);

        Assert.Contains("X: shape [1000, 2], dtype Float32", output);
        Assert.Contains("y: shape [1000], dtype Float32", output);
    }

    [Fact]
    public async Task Builds_tensors_from_CSharp_arrays_with_one_sample_of_shape_2_and_a_scalar_label()
    {
        var output = await CourseNotebooks.OutputAsync(Notebook);

        // torch.tensor from a double[] and from one number: the original chapter's sample shapes, (2,) and ().
        Assert.Contains("Values for one sample of X: [0.7542, 0.2315] and the same for y: 1.0000", output);
        Assert.Contains("Shapes for one sample of X: [2] and the same for y: []", output);
        // torch.from_array keeps the double[1000, 2]'s shape and its float64 type until converted.
        Assert.Contains("from_array: shape [1000, 2], dtype Float64", output);
        Assert.Contains("after .to(float32): shape [1000, 2], dtype Float32", output);
        // The library's ToTensors gives the same values, and indexing it gives the same shapes.
        Assert.Contains("same values as from_array + .to(float32): True", output);
        Assert.Contains("one sample: X[0] has shape [2], y[0] has shape []", output);
    }

    [Fact]
    public async Task Splits_80_20_into_the_original_chapters_training_samples()
    {
        var output = await CourseNotebooks.OutputAsync(Notebook);

        Assert.Contains("train: 800 samples, test: 200 samples", output);
        // The original chapter's X_train[:5] and y_train[:5], printed to the same 4 decimals.
        Assert.Contains(
            """
            [[0.6579, -0.4651]
             [0.6319, -0.7347]
             [-1.0086, -0.1240]
             [-0.9666, -0.2256]
             [-0.1666, 0.7994]]
            """.ReplaceLineEndings("\n"), output);
        Assert.Contains("their labels: [1.0000, 0.0000, 0.0000, 0.0000, 1.0000]", output);
    }

    [Fact]
    public async Task Ends_before_its_map_with_where_to_get_help_linking_TorchSharp_the_original_chapter_and_the_playground()
    {
        var last = OriginalMap.CellsBefore((await CourseNotebooks.ExecutedAsync(Notebook)).Json["cells"]!.AsArray())[^1]; // the last section before the map
        var text = last["source"].JoinedText();

        Assert.Equal("markdown", (string?)last["cell_type"]);
        Assert.StartsWith("## Where to get help", text);
        foreach (var link in new[]
        {
            "https://www.learnpytorch.io/02_pytorch_classification/",
            "https://github.com/dotnet/TorchSharp",
            "https://github.com/dotnet/TorchSharp/wiki",
            "https://github.com/dotnet/TorchSharp/discussions",
            "https://playground.tensorflow.org/",
        })
            Assert.Contains($"]({link})", text);
    }

    [Fact]
    public async Task Works_out_the_diagrams_sigmoid_and_softmax_so_its_numbers_are_computed_not_drawn()
    {
        var output = await CourseNotebooks.OutputAsync(Notebook);

        // The figure shows logit 1.3 -> 0.79 -> label 1 and four logits -> .05 .81 .10 .04 -> class 1.
        Assert.Contains("binary:      logit 1.3 -> sigmoid 0.79 -> label 1", output);
        Assert.Contains("-> softmax [0.05, 0.81, 0.10, 0.04] (sum 1.00) -> argmax class 1", output);
    }

    [Fact]
    public async Task Opens_with_what_each_notebook_of_the_chapter_covers()
    {
        var source = await CourseNotebooks.SourceAsync(Notebook);

        Assert.Contains("What the chapter covers", source);
        foreach (var step in new[] { "(02)", "(03)", "(04)", "(05)", "(06)", "(07)", "(08)", "(08b)", "(09)" })
            Assert.Contains(step, source);
    }
}
