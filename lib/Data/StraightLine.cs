using TorchSharp;

namespace CourseLib.Data;

/// <summary>
/// The chapter's straight-line regression data (from chapter 01): <c>X = arange(start, end, step).unsqueeze(1)</c>
/// and <c>Y = weight * X + bias</c>, float32 tensors computed by torch as in the course. Dispose to free both tensors. Named in notebook 04_training_loop, which makes the same tensors by hand.
/// </summary>
public sealed class StraightLine : IDisposable
{
    /// <summary>
    /// Makes the data exactly as the course does, with torch's float32 <c>arange</c> and arithmetic
    /// (so the values are those of PyTorch, not of a double computation rounded afterwards). Named in notebook 04_training_loop.
    /// </summary>
    /// <param name="weight">Slope (course: 0.7).</param>
    /// <param name="bias">Intercept (course: 0.3).</param>
    /// <param name="start">First x (course: 0).</param>
    /// <param name="end">End of the x range, excluded (course: 1).</param>
    /// <param name="step">Spacing of x (course: 0.01).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not positive or the range is empty.</exception>
    public StraightLine(double weight = 0.7, double bias = 0.3, double start = 0.0, double end = 1.0, double step = 0.01)
    {
        Guards.Finite(weight);
        Guards.Finite(bias);
        Guards.Finite(start);
        Guards.Finite(end);
        Checks.InOpenRange(step, 0, double.PositiveInfinity, nameof(step), nameof(StraightLine));
        if (!(end > start))
            throw new ArgumentOutOfRangeException(nameof(end), end,
                $"The 'end' parameter of {nameof(StraightLine)} must be greater than start={Checks.Format(start)}. Got {Checks.Format(end)} instead.");
        // arange makes ceil((end - start) / step) values: a tiny step would ask libtorch for more than memory holds.
        double count = Math.Ceiling((end - start) / step);
        if (!(count <= Guards.MaxElements))
            throw new ArgumentOutOfRangeException(nameof(step), step,
                $"With start={Checks.Format(start)}, end={Checks.Format(end)} and step={Checks.Format(step)} the line would have {count:G3} points, more than one tensor can hold here ({Guards.MaxElements:N0}); use a larger step.");
        using var x = torch.arange(start, end, step, dtype: torch.float32);
        X = x.unsqueeze(1);
        using var scaled = weight * X;
        Y = scaled + bias;
    }

    /// <summary>Inputs, shape (n, 1), float32. Named in notebook 04_training_loop.</summary>
    public torch.Tensor X { get; }

    /// <summary>Targets <c>weight * X + bias</c>, shape (n, 1), float32. Named in notebook 04_training_loop.</summary>
    public torch.Tensor Y { get; }

    /// <summary>
    /// The course's sequential split: the first <c>int(trainFraction * n)</c> samples train, the rest test
    /// (no shuffling, as the data lie on a line). The returned tensors are views the caller disposes. Named in notebook 04_training_loop.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trainFraction"/> is outside (0, 1).</exception>
    public (torch.Tensor XTrain, torch.Tensor YTrain, torch.Tensor XTest, torch.Tensor YTest) Split(double trainFraction = 0.8)
    {
        Checks.InOpenRange(trainFraction, 0, 1, nameof(trainFraction), nameof(Split));
        if (X.IsInvalid)
            throw new ObjectDisposedException(nameof(StraightLine), "This StraightLine was disposed (its tensors are freed); make a new one to split.");
        // Python's int() truncates: int(0.8 * 100) = 80.
        long n = X.shape[0], train = (long)(trainFraction * n);
        return (X.narrow(0, 0, train), Y.narrow(0, 0, train), X.narrow(0, train, n - train), Y.narrow(0, train, n - train));
    }

    /// <summary>Frees both tensors. Named in notebook 04_training_loop.</summary>
    public void Dispose()
    {
        X.Dispose();
        Y.Dispose();
    }
}
