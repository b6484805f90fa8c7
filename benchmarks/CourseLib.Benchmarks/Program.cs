using System.Runtime.InteropServices;
using CourseLib.Benchmarks;
using CourseLib.Setup;
using TorchSharp;

// Times the course's loops with CourseLib's Engine.Fit and checks the course's speed targets: the model_3 loop at
// most 300 µs per epoch (PyTorch 1.13 took 512 µs on the same machine), memory growing less than 5% from epoch 1,000
// to 10,000, a decision-boundary chart in at most 50 ms; it also times the confusion-matrix heatmap at 10-100 classes.
// Run: dotnet run -c Release --project benchmarks/CourseLib.Benchmarks
TorchSetup.Initialize();
// Three untimed runs first: .NET compiles hot methods again, optimised, after their first few hundred calls,
// and the first timed run was ~15% slower with only one warm-up run.
const int EpochsPerRun = 1000, WarmUps = 3, Repeats = 21;

Console.WriteLine($"CPU: {CpuModel()}; load average before: {LoadAverage()}");
Console.WriteLine($"CourseLib benchmark: TorchSharp {typeof(torch).Assembly.GetName().Version}, {torch.get_num_threads()} torch thread(s), " +
                  $"{Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}");

var model3 = CourseLoop.Model3();
var model4 = CourseLoop.Model4();
foreach (var (loop, target) in new[] { (model3, 300.0), (model4, double.NaN) })
{
    var t = Timing.Measure(() => loop.Train(EpochsPerRun), warmUps: WarmUps, repeats: Repeats, perRun: EpochsPerRun);
    string verdict = double.IsNaN(target) ? "" : $"   target <= {target:F0}: {(t.Median <= target ? "PASS" : "FAIL")}";
    Console.WriteLine($"{loop.Name}: median {t.Median:F0} µs/epoch (min {t.Min:F0}, max {t.Max:F0}; CPU time {t.CpuMedian:F0} µs/epoch; " +
                      $"{t.Runs} runs x {EpochsPerRun} epochs){verdict}");
}

// Memory over a long run of model_3: sampled at the end of epoch 1,000 and of epoch 10,000.
var samples = new Dictionary<int, MemorySample>();
var (trained, history) = model3.Train(10_000, onEpoch: r =>
{
    if (r.Epoch + 1 is 1_000 or 10_000) samples[r.Epoch + 1] = MemorySample.Take();
});
var (at1k, at10k) = (samples[1_000], samples[10_000]);
double workingSetGrowth = MemorySample.Growth(at1k.WorkingSet, at10k.WorkingSet);
double privateGrowth = MemorySample.Growth(at1k.PrivateBytes, at10k.PrivateBytes);
Console.WriteLine($"memory, model_3 loop, epoch 1,000: {at1k}");
Console.WriteLine($"memory, model_3 loop, epoch 10,000: {at10k}");
string nativeGrowth = at1k.NativeHeapInUse < 0 ? "n/a" : $"{MemorySample.Growth(at1k.NativeHeapInUse, at10k.NativeHeapInUse):+0.00;-0.00}%";
Console.WriteLine($"memory growth 1,000 -> 10,000: working set {workingSetGrowth:+0.00;-0.00}%, private bytes {privateGrowth:+0.00;-0.00}%, " +
                  $"native heap in use {nativeGrowth}, GC heap {(at10k.GcHeap - at1k.GcHeap) / 1024.0:+0;-0} KB (the history's records)   " +
                  $"target < 5%: {(Math.Max(workingSetGrowth, privateGrowth) < 5 ? "PASS" : "FAIL")}");
Console.WriteLine($"(model_3 after 10,000 epochs: {history[^1]})");

Console.WriteLine($"decision-boundary chart (model_3, 800 training points): {DecisionBoundaryChart.Measure(DecisionBoundaryChart.Builder(trained, model3.Data.XTrain, model3.Data.YTrain))}");
Console.WriteLine($"  ... and its Plotly JSON, as a notebook displays it:  {DecisionBoundaryChart.Measure(DecisionBoundaryChart.BuilderWithJson(trained, model3.Data.XTrain, model3.Data.YTrain))}");

foreach (int classes in ConfusionMatrixChart.ClassCounts)
    Console.WriteLine($"confusion-matrix heatmap and its Plotly JSON, {classes} classes: {ConfusionMatrixChart.Measure(classes)}");

Console.WriteLine($"load average after: {LoadAverage()}");

// libtorch's MKL picks its generic (slow) matrix kernels on non-Intel CPUs: the model name tells which case this is.
static string CpuModel() =>
    File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name"))?.Split(':', 2)[1].Trim() ?? "unknown"
        : RuntimeInformation.ProcessArchitecture.ToString();

// Other processes share the cores: the 1-minute load average says how much (Linux only).
static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
