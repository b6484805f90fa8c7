using System.Diagnostics;
using System.Text.Json.Nodes;
using NotebookRunner;

// Times one notebook cell that calls Console.WriteLine N times, for growing N, through the runner's executor,
// and checks the executed copy holds every line. Linear recording means the time per write stays flat as N
// doubles; recording that copies the stream's text so far on each write makes it double with N.
// Run: dotnet run -c Release --project benchmarks/NotebookRunner.Benchmarks [-- N ...]
int[] counts = args.Length > 0 ? args.Select(int.Parse).ToArray() : [25_000, 50_000, 100_000, 200_000];
var folder = Directory.CreateTempSubdirectory("runner-bench-").FullName;
try
{
    var options = new RunnerOptions(folder, Path.Combine(folder, "executed"), TimeSpan.FromHours(1));
    Console.WriteLine($"NotebookRunner write benchmark: {Environment.ProcessorCount} cores, load average {LoadAverage()}");
    Console.WriteLine($"{"writes",10}  {"seconds",8}  {"µs/write",9}  output");
    Run(1_000, print: false); // warm-up: the kernel's first compilation
    foreach (var count in counts) Run(count, print: true);
    Console.WriteLine($"load average after: {LoadAverage()}");

    void Run(int count, bool print)
    {
        var notebook = Path.Combine(folder, $"writes_{count}.ipynb");
        File.WriteAllText(notebook, NotebookWith($"for (int i = 0; i < {count}; i++) Console.WriteLine(i);"));
        var watch = Stopwatch.StartNew();
        var result = new NotebookExecutor(options, TextWriter.Null).RunAsync(notebook).GetAwaiter().GetResult();
        var seconds = watch.Elapsed.TotalSeconds;
        if (!result.Succeeded) throw new InvalidOperationException(result.Describe());
        var text = StreamText(result.ExecutedCopy!);
        var expected = string.Concat(Enumerable.Range(0, count).Select(i => $"{i}\n"));
        var verdict = text == expected ? $"complete ({count:N0} lines)" : $"WRONG: {text.Length:N0} chars, expected {expected.Length:N0}";
        if (print) Console.WriteLine($"{count,10:N0}  {seconds,8:F2}  {seconds * 1e6 / count,9:F1}  {verdict}");
    }
}
finally
{
    Directory.Delete(folder, recursive: true);
}

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
