using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CourseLib.Data;
using Serve.Model;

namespace Serve.Tests;

/// <summary>POST /predict, GET /health and the OpenAPI description, on the model the train command saved.</summary>
[Trait("Tier", "Full")] // trains the digits model the service loads (the train command, once per run)
public sealed class ApiTests(TrainedModel model) : IAsyncLifetime
{
    private readonly DigitsServiceFactory _service = new(model.Path);
    private HttpClient _client = null!;

    public ValueTask InitializeAsync()
    {
        _client = _service.CreateClient();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Health_says_which_model_file_and_version_it_serves()
    {
        var health = await _client.GetFromJsonAsync<JsonObject>("/health", TestContext.Current.CancellationToken);

        Assert.Equal("ok", (string?)health!["status"]);
        Assert.Equal("14_digits.dat", (string?)health["modelFile"]);
        Assert.Matches("^sha256:[0-9a-f]{12}$", (string?)health["modelVersion"]);
        Assert.True((bool)health["batching"]!);
    }

    [Fact]
    public async Task Predicts_every_test_image_as_the_model_does_in_process_with_probabilities_that_sum_to_one()
    {
        var (images, labels) = TestSplit();
        using var classifier = DigitsClassifier.Load(model.Path);
        var inProcess = classifier.Predict(images);
        int right = 0;

        for (int i = 0; i < images.Length; i++)
        {
            var answer = await PostAsync(images[i]);
            var probabilities = answer["probabilities"]!.AsArray().Select(p => (float)p!).ToArray();
            int predicted = (int)answer["class"]!;

            Assert.Equal(10, probabilities.Length);
            Assert.Equal(1.0, probabilities.Sum(p => (double)p), 4);
            Assert.Equal(Array.IndexOf(probabilities, probabilities.Max()), predicted);
            Assert.Equal(inProcess[i], probabilities, (a, b) => Math.Abs(a - b) < 1e-6);
            Assert.Equal(classifier.Version, (string?)answer["modelVersion"]);
            if (predicted == labels[i]) right++;
        }
        // The train command's own test accuracy, printed as "test accuracy: 95.56%", reached through HTTP.
        Assert.Contains($"test accuracy: {100.0 * right / images.Length:F2}%", model.TrainingLog);
        Assert.True(right > 0.9 * images.Length, $"{right} of {images.Length} right");
    }

    [Fact]
    public async Task Accepts_fractional_pixels_and_the_extremes_0_and_16()
    {
        var pixels = Enumerable.Range(0, 64).Select(i => i % 3 == 0 ? 0f : i % 3 == 1 ? 16f : 7.25f).ToArray();

        var answer = await PostAsync(pixels);

        Assert.InRange((int)answer["class"]!, 0, 9);
    }

    [Fact]
    public async Task Describes_both_endpoints_and_the_request_body_in_OpenAPI()
    {
        var document = await _client.GetFromJsonAsync<JsonObject>("/openapi/v1.json", TestContext.Current.CancellationToken);
        var paths = document!["paths"]!.AsObject();

        var predict = paths["/predict"]!["post"]!;
        Assert.NotNull(paths["/health"]!["get"]);
        var body = predict["requestBody"]!["content"]!["application/json"]!["schema"]!;
        Assert.Contains("pixels", body.ToJsonString());
        var responses = predict["responses"]!.AsObject().Select(r => r.Key).ToArray();
        Assert.Equal(["200", "400"], responses.Order());
    }

    [Fact]
    public async Task Serves_the_drawing_page_with_its_script_from_the_service_itself()
    {
        var page = await _client.GetStringAsync("/", TestContext.Current.CancellationToken);
        var script = await _client.GetAsync("/draw.js", TestContext.Current.CancellationToken);

        Assert.Contains("<canvas id=\"pad\"", page);
        Assert.DoesNotContain("http://", page);
        Assert.DoesNotContain("https://", page);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("fetch(\"predict\"", await script.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private async Task<JsonObject> PostAsync(float[] pixels)
    {
        var response = await _client.PostAsJsonAsync("/predict", new { pixels }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
    }

    /// <summary>The 360 images of notebook 14's test split, as the 0-16 pixels a client sends, and their labels.</summary>
    internal static (float[][] Images, long[] Labels) TestSplit()
    {
        var digits = Datasets.LoadDigits();
        var split = StratifiedSplit.TrainTestSplit(digits.Data.Y, testSize: 0.2, randomState: 42);
        var images = split.Test.Select(row => Enumerable.Range(0, 64).Select(col => (float)digits.Data.X[(int)row, col]).ToArray()).ToArray();
        return (images, split.Test.Select(row => digits.Data.Y[(int)row]).ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _service.DisposeAsync();
    }
}
