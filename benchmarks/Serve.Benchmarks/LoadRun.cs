using System.Diagnostics;
using System.Net.Http.Headers;

namespace Serve.Benchmarks;

/// <summary>
/// A bounded load: exactly <c>requests</c> POST /predict calls from <c>concurrency</c> callers at once, each sending
/// the next test image as soon as its previous answer arrived; every call's latency is kept.
/// </summary>
internal static class LoadRun
{
    public sealed record Result(int Requests, int Concurrency, TimeSpan Elapsed, double[] LatenciesMs, IReadOnlyDictionary<int, int> Failures)
    {
        /// <summary>"" when every request succeeded, else e.g. " FAILED: 1 x 500" (the service's log says why).</summary>
        public string FailureText => Failures.Count == 0 ? "" : " FAILED: " + string.Join(", ", Failures.Select(f => $"{f.Value} x {f.Key}"));

        public double PerSecond => Requests / Elapsed.TotalSeconds;
        public double Percentile(double p) => LatenciesMs[Math.Min(LatenciesMs.Length - 1, (int)Math.Ceiling(p / 100 * LatenciesMs.Length) - 1)];
    }

    public static async Task<Result> RunAsync(HttpClient client, IReadOnlyList<byte[]> bodies, int requests, int concurrency)
    {
        var latencies = new double[requests];
        var failures = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
        int next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var content = new ByteArrayContent(bodies[i % bodies.Count]);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                long start = Stopwatch.GetTimestamp();
                using var response = await client.PostAsync("predict", content);
                await response.Content.ReadAsByteArrayAsync();
                if (!response.IsSuccessStatusCode)
                    failures.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1); // counted and printed, not hidden in the figures
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }));
        total.Stop();
        Array.Sort(latencies);
        return new Result(requests, concurrency, total.Elapsed, latencies, failures);
    }
}
