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
