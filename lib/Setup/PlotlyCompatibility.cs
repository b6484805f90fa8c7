using System.Reflection;

namespace CourseLib.Setup;

/// <summary>
/// Plotly.NET 6 is built against FSharp.Core 10.1. The dotnet-interactive tool behind VS Code's kernel ships
/// FSharp.Core 10.0, and a process can hold only one FSharp.Core: chart cells there fail with a
/// FileNotFoundException that says nothing useful. This finds the mismatch up front so the setup cell can
/// say what to do instead.
/// </summary>
public static class PlotlyCompatibility
{
    public static readonly Version NeededFSharpCore = new(10, 1, 0, 0);

    /// <summary>A message for the learner if this process cannot run Plotly.NET 6, else null.</summary>
    public static string? Problem()
    {
        // By simple name, never by a typed reference: naming a 10.1 type would itself throw in a 10.0 process.
        var loaded = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "FSharp.Core")
                     ?? TryLoad("FSharp.Core");
        var version = loaded?.GetName().Version;
        if (version is null || version >= NeededFSharpCore) return null;
        return $"WARNING: this kernel runs FSharp.Core {version.ToString(2)}, but Plotly.NET 6 charts need {NeededFSharpCore.ToString(2)}, " +
               "so chart cells will fail. To fix it, run  dotnet run --project tools/Doctor -- --fix  in the repository, " +
               "then restart the kernel (README: Learn in VS Code).";
    }

    private static Assembly? TryLoad(string name)
    {
        try { return Assembly.Load(new AssemblyName(name)); }
        catch (IOException) { return null; }
    }
}
