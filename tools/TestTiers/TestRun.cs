using System.Text.RegularExpressions;

namespace TestTiers;

/// <summary>What <c>dotnet test</c> reported: its per-assembly summary lines ("Passed!  - Failed: 0, Passed: 39, …")
/// added up.</summary>
public sealed partial record TestRun(int Passed, int Failed, int Skipped, int Assemblies)
{
    [GeneratedRegex(@"^\s*(Passed|Failed|Skipped)!\s+-\s+Failed:\s+(?<failed>\d+),\s+Passed:\s+(?<passed>\d+),\s+Skipped:\s+(?<skipped>\d+)", RegexOptions.Multiline)]
    private static partial Regex Summary();

    /// <summary>The totals of every summary line in <paramref name="output"/>.</summary>
    public static TestRun Parse(string output)
    {
        var lines = Summary().Matches(output);
        int Sum(string group) => lines.Sum(m => int.Parse(m.Groups[group].Value));
        return new TestRun(Sum("passed"), Sum("failed"), Sum("skipped"), lines.Count);
    }

    /// <summary>The closing line CI reads: "N passed, N failed, N skipped".</summary>
    public override string ToString() => $"{Passed} passed, {Failed} failed, {Skipped} skipped";
}
