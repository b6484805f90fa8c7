namespace CourseLib.Exercises;

/// <summary>
/// What a check cell of 09_exercises found about one thing, an exercise (<see cref="ExerciseVerdict"/>) or one step
/// of it (<see cref="ExerciseStep"/>): whether it is done, and what was found or what is still missing.
/// </summary>
public abstract record CheckLine
{
    /// <summary>Checks the two texts, so that a check cell never prints an empty line.</summary>
    /// <exception cref="ArgumentException">The name or the message is null, empty or blank (named after the derived
    /// constructor's parameter).</exception>
    private protected CheckLine(string name, string nameParameter, bool done, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name, nameParameter);
        ArgumentException.ThrowIfNullOrWhiteSpace(message, nameof(message));
        (Name, Done, Message) = (name, done, message);
    }

    /// <summary>What was checked: an exercise's name ("Exercise 1") or a step's ("split").</summary>
    private protected string Name { get; }

    /// <summary>Whether it is done.</summary>
    public bool Done { get; }

    /// <summary>What was found, or what is still missing and where the course teaches it.</summary>
    public string Message { get; }
}
