namespace CourseLib.Setup;

/// <summary>
/// Makes TorchSharp's native library <c>libLibTorchSharp.so</c> loadable on systems whose C++ runtime is
/// older than the one it was built with (Debian 12 has up to GLIBCXX_3.4.30; TorchSharp 0.107.0 asks for
/// GLIBCXX_3.4.32).
/// </summary>
/// <remarks>
/// The only symbol behind GLIBCXX_3.4.32 is <c>std::ios_base_library_init()</c>, which GCC 13 references
/// from every translation unit that includes &lt;iostream&gt; but which nothing calls. Marking that version
/// requirement weak lets the dynamic loader start the library without it; all else stays byte-identical.
/// The file is rewritten atomically (temp file + rename), so a crash never leaves a half-written library,
/// and a process that already mapped the old file keeps it. This type has no TorchSharp dependency so the
/// notebook runner and the doctor can compile it as linked source and use it before any TorchSharp code is loaded.
/// Internal: no notebook calls it; <c>TorchSetup.Initialize</c> (every notebook's second setup cell) runs it.
/// </remarks>
internal static class LibTorchSharpRepair
{
    /// <summary>The file name of TorchSharp's native library on Linux.</summary>
    public const string LibraryFileName = "libLibTorchSharp.so";

    /// <summary>Versions we know are needed only by code that never runs; nothing else is ever weakened.</summary>
    public static readonly IReadOnlySet<string> VersionsSafeToWeaken = new HashSet<string> { "GLIBCXX_3.4.32" };

    /// <summary>
    /// Repairs <paramref name="libraryPath"/> if the C++ runtime this process uses lacks a version it needs.
    /// Idempotent: a repaired or already loadable library is left alone. The library is read once, and written
    /// only when a requirement is marked weak.
    /// </summary>
    /// <param name="libraryPath">TorchSharp's native library (<see cref="LibraryFileName"/>).</param>
    /// <param name="cxxRuntimePath">The libstdc++ to check against; by default the one this process has loaded.</param>
    /// <returns>What was found or done, and whether the file was changed.</returns>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="libraryPath"/>.</exception>
    /// <exception cref="InvalidOperationException">The library needs a version that is not known to be safe to weaken,
    /// or it needs repairing and cannot be written.</exception>
    public static RepairOutcome EnsureLoadable(string libraryPath, string? cxxRuntimePath = null)
    {
        if (!File.Exists(libraryPath))
            throw new FileNotFoundException($"TorchSharp's native library was not found at {libraryPath}.", libraryPath);

        cxxRuntimePath ??= FindLoadedCxxRuntime();
        if (cxxRuntimePath is null)
            return new($"{libraryPath}: no libstdc++ found to check against; left as it is.", Repaired: false);

        var bytes = File.ReadAllBytes(libraryPath);
        var missing = MissingCxxVersions(ElfSymbolVersions.Parse(bytes, libraryPath), cxxRuntimePath);
        if (missing.Count == 0)
            return new($"{libraryPath}: loadable with {cxxRuntimePath}; nothing to repair.", Repaired: false);

        var unsafeToWeaken = missing.Where(n => !VersionsSafeToWeaken.Contains(n.Version)).Select(n => n.Version).ToList();
        if (unsafeToWeaken.Count > 0)
            throw new InvalidOperationException(
                $"{libraryPath} needs {string.Join(", ", unsafeToWeaken)} from the C++ runtime, which {cxxRuntimePath} does not provide, " +
                "and that cannot be patched around safely. Install a newer libstdc++6 (GCC 13 or later).");

        ElfSymbolVersions.MarkWeak(bytes, missing);
        ReplaceAtomically(libraryPath, bytes);
        return new($"{libraryPath}: marked {string.Join(", ", missing.Select(n => n.Version))} weak " +
                   $"({cxxRuntimePath} lacks it; only the unused std::ios_base_library_init needs it).", Repaired: true);
    }

    /// <summary>
    /// The C++ runtime versions <paramref name="libraryPath"/> requires (not weakly) that <paramref name="cxxRuntimePath"/>
    /// does not define: what would stop the dynamic loader from starting the library.
    /// </summary>
    public static IReadOnlyList<ElfVersionNeed> MissingCxxVersions(string libraryPath, string cxxRuntimePath) =>
        MissingCxxVersions(ElfSymbolVersions.Read(libraryPath), cxxRuntimePath);

    private static List<ElfVersionNeed> MissingCxxVersions(ElfSymbolVersions library, string cxxRuntimePath)
    {
        var provided = ElfSymbolVersions.Read(cxxRuntimePath).Defined.ToHashSet();
        return library.Needed
            .Where(n => n.File.StartsWith("libstdc++", StringComparison.Ordinal) && !n.IsWeak && !provided.Contains(n.Version))
            .ToList();
    }

    private static void ReplaceAtomically(string libraryPath, byte[] bytes)
    {
        var temp = Path.Combine(Path.GetDirectoryName(libraryPath)!, $".{Path.GetFileName(libraryPath)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(temp, File.GetUnixFileMode(libraryPath));
            // rename(2) is atomic: readers see the old file or the new one, never a mix. It also breaks a
            // hard link to the NuGet cache instead of changing the cached package behind NuGet's back.
            File.Move(temp, libraryPath, overwrite: true);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InvalidOperationException(
                $"{libraryPath} needs repairing but cannot be written ({e.Message}). " +
                "Make the NuGet package folder writable, or point NUGET_PACKAGES at a folder you own and restore again.", e);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>
    /// The libstdc++ this process has mapped (the .NET runtime itself links it), which is the one
    /// TorchSharp's library will be bound to; else the first one in the usual system folders.
    /// </summary>
    public static string? FindLoadedCxxRuntime()
    {
        const string name = "libstdc++.so.6";
        if (File.Exists("/proc/self/maps"))
        {
            foreach (var line in File.ReadLines("/proc/self/maps"))
            {
                int slash = line.IndexOf('/');
                if (slash >= 0 && Path.GetFileName(line[slash..]).StartsWith(name, StringComparison.Ordinal))
                    return line[slash..].Trim();
            }
        }
        string[] folders = ["/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu", "/usr/lib64", "/lib64", "/usr/lib"];
        return folders.Select(f => Path.Combine(f, name)).FirstOrDefault(File.Exists);
    }
}

/// <summary>What <see cref="LibTorchSharpRepair.EnsureLoadable"/> found or did.</summary>
/// <param name="Message">One line saying so, with the library's path.</param>
/// <param name="Repaired">Whether the library file was changed (a version requirement marked weak).</param>
internal sealed record RepairOutcome(string Message, bool Repaired);
