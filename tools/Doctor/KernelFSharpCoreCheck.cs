using System.Reflection;

namespace Doctor;

/// <summary>
/// The .NET Interactive kernel tool behind Polyglot Notebooks and the Jupyter kernel (the repository's local tool, a
/// global one, VS Code's own copy) ships FSharp.Core 10.0; Plotly.NET 6 is built against 10.1. The notebooks' first
/// setup cell (<c>FSharpCoreRedirect.Install()</c>) lets Plotly.NET use the 10.0 the tool loaded, so nothing needs
/// patching: this check only diagnoses. Earlier versions of the course replaced the tool's FSharp.Core
/// (<c>doctor --fix</c>, keeping the original as <see cref="BackupName"/>); <see cref="Undo"/> puts that original back.
/// </summary>
public sealed class KernelFSharpCoreCheck(IReadOnlyList<string> toolFolders) : ICheck
{
    /// <summary>The major version the setup cell's redirect serves (Plotly.NET 6 asks for 10.1).</summary>
    public const int SupportedMajor = 10;

    /// <summary>The name under which the course's former fix kept the tool's original FSharp.Core.</summary>
    public const string BackupName = "FSharp.Core.dll.before-course-fix";

    public string Name => "kernel tool's FSharp.Core";

    public CheckResult Run()
    {
        if (toolFolders.Count == 0)
            return new CheckResult(Name, false, "no dotnet-interactive tool found",
                "dotnet tool restore   (VS Code's Polyglot Notebooks installs its own copy on first use; run the doctor again after)");
        var foreign = toolFolders.Where(f => Version(f).Major != SupportedMajor).ToList();
        if (foreign.Count > 0)
            return new CheckResult(Name, false,
                $"FSharp.Core {Version(foreign[0]).ToString(2)} in {string.Join(", ", foreign)}; the course's setup serves Plotly.NET 6 from FSharp.Core {SupportedMajor}.x",
                "use the dotnet-interactive version in dotnet-tools.json (dotnet tool restore)");
        var patched = toolFolders.Where(f => File.Exists(Path.Combine(f, BackupName))).ToList();
        var versions = string.Join(", ", toolFolders.Select(f => Version(f).ToString(2)).Distinct());
        var detail = $"FSharp.Core {versions} in {toolFolders.Count} tool install(s), used by Plotly.NET through the notebooks' setup; no tool needs patching";
        return patched.Count == 0
            ? new CheckResult(Name, true, detail)
            : new CheckResult(Name, true,
                $"{detail}. {patched.Count} install(s) still carry an earlier course fix (original kept as {BackupName}): " +
                "dotnet run --project tools/Doctor -- --undo  puts the tool's own FSharp.Core back");
    }

    /// <summary>Puts back the FSharp.Core that the former <c>--fix</c> replaced, wherever its backup is.</summary>
    public string Undo()
    {
        var done = new List<string>();
        foreach (var folder in toolFolders)
        {
            var backup = Path.Combine(folder, BackupName);
            if (!File.Exists(backup)) continue;
            File.Move(backup, Path.Combine(folder, "FSharp.Core.dll"), overwrite: true);
            done.Add($"{folder}: original FSharp.Core {Version(folder).ToString(2)} restored");
        }
        return done.Count == 0 ? "nothing to undo" : string.Join("\n", done);
    }

    private static Version Version(string folder) => AssemblyName.GetAssemblyName(Path.Combine(folder, "FSharp.Core.dll")).Version!;
}
