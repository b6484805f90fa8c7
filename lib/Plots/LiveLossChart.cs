using Plotly.NET;

namespace CourseLib.Plots;

/// <summary>
/// A loss chart that a training loop updates in place, so the learner watches the loss fall while training runs.
/// It is shown once when created and re-rendered after every <c>renderEvery</c>-th recorded epoch and on
/// <see cref="Complete"/>. Where it is shown depends on where the code runs, and the notebook's code is the same in
/// each: in a notebook, under the running cell (a headless run such as the course's runner saves the last rendering,
/// the final chart); in a chapter program (<c>apps/</c>), as a chart page the program rewrites, final at the end;
/// anywhere else, as a printed line with the latest epoch's losses at each rendering. Introduced in notebook 12_live_training.
/// </summary>
public sealed class LiveLossChart : IDisposable
{
    private readonly Action<object>? _update; // null: nowhere to draw, so each rendering prints a line to _text instead
    private readonly TextWriter _text;
    private readonly int _renderEvery;
    private readonly string _title;
    private readonly List<(int Epoch, double TrainLoss, double? TestLoss)> _points = [];
    private int _renderedCount;

    /// <summary>
    /// Shows an empty loss chart where the code runs: under the notebook cell, as a chapter program's chart page, or
    /// (anywhere else) as printed lines. Introduced in notebook 12_live_training.
    /// </summary>
    /// <param name="renderEvery">Re-render after this many recorded epochs (at least 1).</param>
    /// <param name="title">Chart title.</param>
    public LiveLossChart(int renderEvery = 10, string title = "Loss")
        : this(LiveDisplay.TryShow, Console.Out, renderEvery, title)
    {
    }

    /// <summary>
    /// Shows an empty loss chart through a display of your own (a test's, a window's) instead of the notebook's.
    /// Introduced in notebook 12_live_training.
    /// </summary>
    /// <param name="show">Displays a value and returns an action that replaces what it displayed (a display handle).</param>
    /// <param name="renderEvery">Re-render after this many recorded epochs (at least 1).</param>
    /// <param name="title">Chart title.</param>
    public LiveLossChart(Func<object, Action<object>> show, int renderEvery = 10, string title = "Loss")
        : this(CheckedShow(show), TextWriter.Null, renderEvery, title)
    {
    }

    /// <summary>Shows the chart through <paramref name="tryShow"/>, or, when it returns null, prints to <paramref name="text"/>.</summary>
    internal LiveLossChart(Func<object, Action<object>?> tryShow, TextWriter text, int renderEvery, string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentOutOfRangeException.ThrowIfLessThan(renderEvery, 1);
        _renderEvery = renderEvery;
        _title = title;
        _text = text;
        _update = tryShow(Chart);
        RenderCount = 1;
    }

    // A show function given by the caller must give back its updater: without one the chart could never change.
    private static Func<object, Action<object>?> CheckedShow(Func<object, Action<object>> show)
    {
        ArgumentNullException.ThrowIfNull(show);
        return value => show(value) ?? throw new ArgumentException("The show function returned no updater.", nameof(show));
    }

    /// <summary>The epochs recorded so far, in order. Introduced in notebook 12_live_training.</summary>
    public IReadOnlyList<(int Epoch, double TrainLoss, double? TestLoss)> Points
    {
        get { lock (_points) return _points.ToArray(); } // a copy: a training thread may be recording meanwhile
    }

    /// <summary>How often the chart has been displayed or updated, the first display included. Introduced in notebook 12_live_training.</summary>
    public int RenderCount { get; private set; }

    /// <summary>The chart of every point recorded so far.</summary>
    internal GenericChart Chart
    {
        get
        {
            var epochs = _points.Select(p => (double)p.Epoch).ToArray();
            var traces = new List<GenericChart> { Traces.Line(epochs, _points.Select(p => p.TrainLoss).ToArray(), "Train loss", colorIndex: 0) };
            var tested = _points.Where(p => p.TestLoss.HasValue).ToArray();
            if (tested.Length > 0)
                traces.Add(Traces.Line(tested.Select(p => (double)p.Epoch).ToArray(), tested.Select(p => p.TestLoss!.Value).ToArray(), "Test loss", colorIndex: 1));
            return Plotly.NET.CSharp.Chart.Combine(traces).WithAxisTitles("Epoch", "Loss").WithTitle(_title).WithCourseStyle();
        }
    }

    /// <summary>Records one epoch's losses and re-renders when <c>renderEvery</c> epochs have been recorded since the last rendering. Introduced in notebook 12_live_training.</summary>
    /// <param name="epoch">The epoch number.</param>
    /// <param name="trainLoss">Training loss.</param>
    /// <param name="testLoss">Test loss, if measured this epoch.</param>
    /// <exception cref="ArgumentOutOfRangeException">A loss is NaN or infinite (the chart would silently leave it out).</exception>
    public void Record(int epoch, double trainLoss, double? testLoss = null)
    {
        Guards.Finite(trainLoss);
        if (testLoss is { } test) Guards.Finite(test, nameof(testLoss));
        // Epochs may be recorded from several threads (a parallel search over learning rates): one at a time, none lost.
        lock (_points)
        {
            _points.Add((epoch, trainLoss, testLoss));
            if (_points.Count - _renderedCount >= _renderEvery)
                Render();
        }
    }

    /// <summary>Renders any epochs recorded since the last rendering, so the chart ends in its final state. Introduced in notebook 12_live_training.</summary>
    public void Complete()
    {
        lock (_points)
            if (_points.Count > _renderedCount)
                Render();
    }

    /// <summary>Same as <see cref="Complete"/>, for a <c>using</c> block in a method. (C# script cells do not allow a
    /// top-level <c>using var</c>: there, call <see cref="Complete"/> after the loop.) Introduced in notebook 12_live_training.</summary>
    public void Dispose() => Complete();

    private void Render()
    {
        if (_update is not null)
            _update(Chart);
        else
            _text.WriteLine(LatestLine());
        _renderedCount = _points.Count;
        RenderCount++;
    }

    // The printed stand-in for a rendering: the chart's title and the last recorded epoch's losses.
    private string LatestLine()
    {
        var (epoch, train, test) = _points[^1];
        return FormattableString.Invariant($"{_title}: epoch {epoch}, train loss {train:F5}") +
            (test is { } t ? FormattableString.Invariant($", test loss {t:F5}") : "");
    }
}
