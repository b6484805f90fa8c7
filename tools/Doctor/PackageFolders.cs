namespace Doctor;

/// <summary>Where NuGet keeps restored packages: NUGET_PACKAGES if set, else ~/.nuget/packages.</summary>
public static class PackageFolders
{
    public static string NuGetPackages =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } custom
            ? custom
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
