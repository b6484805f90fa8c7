using CourseTools;

namespace Doctor;

/// <summary>What the doctor is asked to do besides its checks.</summary>
public enum DoctorMode
{
    /// <summary>Only check the machine.</summary>
    Check,

    /// <summary>Repair TorchSharp's native library in the package folder, then check.</summary>
    Fix,

    /// <summary>Put back the kernel tool's own FSharp.Core, then check.</summary>
    Undo,

    /// <summary>Register the .net-csharp Jupyter kernel, then check.</summary>
    InstallJupyterKernel,
}

/// <summary>
/// The doctor's arguments, read by the course tools' one convention (<see cref="ToolCommandLine"/>): at most one of
/// <c>--fix</c>, <c>--undo</c>, <c>--install-jupyter-kernel</c>, and <c>--kernels-folder DIR</c> with the last. The
/// folder may also follow <c>--install-jupyter-kernel</c> bare, the spelling of earlier versions.
/// </summary>
/// <param name="Mode">What to do before the checks.</param>
/// <param name="KernelsFolder">Where to register the Jupyter kernel; null for Jupyter's per-user kernels folder.</param>
/// <param name="ShowHelp">Whether the usage was asked for.</param>
public sealed record DoctorCommandLine(DoctorMode Mode, string? KernelsFolder, bool ShowHelp)
{
    /// <summary>The name the doctor signs its command-line errors with.</summary>
    public const string Tool = "Doctor";

    /// <summary>The help text.</summary>
    public static readonly string Usage = $"""
        Usage: dotnet run --project tools/Doctor [-- --fix | --undo | --install-jupyter-kernel [--kernels-folder DIR]]
          Checks what the course needs on this machine, one PASS/FAIL line each.
          --fix                    repair TorchSharp's native library in the package folder (the setup cell does it too)
          --undo                   put back the kernel tool's own FSharp.Core where an earlier course version replaced it
          --install-jupyter-kernel register the .net-csharp kernel for Jupyter and VS Code's Jupyter extension, so that
                                   it starts from any folder
          --kernels-folder DIR     with --install-jupyter-kernel: where to register it (default: Jupyter's per-user
                                   kernels folder)
        {ToolCommandLine.HelpOption}
        {ToolCommandLine.ExitCodes("a check failed")}
        """;

    /// <summary>Reads <paramref name="args"/>.</summary>
    /// <exception cref="ArgumentException">An unknown option, two modes, or a kernels folder without --install-jupyter-kernel.</exception>
    public static DoctorCommandLine Parse(IReadOnlyList<string> args)
    {
        var mode = DoctorMode.Check;
        string? folder = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case var help when ToolCommandLine.IsHelp(help):
                    return new DoctorCommandLine(DoctorMode.Check, null, ShowHelp: true);
                case "--fix":
                    mode = OneMode(mode, DoctorMode.Fix, args[i]);
                    break;
                case "--undo":
                    mode = OneMode(mode, DoctorMode.Undo, args[i]);
                    break;
                case "--install-jupyter-kernel":
                    mode = OneMode(mode, DoctorMode.InstallJupyterKernel, args[i]);
                    if (i + 1 < args.Count && !args[i + 1].StartsWith('-'))
                        folder = Path.GetFullPath(args[++i]); // the earlier spelling: the folder right after the option
                    break;
                case "--kernels-folder":
                    folder = Path.GetFullPath(ToolCommandLine.ValueOf(args, ref i, "a folder"));
                    break;
                default:
                    throw ToolCommandLine.UnknownOption(args[i]);
            }
        }
        if (folder is not null && mode != DoctorMode.InstallJupyterKernel)
            throw new UsageException("--kernels-folder goes with --install-jupyter-kernel");
        return new DoctorCommandLine(mode, folder, ShowHelp: false);
    }

    private static DoctorMode OneMode(DoctorMode sofar, DoctorMode asked, string option) =>
        sofar == DoctorMode.Check ? asked : throw new UsageException($"{option} cannot be combined with another of --fix, --undo, --install-jupyter-kernel");
}
