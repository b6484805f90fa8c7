using System.Reflection;

namespace Doctor;

/// <summary>
/// The .NET Interactive kernel tool behind VS Code's Polyglot Notebooks (and the repository's local tool)
/// ships FSharp.Core 10.0, but Plotly.NET 6 needs 10.1: chart cells then fail with a FileNotFoundException.
/// The fix puts FSharp.Core 10.1 (backwards compatible within 10.x) into the tool's folder, keeping the
/// original next to it so <c>--undo</c> can put it back.
/// </summary>
public sealed class KernelFSharpCoreCheck(IReadOnlyList<string> toolFolders, string replacement) : IFixableCheck
{
    public static readonly Version Needed = new(10, 1, 0, 0);
    public const string BackupName = "FSharp.Core.dll.before-course-fix";

    public string Name => "kernel tool's FSharp.Core";

    public CheckResult Run()
    {
        if (toolFolders.Count == 0)
            return new CheckResult(Name, false, "no dotnet-interactive tool found",
                "dotnet tool restore   (VS Code's Polyglot Notebooks installs its own copy on first use; run the doctor again after)");
        var old = toolFolders.Where(f => Version(f) < Needed).ToList();
        return old.Count == 0
            ? new CheckResult(Name, true, $"{Needed.ToString(2)} or newer in {toolFolders.Count} tool install(s)")
            : new CheckResult(Name, false,
                $"FSharp.Core {Version(old[0]).ToString(2)} in {string.Join(", ", old)}; Plotly.NET 6 charts need {Needed.ToString(2)}",
                "dotnet run --project tools/Doctor -- --fix   (then restart the kernel; --undo reverses it)");
    }

    public string Fix()
    {
        var done = new List<string>();
        foreach (var folder in toolFolders.Where(f => Version(f) < Needed))
        {
            var current = Path.Combine(folder, "FSharp.Core.dll");
            var backup = Path.Combine(folder, BackupName);
            if (!File.Exists(backup)) File.Copy(current, backup);
            // Copy beside the target, then rename over it: the tool never sees a half-written file.
            var temp = current + ".tmp";
            File.Copy(replacement, temp, overwrite: true);
            File.Move(temp, current, overwrite: true);
            done.Add($"{current}: FSharp.Core {Version(folder).ToString(2)} (original kept as {BackupName})");
        }
        return done.Count == 0 ? "nothing to fix" : string.Join("\n", done);
    }

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
