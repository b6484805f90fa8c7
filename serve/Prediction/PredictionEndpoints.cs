using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Serve.Model;

namespace Serve.Prediction;

/// <summary>The JSON body <c>POST /predict</c> reads (described for OpenAPI; <see cref="PixelsReader"/> reads it).</summary>
/// <param name="Pixels">64 numbers from 0 (blank) to 16 (all ink): the 8 × 8 image row by row.</param>
internal sealed record PixelsRequest([property: JsonPropertyName("pixels")] float[] Pixels);

/// <summary>The answer to <c>POST /predict</c>.</summary>
/// <param name="Class">The predicted digit, the class with the largest probability.</param>
/// <param name="Probabilities">The probability of each digit, 0 to 9 (softmax of the logits; they sum to 1).</param>
/// <param name="ModelVersion">The model file's version (the start of its SHA-256).</param>
internal sealed record Prediction(
    [property: JsonPropertyName("class")] int Class,
    [property: JsonPropertyName("probabilities")] float[] Probabilities,
    [property: JsonPropertyName("modelVersion")] string ModelVersion);

/// <summary>The answer to <c>GET /health</c>: the service is up, which model it serves, and how many images it has predicted in how many forward passes.</summary>
internal sealed record Health(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("modelFile")] string ModelFile,
    [property: JsonPropertyName("modelVersion")] string ModelVersion,
    [property: JsonPropertyName("modelSavedUtc")] DateTime ModelSavedUtc,
    [property: JsonPropertyName("batching")] bool Batching,
    [property: JsonPropertyName("forwardPasses")] long ForwardPasses,
    [property: JsonPropertyName("imagesPredicted")] long ImagesPredicted);

/// <summary>The service's two endpoints.</summary>
internal static class PredictionEndpoints
{
    public static void MapPredictionEndpoints(this WebApplication app)
    {
        app.MapPost("/predict", async (HttpRequest request, IDigitPredictor predictor, DigitsClassifier classifier, CancellationToken cancellation) =>
            {
                var (pixels, problem) = await PixelsReader.ReadAsync(request, cancellation);
                if (problem is not null)
                    return problem.ToResult();
                var probabilities = await predictor.PredictAsync(pixels!, cancellation);
                int best = Array.IndexOf(probabilities, probabilities.Max());
                return Results.Ok(new Prediction(best, probabilities, classifier.Version));
            })
            .WithName("Predict")
            .WithSummary("Classify one 8 × 8 handwritten digit")
            .WithDescription("The body is {\"pixels\": [64 numbers from 0 to 16]}, the image row by row as the course's digits data holds it. " +
                             "Bad input gets an RFC 7807 problem that says what was wrong and what is allowed.")
            // The body's schema for OpenAPI only: .Accepts would make routing refuse other content types with a bare
            // 415 before PixelsReader could say what was sent and what to send.
            .AddOpenApiOperationTransformer(async (operation, context, cancellation) =>
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(PixelsRequest), null, cancellation) },
                    },
                })
            .Produces<Prediction>()
            // Every mistake in the request, its size and content type included, is one status with a problem body that
            // names it: a client handles "your input was wrong" once and shows the detail.
            .ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/health", (DigitsClassifier classifier, IOptions<ServingOptions> options) =>
                new Health("ok", Path.GetFileName(classifier.ModelFile), classifier.Version, classifier.SavedUtc, options.Value.Batching,
                    classifier.Counts.ForwardPasses, classifier.Counts.Images))
            .WithName("Health")
            .WithSummary("Whether the service is up, and which model it serves");
    }
}
