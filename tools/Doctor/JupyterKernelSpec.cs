using System.Text.Json;
using System.Text.Json.Nodes;

namespace Doctor;

/// <summary>
/// The <c>.net-csharp</c> kernel spec through which Jupyter (Notebook, JupyterLab, nbclient) and VS Code's Jupyter
/// extension start the C# kernel, the name the course's notebooks ask for in their metadata. The tool's own
/// <c>jupyter install</c> registers the command <c>dotnet interactive</c>, which resolves only in a folder whose
/// tool manifest names the tool (inside this repository); this spec runs the pinned version with
/// <c>dotnet tool execute</c> (.NET 10 SDK), which works from any folder and uses the same restored tool package.
/// No TorchSharp here: the notebook tests link this file to register the kernel they run Jupyter with.
/// </summary>
public static class JupyterKernelSpec
{
    /// <summary>The kernel name in the notebooks' <c>metadata.kernelspec.name</c>.</summary>
    public const string KernelName = ".net-csharp";

    /// <summary>The tool package the kernel runs.</summary>
    public const string ToolPackage = "microsoft.dotnet-interactive";

    /// <summary>
    /// The command Jupyter runs; <c>{connection_file}</c> is Jupyter's placeholder. The kernel's HTTP API (its script
    /// in the first output calls it) stays on loopback, on ports from 2050: the tool's default range starts at 2048, and
    /// a second kernel then takes 2049, which browsers refuse to connect to (NFS is on their list of unsafe ports).
    /// </summary>
    public static IReadOnlyList<string> Argv(string toolVersion) =>
    [
        "dotnet", "tool", "execute", $"{ToolPackage}@{toolVersion}", "--yes", "--",
        "jupyter", "--default-kernel", "csharp", "{connection_file}", "--http-port-range", "2050-3000", "--http-local-only",
    ];

    /// <summary>The <c>jupyter</c> command on PATH (Debian puts it in /usr/bin), or null where Jupyter is not installed.</summary>
    public static string? FindJupyter() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin")
            .SelectMany(dir => new[] { Path.Combine(dir, "jupyter"), Path.Combine(dir, "jupyter.exe") })
            .FirstOrDefault(File.Exists);

    /// <summary>Jupyter's per-user kernels folder: JUPYTER_DATA_DIR, else the platform's default data folder.</summary>
    public static string UserKernelsFolder()
    {
        if (Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } data)
            return Path.Combine(data, "kernels");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter", "kernels");
        if (OperatingSystem.IsMacOS())
            return Path.Combine(home, "Library", "Jupyter", "kernels");
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } x ? x : Path.Combine(home, ".local", "share");
        return Path.Combine(xdg, "jupyter", "kernels");
    }

    /// <summary>Writes <c>KERNELS/.net-csharp/kernel.json</c> (to a temporary file first, then renamed over any old spec).</summary>
    /// <returns>The kernel.json written.</returns>
    public static string Install(string kernelsFolder, string toolVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kernelsFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(toolVersion);
        var folder = Directory.CreateDirectory(Path.Combine(kernelsFolder, KernelName)).FullName;
        var spec = new JsonObject
        {
            ["argv"] = new JsonArray([.. Argv(toolVersion).Select(a => JsonValue.Create(a))]),
            ["display_name"] = ".NET (C#)",
            ["language"] = "C#",
            ["metadata"] = new JsonObject { ["course"] = $"registered by tools/Doctor --install-jupyter-kernel ({ToolPackage} {toolVersion})" },
        };
        var path = Path.Combine(folder, "kernel.json");
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temp, spec.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        File.Move(temp, path, overwrite: true);
        return path;
    }

    /// <summary>The command of the <c>.net-csharp</c> spec in <paramref name="kernelsFolder"/>, or null when there is none or it is unreadable.</summary>
    public static IReadOnlyList<string>? InstalledArgv(string kernelsFolder)
    {
        var path = Path.Combine(kernelsFolder, KernelName, "kernel.json");
        if (!File.Exists(path)) return null;
        try
        {
            return (JsonNode.Parse(File.ReadAllText(path))?["argv"] as JsonArray)?.Select(a => (string?)a ?? "").ToList();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
