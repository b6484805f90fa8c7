using System.Security.Cryptography;

namespace CourseLib.Models;

/// <summary>
/// A write-only stream that passes every byte on to another stream and adds it to a SHA-256 hash, so a file's
/// checksum is computed while it is written, without reading it back or holding it in memory.
/// </summary>
internal sealed class HashingWriteStream(Stream inner) : PassThroughWriteStream(inner)
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>The SHA-256 of every byte written so far.</summary>
    public byte[] CurrentHash() => _hash.GetCurrentHash();

    /// <inheritdoc/>
    protected override void OnWrite(ReadOnlySpan<byte> buffer) => _hash.AppendData(buffer);

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing) _hash.Dispose(); // the inner stream belongs to the caller
        base.Dispose(disposing);
    }
}
