namespace Serve.Prediction;

/// <summary>Turns one validated image into its ten class probabilities, with the shared model.</summary>
internal interface IDigitPredictor
{
    /// <summary>The probabilities of digits 0 to 9 for 64 pixels from 0 to 16.</summary>
    Task<float[]> PredictAsync(float[] pixels, CancellationToken cancellation);
}
