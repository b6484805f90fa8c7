namespace ExecutionStage;

/// <summary>
/// The stage's work, (front end, notebook) in order, taken by <c>jobs</c> workers: each takes the first item whose front
/// end is under its <see cref="IFrontEnd.MaxParallel"/>, so both cores stay busy to the end (a Jupyter notebook beside
/// a program, say) while no front end runs more at once than it can bear.
/// </summary>
public sealed class StageQueue(IEnumerable<(IFrontEnd FrontEnd, string Notebook)> items, int jobs)
{
    private readonly List<(IFrontEnd FrontEnd, string Notebook)> _pending = items.ToList();
    private readonly Dictionary<IFrontEnd, int> _running = [];

    /// <summary>Runs <paramref name="work"/> on every item and returns the results in the order they finished.</summary>
    public async Task<List<T>> RunAsync<T>(Func<(IFrontEnd FrontEnd, string Notebook), Task<T>> work)
    {
        var results = new List<T>();
        await Task.WhenAll(Enumerable.Range(0, jobs).Select(_ => Task.Run(async () =>
        {
            while (await NextAsync() is { } item)
            {
                try
                {
                    var result = await work(item);
                    lock (results) results.Add(result);
                }
                finally
                {
                    lock (_pending) _running[item.FrontEnd]--;
                }
            }
        })));
        return results;
    }

    private async Task<(IFrontEnd FrontEnd, string Notebook)?> NextAsync()
    {
        while (true)
        {
            lock (_pending)
            {
                if (_pending.Count == 0) return null;
                var index = _pending.FindIndex(i => _running.GetValueOrDefault(i.FrontEnd) < Math.Max(1, i.FrontEnd.MaxParallel));
                if (index >= 0)
                {
                    var item = _pending[index];
                    _pending.RemoveAt(index);
                    _running[item.FrontEnd] = _running.GetValueOrDefault(item.FrontEnd) + 1;
                    return item;
                }
            }
            await Task.Delay(200); // every front end with work left is at its limit: wait for one to finish
        }
    }
}
