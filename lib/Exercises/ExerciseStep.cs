namespace CourseLib.Exercises;

/// <summary>
/// One line of a check cell's checklist (introduced in 09_exercises): a step of an exercise, such as "tensors" or
/// "split", whether it is done, and what was found or what is still missing.
/// </summary>
public sealed record ExerciseStep : CheckLine
{
    /// <summary>A step and what the check found.</summary>
    /// <param name="step">The step's short name, e.g. "tensors".</param>
    /// <param name="done">Whether the step is done.</param>
    /// <param name="message">What was found, or what is missing and where the course teaches it.</param>
    /// <exception cref="ArgumentException">The name or the message is null, empty or blank.</exception>
    public ExerciseStep(string step, bool done, string message) : base(step, nameof(step), done, message) { }

    /// <summary>The step's short name, e.g. "tensors".</summary>
    public string Step => Name;

    /// <summary>The checklist line, e.g. <c>[x] split: 800 samples to train, 200 to test</c>.</summary>
    public override string ToString() => $"[{(Done ? "x" : " ")}] {Step}: {Message}";
}
