using System.Text.Json;

namespace ExecutionStage;

/// <summary>
/// What the stage knows of one executed copy, kept as artifacts/stage/records/FRONT-END/NOTEBOOK.json: where the copy
/// is, the inputs' stamp it was made from, whether the execution succeeded and, in one line, how it went (the failing
/// cell where it failed). The tests read these records (linked as source) to find the copies.
/// </summary>
/// <param name="Artifact">The executed copy (an .ipynb, or a .json record for the stock kernel and the programs).</param>
public sealed record StageRecord(string FrontEnd, string Notebook, string Artifact, string Stamp, bool Succeeded, string Summary, double Seconds, DateTime FinishedUtc)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Where the record of <paramref name="notebook"/> in <paramref name="frontEnd"/> lives.</summary>
    public static string PathFor(string repositoryRoot, string frontEnd, string notebook) =>
        Path.Combine(repositoryRoot, "artifacts", "stage", "records", frontEnd, notebook + ".json");

    /// <summary>The record of <paramref name="notebook"/> in <paramref name="frontEnd"/>, or null where there is none or it cannot be read.</summary>
    public static StageRecord? Read(string repositoryRoot, string frontEnd, string notebook)
    {
        try
        {
            return JsonSerializer.Deserialize<StageRecord>(File.ReadAllText(PathFor(repositoryRoot, frontEnd, notebook)));
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Writes the record whole (a temporary file renamed over the old one).</summary>
    public void Write(string repositoryRoot)
    {
        var path = PathFor(repositoryRoot, FrontEnd, Notebook);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, Json));
        File.Move(temporary, path, overwrite: true);
    }
}
