using System.Reflection;
using System.Runtime.Loader;

namespace CourseLib.Setup;

/// <summary>
/// Lets Plotly.NET 6, which is built against FSharp.Core 10.1, load in a kernel that ships FSharp.Core 10.0
/// (the <c>dotnet-interactive</c> tool behind Polyglot Notebooks and the Jupyter kernel, 1.0.712001): requests for
/// a newer FSharp.Core of the same major version are answered with the one the kernel already loaded. A process
/// can hold only one FSharp.Core, and every Plotly.NET call the course makes runs on 10.0 (the stock-kernel tests
/// run every chart of every notebook that way), so nothing of the learner's tool has to be patched.
/// </summary>
/// <remarks>
/// Introduced in the first setup cell of <c>01_data.ipynb</c>, the same cell every notebook starts with. It must run in a cell <em>before</em> the one whose
/// <c>#r "nuget: Plotly.NET…"</c> lines load Plotly.NET's kernel extension, because a cell's <c>#r</c> lines are
/// processed before its code. Where the process already has FSharp.Core 10.1 or newer (the headless runner, a
/// file-based app) no request ever fails and the handler is never asked.
/// </remarks>
public static class FSharpCoreRedirect
{
    private const string FSharpCore = "FSharp.Core";
    private static readonly Lock Gate = new();
    private static bool _installed;

    /// <summary>Whether <see cref="Install"/> has run in this process.</summary>
    internal static bool IsInstalled
    {
        get { lock (Gate) return _installed; }
    }

    /// <summary>
    /// Registers the redirect with both resolution events a kernel may raise (<see cref="AppDomain.AssemblyResolve"/>
    /// and <see cref="AssemblyLoadContext.Resolving"/> of the default context). Calling it again does nothing.
    /// Introduced in the first setup cell of <c>01_data.ipynb</c> (every notebook's first cell), as
    /// <c>CourseLib.Setup.FSharpCoreRedirect.Install();</c>.
    /// </summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (_installed) return;
            AppDomain.CurrentDomain.AssemblyResolve += (_, args) => Resolve(new AssemblyName(args.Name));
            AssemblyLoadContext.Default.Resolving += (_, name) => Resolve(name);
            _installed = true;
        }
    }

    /// <summary>
    /// The FSharp.Core this process has loaded, if <paramref name="requested"/> asks for FSharp.Core of the same
    /// major version and not older than it; null otherwise, so that every other failed load fails as it would have.
    /// </summary>
    internal static Assembly? Resolve(AssemblyName requested)
    {
        if (!string.Equals(requested.Name, FSharpCore, StringComparison.OrdinalIgnoreCase)) return null;
        var loaded = Loaded();
        var have = loaded?.GetName().Version;
        if (loaded is null || have is null) return null;
        var want = requested.Version;
        return want is null || (want.Major == have.Major && want >= have) ? loaded : null;
    }

    /// <summary>The FSharp.Core assembly already in this process, found by simple name (naming a type from it would load it).</summary>
    internal static Assembly? Loaded() =>
        AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == FSharpCore);
}
