using System.Diagnostics;
using CourseTools;
using TestTiers;

// The course's test command:
//   dotnet run --project tools/TestTiers             the fast tier: no notebook executed, no browser (the inner loop)
//   dotnet run --project tools/TestTiers -- full     the full tier: prerequisites, every notebook once per front end, every test
const string tool = "TestTiers";
var usage = $"""
    Usage: dotnet run --project tools/TestTiers [-- [fast|full] [options]]
      fast (default)           library, runner, builder and notebook-structure tests: no notebook executed, no browser
      full                     installs what is missing (Debian/Ubuntu as root; elsewhere names it and stops), executes
                               every notebook once per front end (tools/ExecutionStage, reusing unchanged copies), then
                               runs every test
      --no-install             full: name what is missing instead of installing it
      --filter EXPRESSION      only these tests of the tier (dotnet test's --filter syntax)
    {ToolCommandLine.HelpOption}
    {ToolCommandLine.ExitCodes("a test failed, or the build or a prerequisite did")}
    """;

var tier = "fast";
var install = true;
string? filter = null;
try
{
    for (int i = 0; i < args.Length; i++)
    {
        switch (args[i])
        {
            case var help when ToolCommandLine.IsHelp(help):
                Console.WriteLine(usage);
                return ToolCommandLine.Success;
            case "fast" or "full":
                tier = args[i];
                break;
            case "--no-install":
                install = false;
                break;
            case "--filter":
                filter = ToolCommandLine.ValueOf(args, ref i, "a test filter expression");
                break;
            default:
                throw args[i].StartsWith('-') ? ToolCommandLine.UnknownOption(args[i]) : new UsageException($"{args[i]} is not a tier (fast or full)");
        }
    }
}
catch (UsageException problem)
{
    return ToolCommandLine.Refuse(tool, problem, usage);
}

var root = RepositoryRoot.Find(Directory.GetCurrentDirectory());
var phases = new List<(string Name, TimeSpan Elapsed)>();
var total = Stopwatch.StartNew();
Console.WriteLine($"{tool}: the {tier} tier, on {Machine.Describe()}.");

async Task<ChildProcess.Result> Phase(string name, ChildProcess.Command command)
{
    Console.WriteLine($"── {name}: {command}");
    var result = await ChildProcess.RunAsync(command with
    {
        WorkingDirectory = root, Environment = CompilerServer.On(command.Environment), OnOutputLine = Console.WriteLine, Timeout = TimeSpan.FromMinutes(80),
    });
    if (result.StandardError.Length > 0) Console.Error.Write(result.StandardError);
    phases.Add((name, result.Elapsed));
    Console.WriteLine($"── {name}: {(result.Succeeded ? "done" : "FAILED")} in {result.Elapsed.TotalSeconds:F0} s");
    return result;
}

async Task<int> Finish(TestRun run, bool otherFailure)
{
    await CompilerServer.ShutDownAsync(root);
    if (otherFailure && run.Failed == 0) run = run with { Failed = 1 }; // a build or stage broken with no test counted must fail
    Console.WriteLine($"Phases: {string.Join(", ", phases.Select(p => $"{p.Name} {p.Elapsed.TotalSeconds:F0} s"))}; total {total.Elapsed.TotalSeconds:F0} s.");
    Measurement.Write(root, tier, phases, total.Elapsed, run);
    Console.WriteLine(run);
    return run.Failed == 0 && !otherFailure ? ToolCommandLine.Success : ToolCommandLine.FailureFound;
}

var tierFilter = tier == "fast" ? "Tier!=Full" : null;
var fullFilter = (tierFilter, filter) switch
{
    (null, null) => null,
    ({ } t, null) => t,
    (null, { } f) => f,
    ({ } t, { } f) => $"({t})&({f})",
};
var testEnvironment = new Dictionary<string, string?> { [TestTierVariable.Name] = tier == "fast" ? TestTierVariable.Fast : null };

if (tier == "fast")
{
    string[] fastArguments = ["test", "NeuralClassification.slnx", .. fullFilter is null ? Array.Empty<string>() : ["--filter", fullFilter]];
    var fast = await Phase("tests", ChildProcess.Of("dotnet", fastArguments) with { Environment = testEnvironment });
    return await Finish(TestRun.Parse(fast.StandardOutput), !fast.Succeeded);
}

if (!await Prerequisites.EnsureAsync(Console.Out, install))
    return await Finish(new TestRun(0, 1, 0, 0), otherFailure: true);
var restore = await Phase("tool restore", ChildProcess.Of("dotnet", "tool", "restore"));
var build = await Phase("build", ChildProcess.Of("dotnet", "build", "NeuralClassification.slnx"));
if (!restore.Succeeded || !build.Succeeded)
    return await Finish(new TestRun(0, 1, 0, 0), otherFailure: true);
var stage = await Phase("execution stage", ChildProcess.Of("dotnet", Path.Combine("tools", "ExecutionStage", "bin", "ExecutionStage.dll")));
string[] testArguments = ["test", "NeuralClassification.slnx", "--no-build", .. fullFilter is null ? Array.Empty<string>() : ["--filter", fullFilter]];
var tests = await Phase("tests", ChildProcess.Of("dotnet", testArguments) with { Environment = testEnvironment });
return await Finish(TestRun.Parse(tests.StandardOutput), !tests.Succeeded || stage.ExitCode is not (0 or 1));
