namespace CourseLib.Training;

/// <summary>
/// Training stopped because the loss became NaN or infinite: from there on every epoch would print NaN and
/// change nothing useful. Thrown before the optimizer step of the failing epoch, so the model keeps the
/// parameters it had after the last finite epoch (with mini-batches, after the last finite batch). The message gives
/// the likely causes and the fix. Notebook 08b introduces it.
/// </summary>
/// <remarks>
/// It is an <see cref="ArgumentException"/> naming what to change: <c>optimizer</c> (its learning rate) when
/// the inputs are finite, else the input tensor that holds NaN or infinite values.
/// </remarks>
public sealed class TrainingDivergedException : ArgumentException
{
    internal TrainingDivergedException(string message, string paramName, int? epoch, double loss, TrainingHistory? history)
        : base(message, paramName)
    {
        Epoch = epoch;
        Loss = loss;
        History = history ?? new TrainingHistory();
    }

    /// <summary>The epoch whose loss was not finite (null for a single <see cref="Engine.TrainStep"/>). Introduced in notebook 08b.</summary>
    public int? Epoch { get; }

    /// <summary>The loss that was not finite: NaN, +∞ or -∞. Introduced in notebook 08b.</summary>
    public double Loss { get; }

    /// <summary>
    /// The epochs completed before, all with finite losses (empty for a single step): plot them with
    /// <c>TrainingCurves.Plot(e.History)</c> to see where the loss began to climb. Introduced in notebook 08b.
    /// </summary>
    public TrainingHistory History { get; }
}
