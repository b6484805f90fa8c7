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
        return damaged.Cases;
    }
}
