namespace Doctor;

/// <summary>Room for the NuGet package cache: TorchSharp-cpu alone restores ~1.4 GB (libtorch for every OS).</summary>
public sealed class DiskSpaceCheck(string packageFolder, long requiredBytes = 2L << 30) : ICheck
{
    public string Name => "disk space for packages";

    public CheckResult Run()
    {
        var folder = packageFolder;
        while (!Directory.Exists(folder)) folder = Path.GetDirectoryName(folder) ?? "/";
        var free = new DriveInfo(folder).AvailableFreeSpace;
        var gb = free / (double)(1L << 30);
        return free >= requiredBytes
            ? new CheckResult(Name, true, $"{gb:F1} GB free at {folder}")
            : new CheckResult(Name, false, $"only {gb:F1} GB free at {folder}; the packages need about {requiredBytes / (double)(1L << 30):F0} GB",
                "free some disk space, or point NUGET_PACKAGES at a folder on a larger disk");
    }
}
