namespace TestTiers;

/// <summary>
/// Works through the test projects <c>jobs</c> at a time, each worker taking the next in the given order, so the long
/// pole (<see cref="TestProjects"/>) starts first and the others follow beside it one after another.
/// </summary>
public static class TestProjectQueue
{
    /// <summary>Runs <paramref name="work"/> on every project; the results come back in the order the runs ended.</summary>
    public static async Task<IReadOnlyList<T>> RunAsync<T>(IReadOnlyList<string> projects, int jobs, Func<string, Task<T>> work)
    {
        var pending = new Queue<string>(projects);
        var results = new List<T>();
        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, jobs)).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                string? project;
                lock (pending)
                    if (!pending.TryDequeue(out project)) return;
                var result = await work(project);
                lock (results) results.Add(result);
            }
        })));
        return results;
    }
}
