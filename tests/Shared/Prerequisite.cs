namespace CourseTests;

/// <summary>
/// A program some tests need that the .NET SDK does not bring (Chromium, Jupyter, a C compiler, Node.js, PyTorch; the
/// list is <see cref="SystemProgram"/>'s, which the full tier installs). A test calls <see cref="Require"/> first: where
/// the program is missing the test is reported skipped, naming what is missing and the line that installs it, so that
/// plain <c>dotnet test</c> passes on a machine with only the SDK. Under CI (<c>CI=true</c>, as <c>.ci/run</c> runs) a
/// missing prerequisite fails the test instead: there it is a broken install step, not a choice. Linked as source into
/// each test project.
/// </summary>
internal sealed class Prerequisite(SystemProgram program)
{
    /// <summary>Headless Chromium for the browser tests: CHROMIUM_PATH, else Debian's /usr/bin/chromium.</summary>
    public static readonly Prerequisite Chromium = new(SystemProgram.Chromium);

    /// <summary>Jupyter's own notebook client (nbconvert over nbclient) for the Jupyter front end.</summary>
    public static readonly Prerequisite JupyterNbconvert = new(SystemProgram.JupyterNbconvert);

    /// <summary>The Jupyter Notebook server that the browser tests open executed notebooks in.</summary>
    public static readonly Prerequisite JupyterNotebook = new(SystemProgram.JupyterNotebook);

    /// <summary>A C compiler, for the test that builds stand-in native libraries.</summary>
    public static readonly Prerequisite CCompiler = new(SystemProgram.CCompiler);

    /// <summary>Node.js and npm, which the site builder uses for its search index.</summary>
    public static readonly Prerequisite Node = new(SystemProgram.Node);

    /// <summary>Debian's PyTorch (python3-torch, in the system's Python), for reading the .pth file notebook 08 writes.</summary>
    public static readonly Prerequisite PyTorch = new(SystemProgram.PyTorch);

    /// <summary>True under CI (<c>CI=true</c> or <c>CI=1</c>), where nothing may be skipped for want of a program.</summary>
    public static bool UnderCi => Environment.GetEnvironmentVariable("CI") is { } ci
        && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");

    /// <summary>Why a test cannot run here, or null where the program is present.</summary>
    public string? Missing => program.Location is null
        ? $"{program.Name} is not installed ({program.InstallLine}; or run `dotnet run --project tools/TestTiers -- full`, which installs what is missing)."
        : null;

    /// <summary>The program's path; where it is missing, skips the calling test (fails it under CI), saying why.</summary>
    public string Require()
    {
        if (program.Location is { } path) return path;
        if (UnderCi) Assert.Fail($"CI=true and {Missing}");
        Assert.Skip(Missing!);
        return null!; // not reached: Assert.Skip throws
    }

    /// <summary>Every one of <paramref name="prerequisites"/>, in order (the first missing one decides).</summary>
    public static void RequireAll(params Prerequisite[] prerequisites)
    {
        foreach (var prerequisite in prerequisites) prerequisite.Require();
    }
}
