using System.Text.Json;

namespace TestTiers;

/// <summary>
/// The figures of the last run of a tier, written to artifacts/test-tiers/TIER.json (date, machine, phases, counts), so
/// that the docs can show measured times with their date and machine instead of numbers copied by hand.
/// </summary>
public static class Measurement
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static void Write(string root, string tier, IEnumerable<(string Name, TimeSpan Elapsed)> phases, TimeSpan total, TestRun run)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "artifacts", "test-tiers")).FullName;
        var record = new
        {
            tier,
            dateUtc = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm"),
            machine = Machine.Describe(),
            phases = phases.ToDictionary(p => p.Name, p => Math.Round(p.Elapsed.TotalSeconds)),
            totalSeconds = Math.Round(total.TotalSeconds),
            run.Passed, run.Failed, run.Skipped, run.Assemblies,
        };
        File.WriteAllText(Path.Combine(folder, tier + ".json"), JsonSerializer.Serialize(record, Json));
    }
}
