namespace CourseLib.Models;

/// <summary>
/// A write-only stream that passes every byte on to another stream and counts them, letting a subclass see each
/// write first: <see cref="HashingWriteStream"/> adds it to a checksum, the tests' full-disk stand-in fails it.
/// Reading and seeking are not supported; disposing it leaves the other stream open (it belongs to the caller).
/// </summary>
internal abstract class PassThroughWriteStream(Stream inner) : Stream
{
    /// <summary>Bytes written so far.</summary>
    public long Written { get; private set; }

    /// <summary>Sees <paramref name="buffer"/> before it is written on; throwing here stops the write.</summary>
    protected abstract void OnWrite(ReadOnlySpan<byte> buffer);

    /// <inheritdoc/>
    public sealed override void Write(ReadOnlySpan<byte> buffer)
    {
        OnWrite(buffer);
        inner.Write(buffer);
        Written += buffer.Length;
    }

    /// <inheritdoc/>
    public sealed override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public sealed override void WriteByte(byte value) => Write([value]);

    /// <inheritdoc/>
    public override void Flush() => inner.Flush();

    /// <inheritdoc/>
    public override bool CanRead => false;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => true;

    /// <summary>The bytes written so far, as <see cref="Written"/>.</summary>
    public override long Length => Written;

    /// <summary>The bytes written so far; it cannot be set.</summary>
    public override long Position { get => Written; set => throw new NotSupportedException(); }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();
}
