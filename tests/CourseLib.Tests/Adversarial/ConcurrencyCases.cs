using CourseLib.Apps;
using CourseLib.Data;
using CourseLib.Plots;

namespace CourseLib.Tests.Adversarial;

/// <summary>
/// One object or one file used by several threads at once, as a parallel search over learning rates does: nothing
/// may be lost, shared or thrown.
/// </summary>
internal static class ConcurrencyCases
{
    private const int Threads = 8;

    /// <summary>Runs <paramref name="work"/> on <see cref="Threads"/> threads released together; returns the errors.</summary>
    private static Exception[] Together(Action<int> work)
    {
        using var start = new Barrier(Threads);
        var errors = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        var threads = Enumerable.Range(0, Threads).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            try { work(i); } catch (Exception e) { errors.Add(e); }
        })).ToArray();
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        return [.. errors];
    }

    public static IEnumerable<BadInputCase> All()
    {
        var together = new CaseBuilder("concurrency");
        together.Answers("LiveLossChart.Record", "8 threads recording 20,000 epochs each (points were lost)", () =>
        {
            var chart = new LiveLossChart(_ => _ => { }, renderEvery: 100_000);
            var errors = Together(i => { for (int e = 0; e < 20_000; e++) chart.Record(i * 100_000 + e, 0.5); });
            chart.Complete();
            return (errors.Length, chart.Points.Count, chart.Points.Select(p => p.Epoch).Distinct().Count());
        }, r => r is (0, 160_000, 160_000));
        together.Answers("ChartFile.Write", "8 threads writing one path (shared one temporary file and failed)", () =>
        {
            var folder = Directory.CreateTempSubdirectory("adversarial-charts-").FullName;
            var path = Path.Combine(folder, "chart.html");
            var chart = ActivationFunctions.Plot(points: 3);
            var errors = Together(_ => ChartFile.Write(chart, path));
            return (errors.Length, Directory.GetFiles(folder).Select(Path.GetFileName).Single(), File.ReadAllText(path).TrimEnd().EndsWith("</html>"));
        }, r => r is (0, "chart.html", true));
        together.Answers("Datasets.MakeBlobs", "8 threads without a seed, drawing from the global generator (IndexOutOfRange)", () =>
        {
            var made = new System.Collections.Concurrent.ConcurrentBag<LabelledData>();
            var errors = Together(_ => { for (int k = 0; k < 20; k++) made.Add(Datasets.MakeBlobs(nSamples: 5000)); });
            return (errors.Length, made.Count(d => d.Count == 5000 && d.X.Cast<double>().All(double.IsFinite)));
        }, r => r is (0, 160));
        together.Answers("Datasets.MakeMoons", "8 threads sharing one seeded RandomState", () =>
        {
            RandomState shared = 7;
            var made = new System.Collections.Concurrent.ConcurrentBag<LabelledData>();
            var errors = Together(_ => { for (int k = 0; k < 20; k++) made.Add(Datasets.MakeMoons(nSamples: 100, noise: 0.1, randomState: shared)); });
            return (errors.Length, made.Count(d => d.Count == 100 && d.X.Cast<double>().All(double.IsFinite)));
        }, r => r is (0, 160));
        return together.Cases;
    }
}
