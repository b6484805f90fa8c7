using System.Xml.Linq;

namespace TestTiers;

/// <summary>
/// The solution's test projects, in the order the full tier starts them: the long pole first. One <c>dotnet test</c>
/// of the whole solution starts its test projects in name order, two at a time, so Site.Tests (7 of the tests'
/// 9½ minutes, measured 2026-12-07) started eighth of nine, after two minutes, and ran alone at the end with a
/// core idle beside it (its browser checks use about one core and a third). Started first, the other eight run
/// beside it one after another and are done long before it.
/// </summary>
public static class TestProjects
{
    /// <summary>The projects that take longest, started before the others (paths as the solution gives them).</summary>
    public static readonly IReadOnlyList<string> LongestFirst = ["tests/Site.Tests/Site.Tests.csproj"];

    /// <summary>The test projects of <paramref name="solution"/> (an .slnx): those below tests/, longest first, the
    /// rest in the solution's order.</summary>
    public static IReadOnlyList<string> In(string solution)
    {
        var projects = XDocument.Load(solution).Descendants("Project")
            .Select(p => (string?)p.Attribute("Path") ?? "")
            .Where(path => path.StartsWith("tests/", StringComparison.Ordinal))
            .ToList();
        var missing = LongestFirst.Except(projects).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException(
                $"{Path.GetFileName(solution)} has no {string.Join(", ", missing)}: TestProjects.LongestFirst names a test project the solution lacks");
        return [.. LongestFirst, .. projects.Except(LongestFirst)];
    }
}
