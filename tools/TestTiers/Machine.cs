namespace TestTiers;

/// <summary>The machine a measurement was taken on, as the docs name it: processor, cores, memory.</summary>
public static class Machine
{
    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return $"{cpu ?? System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores, {memory:F0} GB";
    }
}
