using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>
/// 19_serving: notebook 14's saved model loaded for serving, the service (serve/) started as a child on loopback and
/// called with HttpClient: its answers are the notebook's own model's, bad input gets problem details, 360
/// simultaneous requests each get their own answer, and the service is stopped at the end.
/// </summary>
[Trait("Tier", "Full")]
public class ServingNotebookTests
{
    private const string Notebook = "19_serving.ipynb";

    private static Task<string> OutputAsync() => CourseNotebooks.OutputAsync(Notebook);

    [Fact]
    public async Task Loads_the_saved_model_for_serving_in_evaluation_mode_without_recording_gradients()
    {
        var output = await OutputAsync();

        var file = Regex.Match(output, @"model file: artifacts/models/14_digits\.dat, (?<bytes>[\d,]+) bytes, version (?<version>sha256:[0-9a-f]{12})");
        Assert.True(file.Success, "the model file and its version are printed");
        var modelFile = Path.Combine(CourseNotebooks.Options.NotebooksRoot, "..", "artifacts", "models", "14_digits.dat");
        Assert.Equal(new FileInfo(modelFile).Length, long.Parse(file.Groups["bytes"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(modelFile)))[..12], file.Groups["version"].Value);
        // 64 x 32 + 32 weights and biases, then 32 x 10 + 10.
        Assert.Contains($"loaded {64 * 32 + 32 + 32 * 10 + 10} parameters; training mode: False", output);
        Assert.Contains("output records gradients: False", output);
        Assert.Matches(@"image 0 is labelled 0; the model says 0 with probability 0\.9\d{3}", output);
    }

    [Fact]
    public async Task The_service_answers_with_the_notebooks_own_prediction_and_the_files_version()
    {
        var output = await OutputAsync();
        string version = Regex.Match(output, @"version (?<v>sha256:[0-9a-f]{12})").Groups["v"].Value;

        Assert.Contains("the service listens on http://127.0.0.1, on a port the system chose", output);
        var health = JsonNode.Parse(Regex.Match(output, @"GET /health: (?<json>\{.*\})").Groups["json"].Value)!;
        Assert.Equal("ok", (string?)health["status"]);
        Assert.Equal(version, (string?)health["modelVersion"]);
        Assert.Null(health["modelSavedUtc"]); // this run's clock: every front end must print the same lines
        Assert.Contains($"POST /predict: 200, class 0, model {version}", output);
        var probabilities = Regex.Match(output, @"probabilities: (?<p>.*)").Groups["p"].Value.Split(' ')
            .Select(p => double.Parse(p[2..], CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(10, probabilities.Length);
        Assert.Equal(1.0, probabilities.Sum(), 3);
        double difference = double.Parse(Regex.Match(output, @"largest difference from the prediction in this notebook: (?<d>\S+)").Groups["d"].Value, CultureInfo.InvariantCulture);
        Assert.True(difference < 1e-6, $"the service's probabilities differ from the notebook's by {difference}");
    }

    [Fact]
    public async Task Bad_input_gets_a_problem_saying_what_was_wrong()
    {
        var output = await OutputAsync();

        Assert.Contains("63 pixels: 400 application/problem+json\n  Wrong number of pixels: \"pixels\" has 63 numbers; an 8 × 8 image has 64", output);
        Assert.Contains("a pixel of 17: 400 application/problem+json\n  A pixel is not a number from 0 to 16: Pixel 10 (row 1, column 2) is 17, out of range", output);
        Assert.Contains("a NaN, sent as null: 400 application/problem+json\n  A pixel is not a number from 0 to 16: Pixel 20 (row 2, column 4) is null.", output);
    }

    [Fact]
    public async Task Simultaneous_requests_each_get_the_notebook_models_answer_and_the_service_is_stopped()
    {
        var output = await OutputAsync();

        Assert.Contains("360 requests at once: 360 answers the same as this notebook's model", output);
        int right = int.Parse(Regex.Match(output, @"test accuracy through the service: (?<n>\d+) of 360").Groups["n"].Value);
        Assert.True(right > 330, $"{right} of 360 right");
        Assert.EndsWith("service stopped: True", output.TrimEnd());
    }

    [Fact]
    public async Task The_curl_example_sends_image_0_of_the_digits_data()
    {
        var source = await CourseNotebooks.SourceAsync(Notebook);

        var curl = Regex.Match(source, @"-d '\{\\""pixels\\"": \[(?<pixels>[\d, ]+)\]\}'");
        Assert.True(curl.Success, "the notebook shows a curl POST /predict with pixels");
        var sent = curl.Groups["pixels"].Value.Split(',', StringSplitOptions.TrimEntries).Select(int.Parse).ToArray();
        using var data = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(CourseNotebooks.Options.NotebooksRoot, "..", "data", "digits.csv.gz")), CompressionMode.Decompress));
        var image0 = data.ReadLine()!.Split(',').Select(int.Parse).ToArray();
        Assert.Equal(image0[..64], sent);
        Assert.Equal(0, image0[64]);
    }
}
