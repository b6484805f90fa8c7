namespace CourseTools;

/// <summary>
/// A program that some tests need beyond the .NET SDK: how to find it on this machine and the Debian/Ubuntu packages
/// that bring it. The one list of them: the tests skip naming it (tests/Shared/Prerequisite.cs) and the full tier
/// installs it (tools/TestTiers), so the two can never disagree about what the tests need.
/// </summary>
/// <param name="Name">What a person calls it ("Chromium").</param>
/// <param name="Packages">The Debian/Ubuntu packages that install it.</param>
/// <param name="locate">Where it is on this machine, or null where it is missing.</param>
internal sealed class SystemProgram(string Name, IReadOnlyList<string> Packages, Func<string?> locate)
{
    // Looked up once per process: some lookups start Python, and a test asks before every browser or notebook.
    private readonly Lazy<string?> location = new(locate);

    public string Name { get; } = Name;
    public IReadOnlyList<string> Packages { get; } = Packages;

    /// <summary>Its path (or the interpreter that has it), or null where it is missing; looked up once.</summary>
    public string? Location => location.Value;

    /// <summary>Looks again, now (after an install, say).</summary>
    public string? LocateNow() => locate();

    /// <summary>The line that installs it on Debian or Ubuntu.</summary>
    public string InstallLine => $"apt-get install {string.Join(' ', Packages)}";

    /// <summary>Headless Chromium for the browser tests: CHROMIUM_PATH, else Debian's /usr/bin/chromium.</summary>
    public static readonly SystemProgram Chromium = new("Chromium", ["chromium"],
        () => ExistingFile(Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium"));

    /// <summary>Jupyter's own notebook client (nbconvert over nbclient and jupyter_client), the Jupyter front end.</summary>
    public static readonly SystemProgram JupyterNbconvert = new("Jupyter nbconvert",
        ["jupyter-nbconvert", "python3-nbclient", "jupyter-client"],
        () => OnPath("jupyter-nbconvert") is { } nbconvert && PythonImports("nbclient", "jupyter_client") ? nbconvert : null);

    /// <summary>The Jupyter Notebook server that the browser tests open executed notebooks in.</summary>
    public static readonly SystemProgram JupyterNotebook = new("Jupyter Notebook", ["jupyter-notebook"],
        () => OnPath("jupyter-notebook"));

    /// <summary>A C compiler, for the test that builds stand-in native libraries.</summary>
    public static readonly SystemProgram CCompiler = new("a C compiler (cc)", ["gcc"], () => OnPath("cc"));

    /// <summary>Node.js and npm, which the site builder uses for its search index and its math.</summary>
    public static readonly SystemProgram Node = new("Node.js and npm", ["nodejs", "npm"],
        () => OnPath("node") is { } node && OnPath("npm") is not null ? node : null);

    /// <summary>Debian's PyTorch (python3-torch, in the system's Python): reads the .pth file notebook 08 writes.</summary>
    public static readonly SystemProgram PyTorch = new("PyTorch for Python 3 (Debian's python3-torch)", ["python3-torch"],
        () => PythonImports("torch") ? SystemPython : null);

    /// <summary>Everything the full tier needs, in the order the install line names them.</summary>
    public static IReadOnlyList<SystemProgram> All { get; } = [Chromium, JupyterNbconvert, JupyterNotebook, CCompiler, Node, PyTorch];

    /// <summary>The system's Python, the one Debian's packages install into and Jupyter's nbconvert runs in (a pyenv or
    /// venv python3 earlier on PATH has other modules).</summary>
    public const string SystemPython = "/usr/bin/python3";

    private static bool PythonImports(params string[] modules) =>
        File.Exists(SystemPython)
        && ChildProcess.Run(ChildProcess.Of(SystemPython, "-c", $"import {string.Join(", ", modules)}") with { Timeout = TimeSpan.FromMinutes(2) }).Succeeded;

    private static string? ExistingFile(string path) => File.Exists(path) ? path : null;

    private static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin")
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
