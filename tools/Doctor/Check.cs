namespace Doctor;

/// <summary>The outcome of one check: a line a learner can act on.</summary>
public sealed record CheckResult(string Name, bool Passed, string Detail, string? Fix = null)
{
    public override string ToString() =>
        $"{(Passed ? "PASS" : "FAIL")}  {Name}: {Detail}" + (Passed || Fix is null ? "" : $"\n      fix: {Fix}");
}

/// <summary>One thing the course needs from the machine.</summary>
public interface ICheck
{
    string Name { get; }
    CheckResult Run();
}

/// <summary>A check that can also repair what it finds wrong (<c>doctor --fix</c>) and undo that (<c>--undo</c>).</summary>
public interface IFixableCheck : ICheck
{
    /// <summary>Repairs the problem; returns what it did.</summary>
    string Fix();

    /// <summary>Reverses <see cref="Fix"/>; returns what it did.</summary>
    string Undo();
}
