using CourseTools;

namespace Serve.Model;

/// <summary>Where the model file is: <c>Model:Path</c> (or <c>--model</c>) if given, else notebook 14's save.</summary>
internal static class ModelLocation
{
    /// <summary>The configuration key, also set by <c>--model PATH</c> on the command line.</summary>
    public const string ConfigKey = "Model:Path";

    /// <summary>What notebook 14 and <c>dotnet run --project serve -- train</c> write, relative to the repository root.</summary>
    public static readonly string DefaultRelative = Path.Combine("artifacts", "models", "14_digits.dat");

    /// <summary>The full path of the model file: <paramref name="configured"/> (relative to the current folder), or the default.</summary>
    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured);
        // From the build folder (serve/bin/...) up to the repository, so the command works from any folder.
        string root = RepositoryRoot.TryFind(AppContext.BaseDirectory) ?? RepositoryRoot.TryFind(Directory.GetCurrentDirectory())
            ?? throw new ModelFileException(
                $"Cannot tell where the repository is (no Directory.Packages.props above {AppContext.BaseDirectory}), so there is no " +
                $"default model file. Pass one: --model path/to/14_digits.dat");
        return Path.Combine(root, DefaultRelative);
    }
}
