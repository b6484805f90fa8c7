using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using CourseLib.Data;
using Serve.Benchmarks;

// The digits service under a bounded load over loopback (127.0.0.1 only): requests per second, p50/p99 latency and
// the service's CPU time per request, with one forward pass per request ("single", --Serving:Batching=false) and
// batched (the default), one caller and 32 at once; then the service's resident memory over 100,000 requests,
// batched, sampled every 10,000.
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
// Both services run at once and take turns, round after round, so that a change in what else the machine is doing
// falls on both alike; each figure is the median of the rounds.
const int Rounds = 3;
Console.WriteLine($"median of {Rounds} rounds   callers  requests   req/s   p50 ms   p99 ms   service CPU µs/request   images per forward pass");
using (var single = ServiceProcess.Start(model, batching: false))
using (var batched = ServiceProcess.Start(model, batching: true))
{
    var modes = new[] { (Name: "single", Service: single, Client: Client(single.Address, 32)), (Name: "batched", Service: batched, Client: Client(batched.Address, 32)) };
    foreach (var mode in modes)
        Console.Write((await LoadRun.RunAsync(mode.Client, bodies, requests: 3_000, concurrency: 8)).FailureText); // warm-up: JIT, connections, libtorch
    var rows = new Dictionary<(string Mode, int Callers), List<double[]>>();
    for (int round = 0; round < Rounds; round++)
        foreach (var (callers, requests) in new[] { (1, 3_000), (32, 12_000) })
            foreach (var mode in modes)
            {
                var (countsBefore, cpuBefore) = (await Counts(mode.Client), mode.Service.CpuTime());
                var run = await LoadRun.RunAsync(mode.Client, bodies, requests, callers);
                if (run.Failures.Count > 0) Console.WriteLine($"{mode.Name}, {callers} callers, round {round + 1}:{run.FailureText}");
                var (countsAfter, cpuAfter) = (await Counts(mode.Client), mode.Service.CpuTime());
                double perPass = (double)(countsAfter.Images - countsBefore.Images) / (countsAfter.Passes - countsBefore.Passes);
                double cpuPerRequest = (cpuAfter - cpuBefore).TotalMicroseconds / requests;
                (rows.TryGetValue((mode.Name, callers), out var list) ? list : rows[(mode.Name, callers)] = [])
                    .Add([requests, run.PerSecond, run.Percentile(50), run.Percentile(99), cpuPerRequest, perPass]);
            }
    foreach (var ((name, callers), list) in rows.OrderBy(r => r.Key.Callers))
    {
        double Median(int column) => list.Select(r => r[column]).Order().ElementAt(list.Count / 2);
        Console.WriteLine($"{name,-20} {callers,7} {Median(0),9:N0} {Median(1),7:N0} {Median(2),8:F2} {Median(3),8:F2} {Median(4),24:F0} {Median(5),25:F2}");
    }
    foreach (var mode in modes) mode.Client.Dispose();
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
        var run = await LoadRun.RunAsync(client, bodies, requests: 10_000, concurrency: 16);
        samples.Add(service.ResidentBytes());
        Console.WriteLine($"  after {block * 10_000,7:N0}: {samples[^1] / 1048576.0,6:F1} MB{run.FailureText}");
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
