using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Models;

/// <summary>
/// Saving a model's <c>state_dict</c> to a file and loading it back, safely: a save never leaves a half-written
/// or stale file behind, and a load detects a damaged file or a model of another shape and says so, naming the
/// file and the tensor, instead of TorchSharp's "Unable to read beyond the end of the stream".
/// </summary>
/// <remarks>
/// <para>
/// <see cref="SaveModel(nn.Module, string)"/> writes to a temporary file of its own next to the target (so two savers never share
/// one), flushes it to the disk, then renames it over the target in one step: the target is always either the
/// old complete file or the new complete one. If anything fails, the temporary file is deleted and the old file
/// is untouched.
/// </para>
/// <para>
/// The file holds TorchSharp's own <c>Module.save</c> bytes, framed by a manifest of the tensors' names, types and
/// shapes and a SHA-256 checksum (layout in <c>ModelFileFormat</c>). A file written by <c>model.save(path)</c>
/// itself has no frame: load it with <c>model.load(path)</c>.
/// </para>
/// <para>Introduced in <c>08_saving_loading.ipynb</c>.</para>
/// </remarks>
public static class ModelFiles
{
    /// <summary>
    /// Saves <paramref name="module"/>'s parameters and buffers (its <c>state_dict</c>) to <paramref name="path"/>, atomically.
    /// Introduced in <c>08_saving_loading.ipynb</c>, as <c>model4.SaveModel(modelPath)</c>, where the Python course
    /// calls <c>torch.save(model.state_dict(), path)</c>.
    /// </summary>
    /// <param name="module">The model to save.</param>
    /// <param name="path">The file to write; its folder must exist. An existing file is replaced only once the new one is complete.</param>
    /// <exception cref="ArgumentException">The model is null or disposed, or the path is empty or a folder.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder of <paramref name="path"/> does not exist.</exception>
    /// <exception cref="IOException">Writing failed (the disk is full, the folder is read-only); the old file, if any, is unchanged.</exception>
    public static void SaveModel(this nn.Module module, string path)
    {
        Guards.LiveModule(module);
        SaveModel(module, path, file => file);
    }

    /// <summary>
    /// <see cref="SaveModel(nn.Module, string)"/> with the temporary file's stream wrapped by <paramref name="wrapFile"/>:
    /// the tests' way to make a write fail midway, as a full disk would.
    /// </summary>
    internal static void SaveModel(nn.Module module, string path, Func<Stream, Stream> wrapFile)
    {
        Guards.LiveModule(module);
        string target = CheckPath(path);
        string folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"Cannot save the model to {path}: the folder {folder} does not exist. Create it first (Directory.CreateDirectory).");

