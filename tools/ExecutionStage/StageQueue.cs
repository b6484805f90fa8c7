namespace ExecutionStage;

/// <summary>
/// The stage's work, (front end, notebook), taken by <c>jobs</c> workers: each takes an item whose front end is under its
/// <see cref="IFrontEnd.MaxParallel"/>, so no front end runs more at once than it can bear, from the front end with the
/// longest way to go (its items left, over how many it runs at once; in the given order where two tie). A front end that
/// runs one notebook at a time (Jupyter, the programs) is the longest chain of the stage: started last, it would run
/// alone at the end with a core idle; started first, the others fill the second core beside it.
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
                var ready = _pending.Select((item, index) => (item, index))
                    .Where(p => _running.GetValueOrDefault(p.item.FrontEnd) < Math.Max(1, p.item.FrontEnd.MaxParallel))
                    .ToList();
                if (ready.Count > 0)
                {
                    var index = ready.OrderByDescending(p => RoundsLeft(p.item.FrontEnd)).ThenBy(p => p.index).First().index;
                    var item = _pending[index];
                    _pending.RemoveAt(index);
                    _running[item.FrontEnd] = _running.GetValueOrDefault(item.FrontEnd) + 1;
                    return item;
                }
            }
            await Task.Delay(200); // every front end with work left is at its limit: wait for one to finish
        }
    }

    // How many rounds of work a front end has left: its pending items over how many it runs at once.
    private double RoundsLeft(IFrontEnd frontEnd) =>
        (double)_pending.Count(i => i.FrontEnd == frontEnd) / Math.Max(1, frontEnd.MaxParallel);
}
