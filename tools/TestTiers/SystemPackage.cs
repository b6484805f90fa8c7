namespace TestTiers;

/// <summary>
/// A program the full tier needs beyond the .NET SDK, how to tell it is there, and the Debian package that brings it.
/// The same programs the tests name when they skip (tests/Shared/Prerequisite.cs).
/// </summary>
/// <param name="Name">What a person calls it.</param>
/// <param name="Package">The Debian/Ubuntu package.</param>
/// <param name="IsPresent">Whether this machine has it.</param>
public sealed record SystemPackage(string Name, string Package, Func<bool> IsPresent)
{
    /// <summary>Everything the full tier needs: the site's browser tests, the Jupyter front end and its browser tests,
    /// the stand-in native library test, the site's search index, PyTorch reading notebook 08's .pth file.</summary>
    public static IReadOnlyList<SystemPackage> FullTier { get; } =
    [
        new("Chromium", "chromium", () => File.Exists(Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium")),
        new("Jupyter nbconvert", "jupyter-nbconvert", () => OnPath("jupyter-nbconvert")),
        new("Jupyter's nbclient", "python3-nbclient", () => PythonImports("nbclient")),
        new("Jupyter's client", "jupyter-client", () => PythonImports("jupyter_client")),
        new("Jupyter Notebook", "jupyter-notebook", () => OnPath("jupyter-notebook")),
        new("a C compiler", "gcc", () => OnPath("cc")),
        new("Node.js", "nodejs", () => OnPath("node")),
        new("npm", "npm", () => OnPath("npm")),
        new("PyTorch for Python 3", "python3-torch", () => PythonImports("torch")),
    ];

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin")
            .Any(dir => File.Exists(Path.Combine(dir, program)));

    // The system's Python, the one Debian's Jupyter packages install into (a pyenv or venv python3 earlier on PATH has
    // other modules).
    private static bool PythonImports(string module)
    {
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        return CourseTools.ChildProcess.RunAsync(CourseTools.ChildProcess.Of(python, "-c", $"import {module}") with { Timeout = TimeSpan.FromSeconds(30) })
            .GetAwaiter().GetResult().Succeeded;
    }
}
