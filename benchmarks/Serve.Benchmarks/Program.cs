using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using CourseLib.Data;
using Serve.Benchmarks;

// The digits service under a bounded load over loopback (127.0.0.1 only): requests per second and p50/p99 latency,
// one forward pass per request ("single", --Serving:Batching=false) and batched (the default), one caller and 32 at
// once; then the service's resident memory over 100,000 requests, batched, sampled every 10,000.
// Run: dotnet run -c Release --project benchmarks/Serve.Benchmarks [-- --model PATH]
// The model is notebook 14's artifacts/models/14_digits.dat unless --model names another (the train command makes one).
string root = CourseTools.RepositoryRoot.Find(AppContext.BaseDirectory);
string model = args is ["--model", var given] ? Path.GetFullPath(given) : Path.Combine(root, "artifacts", "models", "14_digits.dat");
if (!File.Exists(model))
{
    Console.Error.WriteLine($"No model at {model}: run notebooks/14_digits.ipynb or `dotnet run --project serve -- train` first.");
    return 1;
}

// The 1,797 images of the digits data as the request bodies a client sends, used in turn.
var digits = Datasets.LoadDigits();
var bodies = Enumerable.Range(0, digits.Count)
    .Select(row => Encoding.UTF8.GetBytes("{\"pixels\":[" + string.Join(",", Enumerable.Range(0, 64).Select(col => digits.Data.X[row, col])) + "]}"))
    .ToArray();

Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; CPU: {CpuModel()}, {Environment.ProcessorCount} cores; {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}");
Console.WriteLine($"load average before: {LoadAverage()}; model {Path.GetFileName(model)}; client and service on 127.0.0.1");
Console.WriteLine();
Console.WriteLine("mode      callers  requests   req/s   p50 ms   p99 ms   images per forward pass");
foreach (bool batching in new[] { false, true })
{
    using var service = ServiceProcess.Start(model, batching);
    using var client = Client(service.Address, connections: 32);
    await LoadRun.RunAsync(client, bodies, requests: 3_000, concurrency: 8); // warm-up: JIT, connections, libtorch
    foreach (var (callers, requests) in new[] { (1, 5_000), (32, 20_000) })
    {
        var before = await Counts(client);
        var run = await LoadRun.RunAsync(client, bodies, requests, callers);
        var after = await Counts(client);
        double perPass = (double)(after.Images - before.Images) / (after.Passes - before.Passes);
        Console.WriteLine($"{(batching ? "batched" : "single"),-9} {callers,7} {requests,9:N0} {run.PerSecond,7:N0} {run.Percentile(50),8:F2} {run.Percentile(99),8:F2}   {perPass,5:F2}");
    }
}

Console.WriteLine();
Console.WriteLine("memory over 100,000 requests (batched, 16 callers): the service's resident set after each 10,000");
using (var service = ServiceProcess.Start(model, batching: true))
using (var client = Client(service.Address, connections: 16))
{
    var samples = new List<long>();
    var watch = Stopwatch.StartNew();
    for (int block = 1; block <= 10; block++)
    {
        await LoadRun.RunAsync(client, bodies, requests: 10_000, concurrency: 16);
        samples.Add(service.ResidentBytes());
        Console.WriteLine($"  after {block * 10_000,7:N0}: {samples[^1] / 1048576.0,6:F1} MB");
    }
    // The first blocks include the runtime's own warm-up (JIT, thread pool, GC budgets); the second half shows a leak.
    double growth = Growth(samples[0], samples[^1]), secondHalf = Growth(samples[4], samples[^1]);
    Console.WriteLine($"  100,000 requests in {watch.Elapsed.TotalSeconds:F0} s; resident set from 10,000 to 100,000: {growth:+0.0;-0.0}%, " +
                      $"from 50,000 to 100,000: {secondHalf:+0.0;-0.0}% (min {samples.Min() / 1048576.0:F1} MB, max {samples.Max() / 1048576.0:F1} MB)   " +
                      $"target < 5%: {(Math.Abs(growth) < 5 ? "PASS" : "FAIL")}");
}
Console.WriteLine($"load average after: {LoadAverage()}");
return 0;

static HttpClient Client(Uri address, int connections)
{
    if (!address.IsLoopback) throw new InvalidOperationException($"The benchmark loads loopback only, not {address}.");
    return new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { BaseAddress = address };
}

// The service's own count of forward passes and images (GET /health).
static async Task<(long Passes, long Images)> Counts(HttpClient client)
{
    var health = System.Text.Json.Nodes.JsonNode.Parse(await client.GetStringAsync("health"))!;
    return ((long)health["forwardPasses"]!, (long)health["imagesPredicted"]!);
}

static double Growth(long from, long to) => 100.0 * (to - from) / from;

static string CpuModel() =>
    File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name"))?.Split(':', 2)[1].Trim() ?? "unknown"
        : RuntimeInformation.ProcessArchitecture.ToString();

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
