using CourseTools;

namespace Doctor;

/// <summary>The .NET 10 SDK is on PATH (global.json asks for 10.0.100 or a later 10.0 feature band).</summary>
public sealed class DotNetSdkCheck : ICheck
{
    public string Name => ".NET SDK";

    public CheckResult Run()
    {
        var list = ChildProcess.Run(ChildProcess.Of("dotnet", "--list-sdks") with { Timeout = TimeSpan.FromMinutes(1) });
        if (list.ExitCode == -1 && !list.TimedOut)
            return new CheckResult(Name, false, "`dotnet` is not on PATH", "install the .NET 10 SDK from https://dotnet.microsoft.com/download");
        var versions = list.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]).ToList();
        var ten = versions.Where(v => v.StartsWith("10.", StringComparison.Ordinal)).ToList();
        return ten.Count > 0
            ? new CheckResult(Name, true, $"SDK {ten.Max()} installed")
            : new CheckResult(Name, false, $"no .NET 10 SDK (found: {(versions.Count == 0 ? "none" : string.Join(", ", versions))})",
                "install the .NET 10 SDK from https://dotnet.microsoft.com/download");
    }
}
