namespace CourseLib.Tests.Adversarial;

/// <summary>Short ways to write a hand-made case, grouped by the entry they try.</summary>
internal sealed class CaseBuilder(string kind)
{
    public List<BadInputCase> Cases { get; } = [];

    /// <summary>The input must be refused with an <see cref="ArgumentException"/> naming <paramref name="param"/>.</summary>
    public void Refuses(string entry, string what, Func<object?> run, string param, string? says = null) =>
        Cases.Add(new(entry, kind, what, run, new Refused(param, says)));

    /// <summary>The input must be refused with <typeparamref name="TException"/> saying <paramref name="says"/>.</summary>
    public void Refuses<TException>(string entry, string what, Func<object?> run, string? param, string says) where TException : Exception =>
        Cases.Add(new(entry, kind, what, run, new Refused(param, says, typeof(TException))));

    /// <summary>The input is legitimate, if unusual: the result must be right.</summary>
    public void Answers(string entry, string what, Func<object?> run, Func<object?, bool> isRight) =>
        Cases.Add(new(entry, kind, what, run, new Answers(isRight)));
}
