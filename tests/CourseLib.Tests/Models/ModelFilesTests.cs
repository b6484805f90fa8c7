using CourseLib.Models;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CourseLib.Tests.Models;

public sealed class ModelFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coursemodels-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    private static Module<Tensor, Tensor> BlobModel(int hidden = 8, long seed = 42)
    {
        torch.manual_seed(seed);
        return Sequential(Linear(2, hidden), Linear(hidden, hidden), Linear(hidden, 4));
    }

    private static bool SameWeights(nn.Module a, nn.Module b) =>
        a.state_dict().All(p => p.Value.Equals(b.state_dict()[p.Key]));

    private string[] LeftoverTemporaries() => Directory.GetFiles(_folder, "*.tmp");

    [Fact]
    public void A_saved_model_loads_into_a_fresh_instance_with_identical_weights()
    {
        var saved = BlobModel(seed: 42);
        var path = PathOf("model.dat");

        saved.SaveModel(path);
        var loaded = BlobModel(seed: 7).LoadModel(path);

        Assert.True(SameWeights(saved, loaded));
        Assert.Empty(LeftoverTemporaries());
    }

    [Fact]
    public void Saving_again_replaces_the_file_with_the_new_weights()
    {
        var path = PathOf("model.dat");
        BlobModel(seed: 1).SaveModel(path);
        var second = BlobModel(seed: 2);

        second.SaveModel(path);

        Assert.True(SameWeights(second, BlobModel(seed: 3).LoadModel(path)));
    }

    [Fact]
    public void A_truncated_file_is_detected_and_named()
    {
        var path = PathOf("model.dat");
        BlobModel().SaveModel(path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var target = BlobModel(seed: 7);
        var before = target.state_dict().ToDictionary(p => p.Key, p => p.Value.clone());

        var error = Assert.Throws<ArgumentException>(() => target.LoadModel(path));

        Assert.Equal("path", error.ParamName);
        Assert.Contains(path, error.Message);
        Assert.Contains("truncated, or not a TorchSharp model", error.Message);
        Assert.DoesNotContain("Unable to read beyond", error.Message);
        Assert.All(before, p => Assert.True(p.Value.Equals(target.state_dict()[p.Key]))); // nothing loaded
    }

    [Fact]
    public void A_flipped_byte_anywhere_in_the_weights_is_detected_by_the_checksum()
    {
        var path = PathOf("model.dat");
        BlobModel().SaveModel(path);
        var original = File.ReadAllBytes(path);

        foreach (int at in new[] { original.Length / 2, original.Length - 40, 12 })
        {
            var damaged = (byte[])original.Clone();
            damaged[at] ^= 0x01;
            File.WriteAllBytes(path, damaged);

            var error = Assert.Throws<ArgumentException>(() => BlobModel().LoadModel(path));
            Assert.Equal("path", error.ParamName);
            Assert.Contains("checksum", error.Message);
        }
    }

    [Fact]
    public void An_empty_file_is_refused_as_empty()
    {
        var path = PathOf("empty.dat");
        File.WriteAllBytes(path, []);

        var error = Assert.Throws<ArgumentException>(() => BlobModel().LoadModel(path));

        Assert.Contains("empty (0 bytes)", error.Message);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Random_bytes_are_refused_as_not_a_model_file()
    {
        var path = PathOf("noise.dat");
        File.WriteAllBytes(path, Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 251)).ToArray());

        var error = Assert.Throws<ArgumentException>(() => BlobModel().LoadModel(path));

        Assert.Equal("path", error.ParamName);
        Assert.Contains("truncated, or not a TorchSharp model", error.Message);
    }

    [Fact]
    public void A_plain_torchsharp_save_is_refused_with_the_way_to_load_it()
    {
        var path = PathOf("plain.dat");
        BlobModel().save(path);

        var error = Assert.Throws<ArgumentException>(() => BlobModel().LoadModel(path));

        Assert.Contains("model.load(path)", error.Message);
    }

    [Fact]
    public void Another_architecture_is_refused_naming_the_first_tensor_whose_shape_differs()
    {
        var path = PathOf("model.dat");
        BlobModel(hidden: 8).SaveModel(path);
        var wider = BlobModel(hidden: 16);
        var before = wider.state_dict().ToDictionary(p => p.Key, p => p.Value.clone());

        var error = Assert.Throws<ArgumentException>(() => wider.LoadModel(path));

        Assert.Equal("module", error.ParamName);
        Assert.Contains("'0.weight' has shape [8, 2] in the file but [16, 2] in the model", error.Message);
        Assert.Contains("more differences", error.Message);
        Assert.All(before, p => Assert.True(p.Value.Equals(wider.state_dict()[p.Key])));
    }

    [Fact]
    public void Other_names_for_the_same_layers_are_refused_naming_the_missing_tensor()
    {
        var path = PathOf("model.dat");
        BlobModel().SaveModel(path);
        var otherNames = Sequential(("first", Linear(2, 8)), ("second", Linear(8, 8)), ("third", Linear(8, 4)));

        var error = Assert.Throws<ArgumentException>(() => otherNames.LoadModel(path));

        Assert.Contains("the file has '0.weight' [8, 2], which the model has not", error.Message);
    }

    [Fact]
    public void A_missing_file_or_folder_is_named()
    {
        Assert.Contains("no model file", Assert.Throws<FileNotFoundException>(() => BlobModel().LoadModel(PathOf("absent.dat"))).Message);
        var intoMissingFolder = Path.Combine(_folder, "no-such-folder", "model.dat");
        Assert.Contains("does not exist", Assert.Throws<DirectoryNotFoundException>(() => BlobModel().SaveModel(intoMissingFolder)).Message);
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => BlobModel().SaveModel(_folder)).ParamName);
    }

    [Fact]
    public void A_save_that_fails_midway_leaves_the_old_file_intact_and_no_temporary()
    {
        var path = PathOf("model.dat");
        var good = BlobModel(seed: 1);
        good.SaveModel(path);
        var oldBytes = File.ReadAllBytes(path);

        var error = Assert.Throws<IOException>(() =>
            ModelFiles.SaveModel(BlobModel(seed: 2), path, file => new FailingStream(file, failAfter: 300)));

        Assert.Contains("disk full", error.Message);
        Assert.Equal(oldBytes, File.ReadAllBytes(path));
        Assert.Empty(LeftoverTemporaries());
        Assert.True(SameWeights(good, BlobModel(seed: 3).LoadModel(path)));
    }

    [Fact]
    public void Two_concurrent_savers_to_one_path_never_collide_and_leave_one_complete_model()
    {
        var path = PathOf("shared.dat");
        var models = new[] { BlobModel(seed: 1), BlobModel(seed: 2) };

        Parallel.For(0, 2, i =>
        {
            for (int round = 0; round < 25; round++)
                models[i].SaveModel(path);
        });

        var loaded = BlobModel(seed: 3).LoadModel(path);
        Assert.True(SameWeights(models[0], loaded) || SameWeights(models[1], loaded));
        Assert.Empty(LeftoverTemporaries());
    }

    /// <summary>A stream that accepts <c>failAfter</c> bytes, then fails as a full disk does.</summary>
    private sealed class FailingStream(Stream inner, long failAfter) : PassThroughWriteStream(inner)
    {
        protected override void OnWrite(ReadOnlySpan<byte> buffer)
        {
            if (Written + buffer.Length > failAfter)
                throw new IOException("No space left on device (disk full, simulated).");
        }
    }
}
