using System.Security.Cryptography;
using System.Text;

namespace ExecutionStage;

/// <summary>
/// A content hash of everything an executed copy depends on: the notebook, the built library it loads
/// (lib/bin/CourseLib.dll), the pinned package and tool versions, the data it reads, the stage's own assemblies (which
/// hold each front end's way of executing) and what a front end adds (a chapter's program). Equal stamps mean the copy
/// would come out the same, so it is reused, as d2l's CI reuses its executed notebooks.
/// </summary>
public static class InputStamp
{
    /// <summary>The stamp of <paramref name="files"/> (missing ones count as missing, so adding one changes it) and of
    /// the copies it was made after (<paramref name="otherStamps"/>, the chapters it needs).</summary>
    public static string Of(string repositoryRoot, IEnumerable<string> files, IEnumerable<string>? otherStamps = null)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var stamp in otherStamps ?? [])
            hash.AppendData(Encoding.UTF8.GetBytes($"after {stamp}\n"));
        foreach (var file in files.Select(Path.GetFullPath).Distinct().Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(repositoryRoot, file).Replace('\\', '/') + "\n"));
            hash.AppendData(File.Exists(file) ? SHA256.HashData(File.ReadAllBytes(file)) : "missing"u8.ToArray());
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>What every front end's copy of <paramref name="notebook"/> depends on.</summary>
    public static IEnumerable<string> CommonInputs(string repositoryRoot, string notebook)
    {
        yield return notebook;
        yield return Path.Combine(repositoryRoot, "lib", "bin", "CourseLib.dll");
        yield return Path.Combine(repositoryRoot, "Directory.Packages.props");
        yield return Path.Combine(repositoryRoot, "dotnet-tools.json");
        var data = Path.Combine(repositoryRoot, "data");
        if (Directory.Exists(data))
            foreach (var file in Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories))
                yield return file;
        foreach (var assembly in new[] { typeof(InputStamp).Assembly, typeof(NotebookRunner.RunnerOptions).Assembly })
            yield return assembly.Location;
    }
}
