namespace Serve;

/// <summary>The <c>Serving</c> section of the configuration (appsettings.json, or <c>--Serving:Batching=false</c>).</summary>
internal sealed class ServingOptions
{
    /// <summary>Queue concurrent requests and run them in one forward pass (<see cref="Prediction.BatchingPredictor"/>); false: one pass per request.</summary>
    public bool Batching { get; set; } = true;

    /// <summary>The most images one forward pass takes.</summary>
    public int MaxBatch { get; set; } = 64;
}
