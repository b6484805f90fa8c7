namespace CourseLib.Exercises;

/// <summary>
/// What the check cell of a classification exercise in 09_exercises found: one <see cref="ExerciseStep"/> per step
/// (tensors, split, model, goal), in the order the learner does them, and a last line that says "done" or names the
/// first step still missing.
/// </summary>
public sealed record ExerciseReport
{
    internal ExerciseReport(string exercise, IReadOnlyList<ExerciseStep> steps)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(exercise);
        ArgumentNullException.ThrowIfNull(steps);
        Guards.NoNulls(steps, nameof(steps));
        if (steps.Count == 0) throw new ArgumentException("An exercise has at least one step.", nameof(steps));
        (Exercise, Steps) = (exercise, steps);
    }

    /// <summary>The exercise's name, e.g. "Exercise 1".</summary>
    public string Exercise { get; }

    /// <summary>The steps, in the order the learner does them; the last one is the exercise's goal.</summary>
    public IReadOnlyList<ExerciseStep> Steps { get; }

    /// <summary>Whether every step, and so the goal, is done.</summary>
    public bool Done => Steps.All(s => s.Done);

    /// <summary>
    /// The last line of the check: <c>Exercise 1: test accuracy 97.50% &gt; 96%: done</c> (the goal's message), or
    /// <c>Exercise 1: not done yet: </c> followed by what the first unfinished step is missing.
    /// </summary>
    public string Summary => Steps.FirstOrDefault(s => !s.Done) is { } next
        ? $"{Exercise}: not done yet: {next.Message}"
        : $"{Exercise}: {Steps[^1].Message}: done";

    /// <summary>The checklist, one step a line, then the <see cref="Summary"/>.</summary>
    public override string ToString() =>
        string.Join(Environment.NewLine, Steps.Select(s => $"  {s}").Prepend($"{Exercise}, step by step:").Append(Summary));
}
