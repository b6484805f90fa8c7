using System.Diagnostics;
using System.Text.Json.Nodes;
using NotebookRunner;

// Times one notebook cell that calls Console.WriteLine N times, for growing N, through the runner's executor,
// and checks the executed copy holds every line. Linear recording means the time per write stays flat as N
// doubles; recording that copies the stream's text so far on each write makes it double with N.
// Each count runs three times (--repeats N to change); the median is printed, as wall-clock time and as the CPU time this process spent
// (the fairer figure on a machine whose cores other processes share).
// Run: dotnet run -c Release --project benchmarks/NotebookRunner.Benchmarks [-- [--repeats N] [WRITES ...]]
int repeats = args.Length >= 2 && args[0] == "--repeats" ? int.Parse(args[1]) : 3;
var countArgs = args.Length >= 2 && args[0] == "--repeats" ? args[2..] : args;
int[] counts = countArgs.Length > 0 ? countArgs.Select(int.Parse).ToArray() : [25_000, 50_000, 100_000, 200_000];
var folder = Directory.CreateTempSubdirectory("runner-bench-").FullName;
try
{
    var options = new RunnerOptions(folder, Path.Combine(folder, "executed"), TimeSpan.FromHours(1));
    Console.WriteLine($"NotebookRunner write benchmark: {Environment.ProcessorCount} cores, load average {LoadAverage()}");
    Console.WriteLine($"{"writes",10}  {"wall s",8}  {"CPU s",8}  {"CPU µs/write",12}  output");
    Run(1_000); // warm-up: the kernel's first compilation
    foreach (var count in counts)
    {
        var runs = Enumerable.Range(0, repeats).Select(_ => Run(count)).ToList();
        var (wall, cpu, verdict) = (Median(runs.Select(r => r.Wall)), Median(runs.Select(r => r.Cpu)), runs[^1].Verdict);
        Console.WriteLine($"{count,10:N0}  {wall,8:F2}  {cpu,8:F2}  {cpu * 1e6 / count,12:F1}  {verdict}");
    }
    Console.WriteLine($"load average after: {LoadAverage()}");

    (double Wall, double Cpu, string Verdict) Run(int count)
    {
        var notebook = Path.Combine(folder, $"writes_{count}.ipynb");
        File.WriteAllText(notebook, NotebookWith($"for (int i = 0; i < {count}; i++) Console.WriteLine(i);"));
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = new NotebookExecutor(options, TextWriter.Null).RunAsync(notebook).GetAwaiter().GetResult();
        var wall = watch.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        if (!result.Succeeded) throw new InvalidOperationException(result.Describe());
        var text = StreamText(result.ExecutedCopy!);
        var expected = string.Concat(Enumerable.Range(0, count).Select(i => $"{i}\n"));
        return (wall, cpu, text == expected ? $"complete ({count:N0} lines)" : $"WRONG: {text.Length:N0} chars, expected {expected.Length:N0}");
    }
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static double Median(IEnumerable<double> values) => values.Order().ToList() is var sorted ? sorted[sorted.Count / 2] : 0;

static string NotebookWith(string code) => new JsonObject
{
    ["cells"] = new JsonArray(new JsonObject
    {
        ["cell_type"] = "code", ["execution_count"] = null, ["outputs"] = new JsonArray(), ["source"] = code,
        ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } },
    }),
    ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["name"] = ".net-csharp", ["language"] = "C#", ["display_name"] = ".NET (C#)" } },
    ["nbformat"] = 4, ["nbformat_minor"] = 5,
}.ToJsonString();

// All stdout text of the notebook's one cell, joined (nbformat stores text as one string or a list of lines).
static string StreamText(string executedCopy)
{
    var outputs = JsonNode.Parse(File.ReadAllText(executedCopy))!["cells"]![0]!["outputs"]!.AsArray();
    return string.Concat(outputs.Where(o => (string?)o!["name"] == "stdout").Select(o => o!["text"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        var single => (string?)single,
    }));
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
