using CourseTools;

namespace TestTiers;

/// <summary>
/// Makes sure the full tier's programs are there: installs the missing ones with apt-get where it can (Debian or
/// Ubuntu, as root) and checks each install took; elsewhere names the exact install line and stops.
/// </summary>
public static class Prerequisites
{
    /// <summary>True when every program is present (after installing what was missing, where possible).</summary>
    public static async Task<bool> EnsureAsync(TextWriter output, bool install)
    {
        var missing = SystemProgram.All.Where(p => p.LocateNow() is null).ToList();
        if (missing.Count == 0)
        {
            output.WriteLine("Prerequisites: all present (Chromium, Jupyter, cc, Node.js, PyTorch).");
            return true;
        }
        var line = $"apt-get install -y {string.Join(' ', missing.SelectMany(p => p.Packages).Distinct())}";
        output.WriteLine($"Prerequisites missing: {string.Join(", ", missing.Select(p => p.Name))}.");
        if (!install || !CanInstall())
        {
            output.WriteLine($"Install them, then run this again:\n  sudo apt-get update && sudo {line}");
            output.WriteLine(install ? "(This machine has no apt-get, or this is not root: nothing was installed.)" : "(--no-install: nothing was installed.)");
            return false;
        }

        output.WriteLine($"Installing: {line}");
        var environment = new Dictionary<string, string?> { ["DEBIAN_FRONTEND"] = "noninteractive" };
        var update = await ChildProcess.RunAsync(ChildProcess.Of("apt-get", "update", "-qq") with { Environment = environment, Timeout = TimeSpan.FromMinutes(10) });
        if (!update.Succeeded) output.WriteLine($"  {update.Describe(10)}");
        var installed = await ChildProcess.RunAsync(ChildProcess.Of("apt-get", ["install", "-y", "-qq", .. missing.SelectMany(p => p.Packages).Distinct()])
            with { Environment = environment, Timeout = TimeSpan.FromMinutes(20) });
        var stillMissing = missing.Where(p => p.LocateNow() is null).ToList();
        if (installed.Succeeded && stillMissing.Count == 0)
        {
            output.WriteLine($"  installed in {installed.Elapsed.TotalSeconds:F0} s.");
            return true;
        }
        output.WriteLine($"  the install did not work: {installed.Describe(15)}");
        foreach (var package in stillMissing)
            output.WriteLine($"  still missing: {package.Name} (install {package.InstallLine})");
        return false;
    }

    private static bool CanInstall() =>
        OperatingSystem.IsLinux() && File.Exists("/usr/bin/apt-get") && Environment.UserName == "root";
}
