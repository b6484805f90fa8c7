namespace CourseTests;

/// <summary>
/// A program some tests need that the .NET SDK does not bring (Chromium, Jupyter, a C compiler, Node.js). A test calls
/// <see cref="Require"/> first: where the program is missing the test is reported skipped, naming what is missing and
/// the line that installs it, so that plain <c>dotnet test</c> passes on a machine with only the SDK. Under CI
/// (<c>CI=true</c>, as <c>.ci/run</c> runs) a missing prerequisite fails the test instead: there it is a broken install
/// step, not a choice. Linked as source into each test project that needs one.
/// </summary>
/// <param name="Name">What a person would call it ("Chromium").</param>
/// <param name="Locate">Where it is on this machine, or null where it is missing.</param>
/// <param name="Install">The line that installs it on Debian or Ubuntu.</param>
internal sealed record Prerequisite(string Name, Func<string?> Locate, string Install)
{
    /// <summary>Headless Chromium for the browser tests: CHROMIUM_PATH, else Debian's /usr/bin/chromium.</summary>
    public static readonly Prerequisite Chromium = new("Chromium",
        () => ExistingFile(Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium"),
        "apt-get install chromium");

    /// <summary>Jupyter's own notebook client (nbconvert over nbclient) for the Jupyter front end.</summary>
    public static readonly Prerequisite JupyterNbconvert = new("Jupyter nbconvert",
        () => OnPath("jupyter-nbconvert"),
        "apt-get install jupyter-nbconvert python3-nbclient jupyter-client");

    /// <summary>The Jupyter Notebook server that the browser tests open executed notebooks in.</summary>
    public static readonly Prerequisite JupyterNotebook = new("Jupyter Notebook",
        () => OnPath("jupyter-notebook"),
        "apt-get install jupyter-notebook");

    /// <summary>A C compiler, for the test that builds stand-in native libraries.</summary>
    public static readonly Prerequisite CCompiler = new("a C compiler (cc)", () => OnPath("cc"), "apt-get install gcc");

    /// <summary>Node.js and npm, which the site builder uses for its search index.</summary>
    public static readonly Prerequisite Node = new("Node.js and npm",
        () => OnPath("node") is { } node && OnPath("npm") is not null ? node : null,
        "apt-get install nodejs npm");

    /// <summary>Debian's PyTorch (python3-torch, in the system's Python), for reading the .pth file notebook 08 writes.</summary>
    public static readonly Prerequisite PyTorch = new("PyTorch for Python 3 (Debian's python3-torch)",
        () => File.Exists("/usr/bin/python3")
              && ChildProcess.Run(ChildProcess.Of("/usr/bin/python3", "-c", "import torch") with { Timeout = TimeSpan.FromMinutes(2) }).Succeeded
            ? "/usr/bin/python3" : null,
        "apt-get install python3-torch");

    /// <summary>True under CI (<c>CI=true</c> or <c>CI=1</c>), where nothing may be skipped for want of a program.</summary>
    public static bool UnderCi => Environment.GetEnvironmentVariable("CI") is { } ci
        && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");

    /// <summary>Why a test cannot run here, or null where the program is present.</summary>
    public string? Missing => Locate() is null
        ? $"{Name} is not installed ({Install}; or run `dotnet run --project tools/TestTiers -- full`, which installs what is missing)."
        : null;

    /// <summary>The program's path; where it is missing, skips the calling test (fails it under CI), saying why.</summary>
    public string Require()
    {
        if (Locate() is { } path) return path;
        if (UnderCi) Assert.Fail($"CI=true and {Missing}");
        Assert.Skip(Missing!);
        return null!; // not reached: Assert.Skip throws
    }

    /// <summary>Every one of <paramref name="prerequisites"/>, in order (the first missing one decides).</summary>
    public static void RequireAll(params Prerequisite[] prerequisites)
    {
        foreach (var prerequisite in prerequisites) prerequisite.Require();
    }

    private static string? ExistingFile(string path) => File.Exists(path) ? path : null;

    private static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin")
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
