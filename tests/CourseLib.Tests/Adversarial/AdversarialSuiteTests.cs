using System.Globalization;
using System.Text;

namespace CourseLib.Tests.Adversarial;

/// <summary>
/// The adversarial suite (issue 15): hostile but realistic inputs against every public entry of CourseLib. Each
/// must give a clear <see cref="ArgumentException"/> (or a documented exception) naming the parameter and saying
/// what is allowed, or a right answer — never a NullReferenceException, an IndexOutOfRangeException, a libtorch
/// error or a silent wrong answer. Run it alone with <c>dotnet test tests/CourseLib.Tests --filter Category=Adversarial</c>.
/// </summary>
[Trait("Category", "Adversarial")]
public sealed class AdversarialSuiteTests(ITestOutputHelper output)
{
    public static TheoryData<string> CaseIds() => new(AllCases.Cases.Keys);

    public static TheoryData<string> EntryNames() => new(AllCases.Baselines.Keys);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Bad_input_gives_a_clear_error_naming_the_parameter_or_a_right_answer(string id)
    {
        var result = Judge.Run(AllCases.Cases[id]);
        output.WriteLine(result.Detail);
        Assert.True(result.Verdict is Verdict.ClearError or Verdict.RightAnswer, $"{result.Verdict}: {result.Detail}");
    }

    [Theory]
    [MemberData(nameof(EntryNames))]
    public void Every_public_entry_accepts_the_valid_arguments_the_mechanical_cases_vary(string entry)
    {
        // Each null or disposed case changes one argument of this call: it must succeed as it is.
        var result = Judge.Run(AllCases.Baselines[entry]);
        Assert.True(result.Verdict == Verdict.RightAnswer, result.Detail);
    }

    [Fact]
    public void The_suite_covers_every_public_entry_and_tallies_no_obscure_error_and_no_silent_wrong_answer()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var results = AllCases.Cases.Values.Select(Judge.Run).ToArray();
        var table = Tally(results);
        output.WriteLine(table);
        WriteFigures(table, results, clock.Elapsed);

        var failures = results.Where(r => r.Verdict is Verdict.ObscureError or Verdict.SilentWrongAnswer or Verdict.TooSlow)
            .Select(r => $"{r.Verdict} {r.Case.Id} → {r.Detail}").ToArray();
        var tried = results.Select(r => Method(r.Case.Entry)).ToHashSet();
        var untried = AllCases.Baselines.Keys.Where(entry => !tried.Contains(Method(entry))).ToArray();
        foreach (var line in failures.Concat(untried.Select(e => $"untried: {e}"))) output.WriteLine(line);
        Assert.Empty(untried);
        Assert.Empty(failures);
    }

    // "Datasets.MakeBlobs(Int32[] nSamples, …)" and "Datasets.MakeBlobs(int[])" are one method; "StraightLine.new(…)" is "StraightLine".
    private static string Method(string entry) => entry.Split('(')[0].Replace(".new", "");

    private static string Tally(IReadOnlyList<CaseResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"CourseLib public entries tried: {AllCases.Baselines.Count} (every public constructor, method and conversion outside CourseLib.Setup)");
        text.AppendLine();
        text.AppendLine("| kind of bad input | cases | clear error | right answer | obscure error | silent wrong answer | over 10 s |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var group in results.GroupBy(r => r.Case.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            text.AppendLine(Row(group.Key, group.ToArray()));
        text.AppendLine(Row("**total**", results));
        return text.ToString();
    }

    private static string Row(string kind, IReadOnlyList<CaseResult> rs) => string.Create(CultureInfo.InvariantCulture,
        $"| {kind} | {rs.Count} | {rs.Count(r => r.Verdict == Verdict.ClearError)} | {rs.Count(r => r.Verdict == Verdict.RightAnswer)} | " +
        $"{rs.Count(r => r.Verdict == Verdict.ObscureError)} | {rs.Count(r => r.Verdict == Verdict.SilentWrongAnswer)} | {rs.Count(r => r.Verdict == Verdict.TooSlow)} |");

    // The table for the docs, in artifacts/adversarial/ (git-ignored) at the repository root: tally.md says when, where
    // and how long; library.md is the bare table the README quotes.
    private static void WriteFigures(string table, IReadOnlyList<CaseResult> results, TimeSpan took)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NeuralClassification.slnx"))) dir = dir.Parent;
        if (dir is null) return;
        var folder = Directory.CreateDirectory(Path.Combine(dir.FullName, "artifacts", "adversarial"));
        var slowest = results.MaxBy(r => r.Took)!;
        var header = string.Create(CultureInfo.InvariantCulture,
            $"""
            # The adversarial suite's tally

            Written by `AdversarialSuiteTests` on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, on {Environment.MachineName}
            ({Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription},
            .NET {Environment.Version}{LoadAverage()}): {results.Count} cases in {took.TotalSeconds:0.0} s, the slowest
            {slowest.Took.TotalSeconds:0.00} s ({slowest.Case.Id}). A case has {Judge.TimeLimit.TotalSeconds:0} s.


            """);
        WriteAtomically(Path.Combine(folder.FullName, "tally.md"), header + table);
        WriteAtomically(Path.Combine(folder.FullName, "library.md"), table);
    }

    // The times depend on what else the machine runs: Linux's one-minute load average says how busy it was.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? $", load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}" : "";

    private static void WriteAtomically(string path, string text)
    {
        string temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }
}
