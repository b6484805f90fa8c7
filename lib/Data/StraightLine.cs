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
        foreach (var (value, name) in new[] { (start, nameof(start)), (end, nameof(end)) })
            if (Math.Abs(value) > float.MaxValue)
                throw new ArgumentOutOfRangeException(name, value,
                    $"The '{name}' parameter of {nameof(StraightLine)} is {Checks.Format(value)}, beyond float32's range (±3.4e38), in which the line is made.");
        if (!(end > start))
            throw new ArgumentOutOfRangeException(nameof(end), end,
                $"The 'end' parameter of {nameof(StraightLine)} must be greater than start={Checks.Format(start)}. Got {Checks.Format(end)} instead.");
        // arange makes ceil((end - start) / step) values: a tiny step would ask libtorch for more than memory holds.
        double count = Math.Ceiling((end - start) / step);
        if (!(count <= Guards.MaxElements))
            throw new ArgumentOutOfRangeException(nameof(step), step,
                $"With start={Checks.Format(start)}, end={Checks.Format(end)} and step={Checks.Format(step)} the line would have {count:G3} points, more than one tensor can hold here ({Guards.MaxElements:N0}); use a larger step.");
        using var x = torch.arange(start, end, step, dtype: torch.float32);
        // float32 keeps about 7 digits: far from 0 a small step gives the same x again (start 1e8, step 0.01), and a
        // large weight or range overflows to infinity. Both are refused here rather than trained on.
        using (torch.NewDisposeScope())
            if (x.numel() > 1 && !(x[1..] > x[..^1]).all().item<bool>())
                throw new ArgumentOutOfRangeException(nameof(step), step,
                    $"float32 cannot tell the x values from {Checks.Format(start)} to {Checks.Format(end)} apart with a step of {Checks.Format(step)} " +
                    $"(it keeps about 7 significant digits, so neighbours would be equal): use a larger step, or a range nearer 0.");
        X = x.unsqueeze(1);
        using var scaled = weight * X;
        Y = scaled + bias;
        using (torch.NewDisposeScope())
            if (!torch.isfinite(X).all().item<bool>() || !torch.isfinite(Y).all().item<bool>())
            {
                X.Dispose();
                Y.Dispose();
                throw new ArgumentOutOfRangeException(nameof(weight), weight,
                    $"With weight={Checks.Format(weight)}, bias={Checks.Format(bias)} and x from {Checks.Format(start)} to {Checks.Format(end)}, " +
                    "some values are beyond float32's range (±3.4e38) and would be infinity: use smaller numbers.");
            }
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
