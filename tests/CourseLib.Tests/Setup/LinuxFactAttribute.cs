using System.Runtime.CompilerServices;

namespace CourseLib.Tests.Setup;

/// <summary>
/// A fact about Linux alone (ELF files, the loaded libstdc++, Unix file modes): skipped, and said so, elsewhere.
/// A test that finds at run time that this machine cannot show what it checks
/// (a system whose libstdc++ already has the version, so nothing is repaired) calls <c>Assert.SkipUnless</c> and is
/// reported as skipped, with its reason, rather than passing without having checked anything.
/// </summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (!OperatingSystem.IsLinux())
            Skip = "Linux only: the repair concerns TorchSharp's ELF library and the system's libstdc++.";
    }
}
