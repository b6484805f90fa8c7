using Plotly.NET;

namespace CourseLib.Plots;

/// <summary>
/// A loss chart that a training loop updates in place, so the learner watches the loss fall while training runs.
/// It is shown once when created and re-rendered after every <c>renderEvery</c>-th recorded epoch and on
/// <see cref="Complete"/>; in a headless run the last rendering is what the saved notebook keeps. Introduced in notebook 12_live_training.
/// </summary>
/// <remarks>
/// The library does not depend on .NET Interactive: pass a function that displays a value and returns how to
/// update it. In a notebook that is
/// <c>new LiveLossChart(chart =&gt; KernelInvocationContext.Current.Display(chart).Update)</c>: in .NET Interactive
/// 1.0.0-beta.26120.1 the handle of the <c>display(chart)</c> helper names another id than its output, so a
/// front end such as VS Code cannot match its updates.
/// </remarks>
public sealed class LiveLossChart : IDisposable
{
    private readonly Action<object> _update;
    private readonly int _renderEvery;
    private readonly string _title;
    private readonly List<(int Epoch, double TrainLoss, double? TestLoss)> _points = [];
    private int _renderedCount;

    /// <summary>Shows an empty loss chart through <paramref name="show"/>. Introduced in notebook 12_live_training.</summary>
    /// <param name="show">Displays a value and returns an action that replaces what it displayed (a display handle).</param>
    /// <param name="renderEvery">Re-render after this many recorded epochs (at least 1).</param>
    /// <param name="title">Chart title.</param>
    public LiveLossChart(Func<object, Action<object>> show, int renderEvery = 10, string title = "Loss")
    {
        ArgumentNullException.ThrowIfNull(show);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentOutOfRangeException.ThrowIfLessThan(renderEvery, 1);
        _renderEvery = renderEvery;
        _title = title;
        _update = show(Chart) ?? throw new ArgumentException("The show function returned no updater.", nameof(show));
        RenderCount = 1;
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
        _update(Chart);
        _renderedCount = _points.Count;
        RenderCount++;
    }
}
