using System.Threading.Channels;
using Serve.Model;

namespace Serve.Prediction;

/// <summary>
/// Requests that arrive while a forward pass is running wait in a queue, and the next pass takes all of them at once
/// (up to <c>Serving:MaxBatch</c>): under load one pass serves many requests, and a lone request waits for no one (there
/// is no timer collecting a batch). One background loop runs every pass, so the model is used by one thread at a time.
/// </summary>
internal sealed class BatchingPredictor(DigitsClassifier classifier, int maxBatch) : BackgroundService, IDigitPredictor
{
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    private sealed record Pending(float[] Pixels, TaskCompletionSource<float[]> Result);

    public Task<float[]> PredictAsync(float[] pixels, CancellationToken cancellation)
    {
        // Continuations run elsewhere, so the loop goes straight on to the next pass instead of writing responses.
        var pending = new Pending(pixels, new TaskCompletionSource<float[]>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
            throw new InvalidOperationException("The service is stopping and takes no more predictions.");
        return pending.Result.Task.WaitAsync(cancellation);
    }

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        var batch = new List<Pending>(maxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stopping))
            {
                batch.Clear();
                while (batch.Count < maxBatch && _queue.Reader.TryRead(out var pending))
                    batch.Add(pending);
                Run(batch);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        finally
        {
            _queue.Writer.TryComplete();
            while (_queue.Reader.TryRead(out var left))
                left.Result.TrySetCanceled(CancellationToken.None);
        }
    }

    private void Run(List<Pending> batch)
    {
        try
        {
            var probabilities = classifier.Predict(batch.Select(p => p.Pixels).ToArray());
            for (int i = 0; i < batch.Count; i++)
                batch[i].Result.TrySetResult(probabilities[i]);
        }
        catch (Exception e)
        {
            foreach (var pending in batch)
                pending.Result.TrySetException(e); // each request fails on its own; the loop serves the next batch
        }
    }
}
