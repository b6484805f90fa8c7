using System.Text.Json;
using CourseTools;

namespace ExecutionStage;

/// <summary>
/// The chapter's generated program, run as a learner runs it: <c>dotnet run apps/NN_name.cs</c> at the repository
/// root. It writes artifacts/programs/NN_name.json (<see cref="ProgramRun"/>): what the program printed, its exit code
/// and when it started (the charts it writes carry their own times).
/// </summary>
public sealed class ProgramFrontEnd(string repositoryRoot) : IFrontEnd
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public string Name => "program";

    public string ArtifactPath(string notebook) => Path.Combine(repositoryRoot, "artifacts", "programs", Path.ChangeExtension(notebook, ".json"));

    public IEnumerable<string> ExtraInputs(string notebook) => [ProgramPath(notebook)];

    private string ProgramPath(string notebook) => Path.Combine(repositoryRoot, "apps", Path.ChangeExtension(notebook, ".cs"));

    public async Task<(bool Succeeded, string Summary)> ExecuteAsync(string notebook, TextWriter log)
    {
        var program = $"apps/{Path.ChangeExtension(notebook, ".cs")}";
        if (!File.Exists(ProgramPath(notebook)))
            return (false, $"{notebook}: {program} does not exist (dotnet run --project tools/AppGenerator makes it)");
        var run = await ChildProcess.RunAsync(ChildProcess.Of("dotnet", "run", program) with { WorkingDirectory = repositoryRoot, Timeout = Timeout });
        await log.WriteAsync(run.Output);
        var artifact = ArtifactPath(notebook);
        Directory.CreateDirectory(Path.GetDirectoryName(artifact)!);
        var record = new ProgramRun(run.Command, run.ExitCode, run.TimedOut, run.StandardOutput, run.StandardError, run.Elapsed.TotalSeconds, run.StartedUtc);
        await File.WriteAllTextAsync(artifact, JsonSerializer.Serialize(record, Json));
        return run.Succeeded ? (true, $"{program}: exit 0 ({run.Elapsed.TotalSeconds:F1} s)") : (false, run.Describe());
    }
}
