using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace CourseLib.Plots;

/// <summary>
/// The course's <c>plot_loss_curves</c>: train and test loss in a "Loss" panel and train and test accuracy in an
/// "Accuracy" panel, side by side, against the epoch. Train is drawn in palette colour 0, test in colour 1. Introduced in notebook 06_multiclass;
/// notebook 16_overfitting names the second set "Validation".
/// </summary>
public static class TrainingCurves
{
    /// <summary>Plots the curves from a training history, one entry per recorded epoch. Introduced in notebook 06_multiclass.</summary>
    /// <param name="history">
    /// Entries of (epoch, train loss, train accuracy, test loss, test accuracy); any record converts with
    /// <c>history.Select(h =&gt; (h.Epoch, h.Loss, h.Accuracy, h.TestLoss, h.TestAccuracy))</c>.
    /// </param>
    /// <param name="title">Chart title, if any.</param>
    /// <param name="evaluationSet">
    /// The name of the set the second curves were measured on, as the legend shows it: "Test" by default,
    /// "Validation" where the held-out set chooses a model and the test set waits (notebook 16_overfitting).
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="evaluationSet"/> is empty or white space.</exception>
    public static GenericChart Plot(IEnumerable<(int Epoch, double Loss, double Accuracy, double TestLoss, double TestAccuracy)> history, string? title = null,
        string evaluationSet = "Test")
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentException.ThrowIfNullOrWhiteSpace(evaluationSet);
        var h = history.ToArray();
        return Draw(h.Select(e => (double)e.Epoch).ToArray(), h.Select(e => e.Loss).ToArray(), h.Select(e => e.TestLoss).ToArray(),
            h.Select(e => e.Accuracy).ToArray(), h.Select(e => e.TestAccuracy).ToArray(), title, evaluationSet);
    }

    /// <summary>Plots the curves of a history returned by one of <see cref="CourseLib.Training.Engine"/>'s <c>Fit</c> overloads.</summary>
    /// <param name="history">The recorded epochs of a training run.</param>
    /// <param name="title">Chart title, if any.</param>
    internal static GenericChart Plot(CourseLib.Training.TrainingHistory history, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        return Plot(history.Select(r => (r.Epoch, r.Loss, r.Accuracy, r.TestLoss, r.TestAccuracy)), title);
    }

    /// <summary>Plots the curves from parallel arrays, one value per recorded epoch.</summary>
    /// <param name="epochs">The recorded epochs.</param>
    /// <param name="trainLoss">Training loss at each epoch.</param>
    /// <param name="testLoss">Test loss at each epoch.</param>
    /// <param name="trainAccuracy">Training accuracy at each epoch.</param>
    /// <param name="testAccuracy">Test accuracy at each epoch.</param>
    /// <param name="title">Chart title, if any.</param>
    internal static GenericChart Plot(int[] epochs, double[] trainLoss, double[] testLoss, double[] trainAccuracy, double[] testAccuracy, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(epochs);
        return Draw(epochs.Select(e => (double)e).ToArray(), trainLoss, testLoss, trainAccuracy, testAccuracy, title);
    }

    private static GenericChart Draw(double[] epochs, double[] trainLoss, double[] testLoss, double[] trainAccuracy, double[] testAccuracy, string? title,
        string evaluationSet = "Test")
    {
        ArgumentNullException.ThrowIfNull(trainLoss);
        ArgumentNullException.ThrowIfNull(testLoss);
        ArgumentNullException.ThrowIfNull(trainAccuracy);
        ArgumentNullException.ThrowIfNull(testAccuracy);
        foreach (var (name, values) in new[] { (nameof(trainLoss), trainLoss), (nameof(testLoss), testLoss), (nameof(trainAccuracy), trainAccuracy), (nameof(testAccuracy), testAccuracy) })
            PlotInputs.Finite(values, name);
        PlotInputs.SameLength((nameof(epochs), epochs.Length), (nameof(trainLoss), trainLoss.Length), (nameof(testLoss), testLoss.Length),
            (nameof(trainAccuracy), trainAccuracy.Length), (nameof(testAccuracy), testAccuracy.Length));

        var loss = Chart.Combine([
                Traces.Line(epochs, trainLoss, "Train loss", colorIndex: 0),
                Traces.Line(epochs, testLoss, $"{evaluationSet} loss", colorIndex: 1)])
            .WithAxisTitles("Epochs", "Loss");
        var accuracy = Chart.Combine([
                Traces.Line(epochs, trainAccuracy, "Train accuracy", colorIndex: 0),
                Traces.Line(epochs, testAccuracy, $"{evaluationSet} accuracy", colorIndex: 1)])
            .WithAxisTitles("Epochs", "Accuracy");
        return Chart.Grid([loss, accuracy], 1, 2, SubPlotTitles: new[] { "Loss", "Accuracy" })
            .WithTitle(title)
            .WithCourseStyle();
    }
}
