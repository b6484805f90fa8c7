using CourseLib.Models;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CourseLib.Tests.Adversarial;

/// <summary>Damaged model files and bad paths, against <see cref="ModelFiles"/>.</summary>
internal static class ModelFileCases
{
    private static Module<Tensor, Tensor> Model(int hidden = 8) => Sequential(Linear(2, hidden), Linear(hidden, 4));

    // A file saved, then changed by damage.
    private static string Saved(Func<byte[], byte[]> damage)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("adversarial-files-").FullName, "model.dat");
        Model().SaveModel(path);
        File.WriteAllBytes(path, damage(File.ReadAllBytes(path)));
        return path;
    }

    public static IEnumerable<BadInputCase> All()
    {
        var damaged = new CaseBuilder("damaged model file");
        damaged.Refuses("ModelFiles.LoadModel", "a file truncated to half", () => Model().LoadModel(Saved(b => b[..(b.Length / 2)])), "path", "truncated, or not a TorchSharp model");
        damaged.Refuses("ModelFiles.LoadModel", "a file missing its last byte", () => Model().LoadModel(Saved(b => b[..^1])), "path", "checksum");
        damaged.Refuses("ModelFiles.LoadModel", "one flipped bit in the weights", () => Model().LoadModel(Saved(b => { b[b.Length / 2] ^= 1; return b; })), "path", "checksum");
        damaged.Refuses("ModelFiles.LoadModel", "an empty file", () => Model().LoadModel(Saved(_ => [])), "path", "empty");
        damaged.Refuses("ModelFiles.LoadModel", "random bytes", () => Model().LoadModel(Saved(b => b.Select((_, i) => (byte)(i * 31 % 256)).ToArray())), "path", "not a TorchSharp model");
        damaged.Refuses("ModelFiles.LoadModel", "a plain model.save file", () =>
        {
            var path = Saved(b => b);
            Model().save(path);
            return Model().LoadModel(path);
        }, "path", "model.load(path)");
        damaged.Refuses("ModelFiles.LoadModel", "another architecture (16 hidden units for 8)", () => Model(16).LoadModel(Saved(b => b)), "module", "'0.weight' has shape [8, 2] in the file but [16, 2]");
        damaged.Refuses("ModelFiles.LoadModel", "the same layers under other names", () =>
            Sequential(("a", Linear(2, 8)), ("b", Linear(8, 4))).LoadModel(Saved(b => b)), "module", "which the model has not");
        damaged.Refuses("ModelFiles.LoadModel", "a float64 model for a float32 file", () => Model().to(float64).LoadModel(Saved(b => b)), "module", "Float32 in the file but Float64");
        damaged.Refuses<FileNotFoundException>("ModelFiles.LoadModel", "no such file", () => Model().LoadModel("/nonexistent/model.dat"), null, "no model file");
        damaged.Refuses("ModelFiles.LoadModel", "path is a folder", () => Model().LoadModel(Path.GetTempPath()), "path", "is a folder");
        damaged.Refuses("ModelFiles.SaveModel", "path is empty", () => { Model().SaveModel(""); return null; }, "path");
        damaged.Refuses<DirectoryNotFoundException>("ModelFiles.SaveModel", "a folder that does not exist", () => { Model().SaveModel("/nonexistent-folder/model.dat"); return null; }, null, "does not exist");
        damaged.Answers("ModelFiles.LoadModel", "a file saved twice over (the second save wins)", () =>
        {
            var path = Saved(b => b);
            torch.manual_seed(5);
            var second = Model();
            second.SaveModel(path);
            return (second, Model().LoadModel(path));
        }, r => r is (Module<Tensor, Tensor> a, Module<Tensor, Tensor> b) && a.state_dict().All(p => p.Value.Equals(b.state_dict()[p.Key])));

        var crafted = new CaseBuilder("crafted file or path");
        crafted.Refuses("ModelFiles.LoadModel", "a payload without its tensors, checksum recomputed", () =>
            Model().LoadModel(Saved(b => Recomputed(b, payload => payload[0] = 0))), "path", "do not match its own manifest");
        crafted.Refuses("ModelFiles.LoadModel", "a tensor renamed inside the payload, checksum recomputed", () =>
            Model().LoadModel(Saved(b => Recomputed(b, payload => payload[2] = (byte)'X'))), "path", "do not match its own manifest");
        crafted.Answers("ModelFiles.LoadModel", "a crafted payload leaves the model's values as they were", () =>
        {
            var model = Model();
            var before = model.state_dict().ToDictionary(kv => kv.Key, kv => kv.Value.clone());
            try { model.LoadModel(Saved(b => Recomputed(b, payload => payload[2] = (byte)'X'))); } catch (ArgumentException) { }
            return model.state_dict().All(kv => kv.Value.eq(before[kv.Key]).all().item<bool>());
        }, r => r is true);
        crafted.Answers("ModelFiles.SaveModel", "a 250-byte file name (failed on the save's own temporary file)", () =>
        {
            var path = Path.Combine(Directory.CreateTempSubdirectory("adversarial-files-").FullName, new string('m', 246) + ".dat");
            var saved = Model();
            saved.SaveModel(path);
            return saved.state_dict().All(kv => kv.Value.eq(Model(8).LoadModel(path).state_dict()[kv.Key]).all().item<bool>());
        }, r => r is true);
        crafted.Refuses("ModelFiles.SaveModel", "a 300-byte file name", () =>
        {
            Model().SaveModel(Path.Combine(Path.GetTempPath(), new string('m', 296) + ".dat"));
            return null;
        }, "path", "at most 255");
        crafted.Refuses("ModelFiles.SaveModel", "a NUL inside the path", () => { Model().SaveModel(Path.Combine(Path.GetTempPath(), "mo\0del.dat")); return null; }, "path", "NUL");
        crafted.Refuses("ModelFiles.SaveModel", "a module that never called RegisterComponents() (saved 55 bytes)", () =>
        {
            Unregistered().SaveModel(Path.Combine(Directory.CreateTempSubdirectory("adversarial-files-").FullName, "model.dat"));
            return null;
        }, "module", "RegisterComponents()");
        crafted.Refuses("ModelFiles.LoadModel", "into a module that never called RegisterComponents() (loaded \"successfully\")", () =>
            Unregistered().LoadModel(Saved(b => b)), "module", "RegisterComponents()");

        var killed = new CaseBuilder("killed process");
        killed.Answers("ModelFiles.SaveModel", "the temporary file of a save killed midway is gone after the next save", () =>
        {
            var (folder, path, abandoned) = AbandonedTemporary();
            Model().SaveModel(path);
            return (File.Exists(abandoned), Directory.GetFiles(folder).Length);
        }, r => r is (false, 1));
        killed.Answers("ModelFiles.SaveModel", "the temporary file of a save still running is left to it", () =>
        {
            var (folder, path, abandoned) = AbandonedTemporary();
            using var stillWriting = new FileStream(abandoned, FileMode.Open, FileAccess.Write, FileShare.Delete); // as a save holds it
            Model().SaveModel(path);
            return File.Exists(abandoned);
        }, r => r is true);
        return damaged.Cases.Concat(crafted.Cases).Concat(killed.Cases);
    }

    /// <summary>A module of the learner's own whose constructor forgot RegisterComponents(): its layer is no parameter.</summary>
    private static Module<Tensor, Tensor> Unregistered() => new Forgetful();

    private sealed class Forgetful() : Module<Tensor, Tensor>(nameof(Forgetful))
    {
        private readonly Module<Tensor, Tensor> _layers = Sequential(Linear(2, 8), Linear(8, 4));

        public override Tensor forward(Tensor input) => _layers.call(input);
    }

    // A save's temporary file, as a save killed before its rename leaves it: same name, same folder, nobody writing it.
    private static (string Folder, string Path, string Abandoned) AbandonedTemporary()
    {
        var folder = Directory.CreateTempSubdirectory("adversarial-files-").FullName;
        var path = Path.Combine(folder, "model.dat");
        string? temporary = null;
        ModelFiles.SaveModel(Model(), path, file => { temporary = ((FileStream)file).Name; return file; });
        File.WriteAllBytes(temporary!, new byte[1000]);
        File.SetLastWriteTimeUtc(temporary!, DateTime.UtcNow.AddMinutes(-1)); // killed a minute ago
        return (folder, path, temporary!);
    }

    // The file with its payload changed by alter and the checksum computed again: damage the checksum cannot see.
    private static byte[] Recomputed(byte[] file, Action<Span<byte>> alter)
    {
        int manifestLength = BitConverter.ToInt32(file, ModelFileFormat.Magic.Length);
        int payloadStart = ModelFileFormat.Magic.Length + sizeof(int) + manifestLength;
        int bodyLength = file.Length - ModelFileFormat.HashLength;
        alter(file.AsSpan(payloadStart, bodyLength - sizeof(long) - payloadStart));
        System.Security.Cryptography.SHA256.HashData(file.AsSpan(0, bodyLength)).CopyTo(file.AsSpan(bodyLength));
        return file;
    }
}
