namespace CourseLib.Tests.Adversarial;

/// <summary>What a bad input must give: a clear refusal naming the parameter, or a right answer.</summary>
internal abstract record Expectation;

/// <summary>
/// Refused with <paramref name="Type"/> (by default any <see cref="ArgumentException"/>), naming <paramref name="ParamName"/>
/// (checked for argument exceptions) and saying <paramref name="Says"/>, if given.
/// </summary>
internal sealed record Refused(string? ParamName, string? Says = null, Type? Type = null) : Expectation;

/// <summary>
/// Either refused clearly (an <see cref="ArgumentException"/> naming <paramref name="ParamName"/>) or accepted: for inputs
/// whose right answer depends on the entry (a float16 or int tensor), tried mechanically over every entry, where what
/// must never happen is an error from deep inside.
/// </summary>
internal sealed record RefusedOrAccepted(string ParamName) : Expectation;

/// <summary>Accepted, with a result that <paramref name="IsRight"/> confirms.</summary>
internal sealed record Answers(Func<object?, bool> IsRight) : Expectation;

/// <summary>
/// One hostile but realistic input to one public entry of the library.
/// </summary>
/// <param name="Entry">The public entry tried, e.g. <c>Datasets.MakeSpirals</c>.</param>
/// <param name="Kind">The class of bad input (null, disposed tensor, non-finite, …): the README's table counts per kind.</param>
/// <param name="What">The input, in words.</param>
/// <param name="Run">Calls the entry; returns its result.</param>
/// <param name="Expect">What a good library does with it.</param>
internal sealed record BadInputCase(string Entry, string Kind, string What, Func<object?> Run, Expectation Expect)
{
    /// <summary>A unique, readable name: the test explorer shows it.</summary>
    public string Id => $"{Entry}: {What}";
}
