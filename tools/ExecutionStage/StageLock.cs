namespace ExecutionStage;

/// <summary>
/// A lock on one executed copy across processes: the test assemblies run side by side, and two of them asking for
/// the same notebook in the same front end must not execute it twice or write one file together. The second waits,
/// then finds the first one's copy current and reuses it. The operating system releases the lock of a process that
/// dies, so a killed run never leaves the copy locked.
/// </summary>
public sealed class StageLock : IDisposable
{
    private readonly FileStream _file;

    private StageLock(FileStream file) => _file = file;

    /// <summary>Waits (up to <paramref name="timeout"/>) until this process holds the lock at <paramref name="path"/>.</summary>
    public static async Task<StageLock> AcquireAsync(string path, TimeSpan timeout, CancellationToken cancellation = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new StageLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellation);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
