using System.Collections;
using CourseTools;

namespace TestTiers;

/// <summary>
/// The C# compiler server (VBCSCompiler) for every build a tier starts: the solution's build, each chapter's program
/// that the execution stage builds with <c>dotnet run apps/NN_name.cs</c>, and the programs tests build. Some
/// machines turn it off (<c>UseSharedCompilation=false</c> in the environment, as this project's CI machines do);
/// then every project and every program starts a compiler of its own and compiles Roslyn's code before its own.
/// Measured on a fresh clone (2026-12-07, 2-core AMD EPYC): the solution's build took 67 s without the server and
/// 37 s with it, and a chapter's program 5 s instead of 3 s. A tier turns it on for what it starts; where the machine
/// had turned it off, the tier shuts it down when it ends, so no server outlives the command there (elsewhere a server
/// between builds is the SDK's normal state, and one a person's own build is using is left alone).
/// </summary>
public static class CompilerServer
{
    /// <summary>The MSBuild property, read from the environment, that lets the compiler tasks use the server.</summary>
    public const string Variable = "UseSharedCompilation";

    /// <summary><paramref name="environment"/> with the server turned on.</summary>
    public static Dictionary<string, string?> On(IReadOnlyDictionary<string, string?> environment) =>
        new(environment) { [Variable] = "true" };

    /// <summary>Whether <paramref name="environment"/> (the machine's, by default) turned the server off.</summary>
    public static bool TurnedOff(IDictionary? environment = null) =>
        string.Equals((string?)(environment ?? System.Environment.GetEnvironmentVariables())[Variable], "false", StringComparison.OrdinalIgnoreCase);

    /// <summary>Stops the compiler server where the machine had turned it off, so the tier's builds leave none behind
    /// (nothing happens where none runs).</summary>
    public static async Task ShutDownAsync(string repositoryRoot)
    {
        if (!TurnedOff()) return;
        var shutdown = await ChildProcess.RunAsync(ChildProcess.Of("dotnet", "build-server", "shutdown", "--vbcscompiler")
            with { WorkingDirectory = repositoryRoot, Timeout = TimeSpan.FromMinutes(1) });
        if (!shutdown.Succeeded) Console.Error.WriteLine($"TestTiers: the compiler server may still run: {shutdown.Describe(5)}");
    }
}
