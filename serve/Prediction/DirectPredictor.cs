using Serve.Model;

namespace Serve.Prediction;

/// <summary>One forward pass per request, on the request's own thread (<c>Serving:Batching=false</c>).</summary>
internal sealed class DirectPredictor(DigitsClassifier classifier) : IDigitPredictor
{
    public Task<float[]> PredictAsync(float[] pixels, CancellationToken cancellation) =>
        Task.FromResult(classifier.Predict([pixels])[0]);
}
