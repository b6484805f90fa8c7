using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Serve.Model;

namespace Serve.Tests;

/// <summary>Many requests at once share the one model: each gets its own image's answer, batched or not.</summary>
[Trait("Tier", "Full")] // trains the digits model the service loads (the train command, once per run)
public sealed class ConcurrencyTests(TrainedModel model)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Hundreds_of_simultaneous_requests_each_get_their_own_images_answer(bool batching)
    {
        await using var service = new DigitsServiceFactory(model.Path, batching);
        using var client = service.CreateClient();
        var (images, _) = ApiTests.TestSplit();
        using var classifier = DigitsClassifier.Load(model.Path);
        var expected = classifier.Predict(images);

        // Every test image four times over, all sent before any answer is awaited.
        var requests = Enumerable.Range(0, 4 * images.Length).Select(async i =>
        {
            var response = await client.PostAsJsonAsync("/predict", new { pixels = images[i % images.Length] }, TestContext.Current.CancellationToken);
            response.EnsureSuccessStatusCode();
            var answer = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
            return (Index: i % images.Length, Probabilities: answer!["probabilities"]!.AsArray().Select(p => (float)p!).ToArray());
        }).ToArray();

        foreach (var (index, probabilities) in await Task.WhenAll(requests))
            Assert.Equal(expected[index], probabilities, (a, b) => Math.Abs(a - b) < 1e-6);
    }

    [Fact]
    public async Task With_batching_simultaneous_requests_share_forward_passes_as_health_counts_them()
    {
        await using var service = new DigitsServiceFactory(model.Path, batching: true);
        using var client = service.CreateClient();
        var (images, _) = ApiTests.TestSplit();
        var before = await client.GetFromJsonAsync<JsonObject>("/health", TestContext.Current.CancellationToken);

        await Task.WhenAll(images.Select(image => client.PostAsJsonAsync("/predict", new { pixels = image }, TestContext.Current.CancellationToken)));

        var after = await client.GetFromJsonAsync<JsonObject>("/health", TestContext.Current.CancellationToken);
        long passes = (long)after!["forwardPasses"]! - (long)before!["forwardPasses"]!;
        long predicted = (long)after["imagesPredicted"]! - (long)before["imagesPredicted"]!;
        Assert.Equal(images.Length, predicted);
        Assert.True(passes < predicted, $"{predicted} images in {passes} forward passes: requests waiting together should share one");
    }
}
