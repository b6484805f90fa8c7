using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace NotebookRunner;

/// <summary>
/// Writes executed copies: to a temporary file of the writer's own, then renamed over the copy, so a crash never
/// leaves a half-written notebook and two writers never share a temporary file. A copy that cannot be written
/// (a file where a folder should be, no permission, a full disk) is a reason to report, not an exception that
/// ends the run.
/// </summary>
public static partial class ExecutedCopy
{
    /// <summary>Writes <paramref name="document"/> to <paramref name="path"/>; returns why not, or null once written.</summary>
    public static string? TryWrite(InteractiveDocument document, string path) =>
        TryWrite(path, stream => Notebook.Write(document, stream, NotebookKernel.KernelInfos()));

    /// <summary>Copies an executed notebook already written elsewhere (a kernel process's snapshot) to <paramref name="path"/>.</summary>
    public static string? TryCopy(string source, string path) =>
        TryWrite(path, stream =>
        {
            using var input = File.OpenRead(source);
            input.CopyTo(stream);
        });

    private static string? TryWrite(string path, Action<Stream> write)
    {
        // Named after its writer (process id and start time): a runner killed mid-write leaves it, and the next one
        // removes it (RemoveAbandoned) once that writer is gone.
        var temp = $"{path}.{KernelSupervisor.Me.Replace(' ', '-')}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = File.Create(temp))
                write(stream);
            File.Move(temp, path, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            return WhyNot(path, e);
        }
    }

    /// <summary>
    /// Deletes the temporary files below <paramref name="outputRoot"/> whose writer is gone (a runner killed while it
    /// wrote a copy); a writer still running keeps its own.
    /// </summary>
    /// <returns>How many were removed.</returns>
    public static int RemoveAbandoned(string outputRoot)
    {
        if (!Directory.Exists(outputRoot)) return 0;
        int removed = 0;
        foreach (var file in Directory.EnumerateFiles(outputRoot, "*.tmp", SearchOption.AllDirectories))
        {
            var writer = AbandonedName().Match(Path.GetFileName(file));
            if (!writer.Success || KernelSupervisor.IsAlive($"{writer.Groups[1].Value} {writer.Groups[2].Value}")) continue;
            TryDelete(file);
            removed += File.Exists(file) ? 0 : 1;
        }
        return removed;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\.ipynb\.(\d+)-(\d+)\.[0-9a-f]{32}\.tmp$")]
    private static partial System.Text.RegularExpressions.Regex AbandonedName();

    /// <summary>What blocks the copy, in terms of the folders on its way, and what to do about it.</summary>
    private static string WhyNot(string path, Exception e)
    {
        var prefix = $"the executed copy {path} could not be written: ";
        for (var folder = Path.GetDirectoryName(path); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(folder))
                return prefix + $"{folder} is a file where a folder should be; move or delete that file.";
        }
        if (Directory.Exists(path))
            return prefix + "a folder has that name; move or delete the folder.";
        if (e is UnauthorizedAccessException)
            return prefix + $"no permission to write in {Path.GetDirectoryName(path)}; give yourself write access to it (chmod u+w) " +
                   $"or run from a copy of the course you own. ({e.Message})";
        return prefix + e.Message;
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The folder refused the temporary file too; there is nothing of ours to clean up.
        }
    }
}
