namespace CourseLib.Tests.Setup;

/// <summary>
/// A fact about Linux alone (ELF files, the loaded libstdc++, Unix file modes): skipped, and said so, elsewhere.
/// It is a skippable fact, so a test that finds at run time that this machine cannot show what it checks
/// (a system whose libstdc++ already has the version, so nothing is repaired) calls <c>Skip.If</c> and is
/// reported as skipped, with its reason, rather than passing without having checked anything.
/// </summary>
public sealed class LinuxFactAttribute : SkippableFactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
            Skip = "Linux only: the repair concerns TorchSharp's ELF library and the system's libstdc++.";
    }
}
