using System.Reflection;

namespace CourseLib.Setup;

/// <summary>
/// Plotly.NET 6 is built against FSharp.Core 10.1; the kernel tool behind Polyglot Notebooks and the Jupyter kernel
/// ships 10.0, and a process holds only one FSharp.Core. With <see cref="FSharpCoreRedirect"/> installed first, that
/// is fine. This finds, up front, the cases where chart cells would still fail with a FileNotFoundException that
/// says nothing useful, so the setup cell can say what to do instead. Internal: no notebook calls it;
/// <see cref="TorchSetup.Initialize"/> (every notebook's second setup cell) prints its warning.
/// </summary>
internal static class PlotlyCompatibility
{
    /// <summary>The FSharp.Core version Plotly.NET 6 is compiled against.</summary>
    public static readonly Version NeededFSharpCore = new(10, 1, 0, 0);

    /// <summary>A message for the learner if this process cannot run Plotly.NET 6 charts, else null.</summary>
    public static string? Problem() => Problem(LoadedFSharpCore()?.GetName().Version, FSharpCoreRedirect.IsInstalled);

    /// <summary>The rule behind <see cref="Problem()"/>: which FSharp.Core the process has, and whether the redirect is in place.</summary>
    public static string? Problem(Version? loaded, bool redirectInstalled)
    {
        if (loaded is null || loaded >= NeededFSharpCore) return null;
        if (loaded.Major != NeededFSharpCore.Major)
            return $"WARNING: this kernel runs FSharp.Core {loaded.ToString(2)}; Plotly.NET 6 charts need {NeededFSharpCore.Major}.x, " +
                   "so chart cells will fail. Use the dotnet-interactive tool version the course pins (dotnet-tools.json); README: Where to learn.";
        if (redirectInstalled) return null;
        return $"WARNING: this kernel runs FSharp.Core {loaded.ToString(2)} and Plotly.NET 6 asks for {NeededFSharpCore.ToString(2)}, " +
               "so chart cells will fail: run the notebook's first setup cell (FSharpCoreRedirect.Install()), then restart the kernel " +
               "and run the cells from the top.";
    }

    private static Assembly? LoadedFSharpCore()
    {
        // By simple name, never by a typed reference: naming a 10.1 type would itself throw in a 10.0 process.
        if (FSharpCoreRedirect.Loaded() is { } loaded) return loaded;
        try { return Assembly.Load(new AssemblyName("FSharp.Core")); }
        catch (IOException) { return null; }
    }
}