        // A name of its own per save: a fixed "path.tmp" would let two savers write into one file. Its length is fixed,
        // whatever the target's (a long name must not make the temporary one too long), and it starts with a prefix of
        // the target's, so that a save removes what an earlier save of the same file, killed midway, left behind.
        string prefix = TemporaryPrefix(target);
        RemoveAbandoned(folder, prefix);
        string temporary = Path.Combine(folder, $"{prefix}{Guid.NewGuid():N}.tmp");
        try
        {
            // Open until after the rename: the handle is what tells another save's clean-up that this file is in use
            // (FileShare.Delete lets the rename happen while it is open, on Windows too).
            using var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.Delete);
            Write(module, wrapFile(file));
            file.Flush(flushToDisk: true); // on the disk before the rename makes it the model file
            File.Move(temporary, target, overwrite: true); // a rename within one folder: all at once
        }
        catch
        {
            TryDelete(temporary); // closed by now: the using ended with the try block
            throw;
        }
    }

    /// <summary>
    /// Loads the parameters and buffers saved by <see cref="SaveModel(nn.Module, string)"/> into <paramref name="module"/>, which must have
    /// the same architecture (the same class, created with the same sizes). Nothing is changed unless the whole file is
    /// intact and fits the model. Introduced in <c>08_saving_loading.ipynb</c>, where the Python
    /// course calls <c>model.load_state_dict(torch.load(path))</c>.
    /// </summary>
    /// <param name="module">The model to fill, e.g. a new instance of the class that was saved.</param>
    /// <param name="path">A file written by <see cref="SaveModel(nn.Module, string)"/>.</param>
    /// <returns><paramref name="module"/>, for chaining (<c>new BlobModel(2, 4).LoadModel(path).eval()</c>).</returns>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The file is empty, truncated, damaged (its checksum does not match) or not a model file (parameter <c>path</c>), or it does
    /// not fit the model: a tensor missing, extra, or of another shape or type, named in the message (parameter <c>module</c>).
    /// </exception>
    public static T LoadModel<T>(this T module, string path) where T : nn.Module
    {
        Guards.LiveModule(module);
        string source = CheckPath(path);
        if (!File.Exists(source))
            throw new FileNotFoundException($"There is no model file at {path}.", path);

        byte[] bytes = File.ReadAllBytes(source);
        var (manifest, payload) = Read(bytes, path);
        CheckFits(module, manifest, path);
        LoadWhole(module, bytes, payload, path);
        return module;
    }

    /// <summary>
    /// TorchSharp's load of the payload, all or nothing: a file whose checksum was recomputed over altered tensors
    /// (its manifest fits the model, its payload does not) is refused naming the file, and the model keeps its values.
    /// </summary>
    private static void LoadWhole(nn.Module module, byte[] bytes, (int Offset, int Length) payload, string path)
    {
        var before = module.state_dict().ToDictionary(kv => kv.Key, kv => kv.Value.detach().clone());
        try
        {
            using var stream = new MemoryStream(bytes, payload.Offset, payload.Length, writable: false);
            using var reader = new BinaryReader(stream);
            module.load(reader, strict: true);
            if (stream.Position != stream.Length)
                throw new InvalidDataException($"{stream.Length - stream.Position} bytes after the last tensor");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            using (no_grad())
                foreach (var (name, tensor) in module.state_dict())
                    if (before.TryGetValue(name, out var saved)) tensor.copy_(saved);
            throw new ArgumentException(
                $"The model file {path} has a valid frame but its tensors do not match its own manifest ({e.Message.Split('\n', 2)[0].Trim()}): " +
                "it was altered and its checksum recomputed, or written by another program. Nothing was loaded; save the model again.", nameof(path), e);
        }
        finally
        {
            foreach (var saved in before.Values) saved.Dispose();
        }
    }

    private static void Write(nn.Module module, Stream destination)
    {
        var entries = module.state_dict()
            .Select(kv => new ModelFileFormat.Entry(kv.Key, kv.Value.dtype.ToString(), kv.Value.shape))
            .ToArray();
        byte[] manifest = ModelFileFormat.WriteManifest(entries);

        using var hashing = new HashingWriteStream(destination);
        using (var writer = new BinaryWriter(hashing, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(ModelFileFormat.Magic);
            writer.Write(manifest.Length);
            writer.Write(manifest);
            writer.Flush();
            long before = hashing.Written;
            module.save(writer);
            writer.Flush();
            writer.Write(hashing.Written - before);
            writer.Flush();
        }
        destination.Write(hashing.CurrentHash()); // the checksum itself is not part of what it covers
        destination.Flush();
    }

    private static (ModelFileFormat.Entry[] Manifest, (int Offset, int Length) Payload) Read(byte[] bytes, string path)
    {
        const string NotAModel = "truncated, or not a TorchSharp model saved with ModelFiles.SaveModel";
        if (bytes.Length == 0)
            throw new ArgumentException($"The model file {path} is empty (0 bytes): {NotAModel}. Save the model again.", nameof(path));
        if (bytes.Length < ModelFileFormat.Magic.Length || !bytes.AsSpan(0, ModelFileFormat.Magic.Length).SequenceEqual(ModelFileFormat.Magic))
            throw new ArgumentException(
                $"The model file {path} ({bytes.Length} bytes) does not start as a CourseLib model file does: {NotAModel}. " +
                "(A file written by model.save(path) itself loads with model.load(path).)", nameof(path));
        if (bytes.Length < ModelFileFormat.FixedLength)
            throw new ArgumentException($"The model file {path} is truncated: {bytes.Length} bytes, shorter than the smallest model file. Save the model again.", nameof(path));

        var body = bytes.AsSpan(0, bytes.Length - ModelFileFormat.HashLength);
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(body.Length)))
            throw new ArgumentException(
                $"The model file {path} is damaged: its SHA-256 checksum does not match its contents ({NotAModel}, or changed after it was saved, " +
                "e.g. a byte altered on the disk). Nothing was loaded; save the model again.", nameof(path));

        // The checksum matched, so the frame is as SaveModel wrote it.
        int offset = ModelFileFormat.Magic.Length;
        int manifestLength = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(offset));
        long payloadLength = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(body.Length - sizeof(long)));
        int payloadOffset = offset + sizeof(int) + manifestLength;
        var manifest = manifestLength >= 0 && payloadOffset + payloadLength + sizeof(long) == body.Length
            ? ModelFileFormat.ReadManifest(bytes.AsSpan(offset + sizeof(int), manifestLength))
            : null;
        if (manifest is null)
            throw new ArgumentException($"The model file {path} has an unreadable manifest: {NotAModel}.", nameof(path));
        return (manifest, (payloadOffset, (int)payloadLength));
    }

    /// <summary>Compares the file's tensors with the model's before TorchSharp replaces any of them.</summary>
    private static void CheckFits(nn.Module module, ModelFileFormat.Entry[] manifest, string path)
    {
        var target = module.state_dict();
        var saved = manifest.ToDictionary(e => e.Name);
        var differences = new List<string>();
        foreach (var entry in manifest)
        {
            if (!target.TryGetValue(entry.Name, out var tensor))
                differences.Add($"the file has '{entry.Name}' {entry.ShapeText}, which the model has not");
            else if (!tensor.shape.SequenceEqual(entry.Shape))
                differences.Add($"'{entry.Name}' has shape {entry.ShapeText} in the file but [{string.Join(", ", tensor.shape)}] in the model");
            else if (tensor.dtype.ToString() != entry.DType)
                differences.Add($"'{entry.Name}' is {entry.DType} in the file but {tensor.dtype} in the model");
        }
        foreach (var name in target.Keys.Where(n => !saved.ContainsKey(n)))
            differences.Add($"the model has '{name}', which the file has not");
        if (differences.Count == 0) return;

        string more = differences.Count > 1 ? $" (and {differences.Count - 1} more difference{(differences.Count > 2 ? "s" : "")})" : "";
        throw new ArgumentException(
            $"The model file {path} does not fit this model: {differences[0]}{more}. Nothing was loaded. Create the model with the " +
            "same class and the same sizes as the one that was saved.", nameof(module));
    }

    // ".model-save." and 16 hex digits of the target's name: every temporary file of one target, and only of it.
    private static string TemporaryPrefix(string target) =>
        $".model-save.{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFileName(target))), 0, 8)}.";

    /// <summary>
    /// Deletes the temporary files a killed save of the same target left. A save still running holds its file open
    /// until its rename (a share lock on Linux and macOS, a share mode on Windows, both gone when the process dies), so
    /// an exclusive open fails on it; a file written in the last second is left too, as its save may not hold it yet.
    /// </summary>
    private static void RemoveAbandoned(string folder, string prefix)
    {
        foreach (var stale in Directory.EnumerateFiles(folder, prefix + "*.tmp"))
        {
            try
            {
                if (DateTime.UtcNow - File.GetLastWriteTimeUtc(stale) < TimeSpan.FromSeconds(1)) continue;
                using (new FileStream(stale, FileMode.Open, FileAccess.ReadWrite, FileShare.None)) { }
                File.Delete(stale);
            }
            catch (IOException)
            {
                // Another save is writing it right now.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static string CheckPath(string path)
    {
        string full = Guards.FilePath(path);
        if (Directory.Exists(full))
            throw new ArgumentException($"{path} is a folder; give the model file's path, e.g. {Path.Combine(path, "model.dat")}.", nameof(path));
        return full;
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
            // Best effort: the original error matters more than a temporary file that could not be removed.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
