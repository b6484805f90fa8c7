namespace CourseLib.Tests.Setup;

/// <summary>A fact about Linux alone (ELF files, the loaded libstdc++, Unix file modes): skipped, and said so, elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
            Skip = "Linux only: the repair concerns TorchSharp's ELF library and the system's libstdc++.";
    }
}
