using System.Security.Cryptography;
using CourseLib.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace Serve.Model;

/// <summary>
/// Notebook 14's trained digits classifier, loaded once and shared by every request. What changes from training:
/// the model is in evaluation mode and stays there, nothing records gradients (<c>torch.inference_mode()</c>), and
/// every tensor a prediction makes is freed when it returns (a dispose scope), so memory stays flat however many
/// requests come. Concurrent calls are safe: a forward pass only reads the parameters, and the inference mode and
/// dispose scope are per thread.
/// </summary>
internal sealed class DigitsClassifier : IDisposable
{
    private readonly nn.Module<Tensor, Tensor> _network;

    private DigitsClassifier(nn.Module<Tensor, Tensor> network, string path, string version, DateTime savedUtc) =>
        (_network, ModelFile, Version, SavedUtc) = (network, path, version, savedUtc);

    /// <summary>The file the parameters came from.</summary>
    public string ModelFile { get; }

    /// <summary>"sha256:" and the first 12 hex digits of the file's SHA-256: a new training gives a new version.</summary>
    public string Version { get; }

    /// <summary>When the file was written (UTC).</summary>
    public DateTime SavedUtc { get; }

    private long _passes, _images;

    /// <summary>Forward passes run and images predicted since start-up: with batching, more images than passes.</summary>
    public (long ForwardPasses, long Images) Counts => (Interlocked.Read(ref _passes), Interlocked.Read(ref _images));

    /// <summary>Loads the file written by notebook 14 (or the train command) into notebook 14's architecture.</summary>
    /// <exception cref="ModelFileException">The file is missing, damaged, or holds another architecture; the message names it.</exception>
    public static DigitsClassifier Load(string path)
    {
        const string HowToGetOne = "Run notebooks/14_digits.ipynb, or train and save one with: dotnet run --project serve -- train";
        if (!File.Exists(path))
            throw new ModelFileException($"The model file {path} does not exist. {HowToGetOne}");

        var network = DigitsNetwork.Create();
        try
        {
            network.LoadModel(path);
        }
        catch (ArgumentException e)
        {
            network.Dispose();
            // CourseLib's message names the file and says what is wrong with it (checksum, truncation, a tensor's shape).
            throw new ModelFileException($"{e.Message.Replace($" (Parameter '{e.ParamName}')", "")} {HowToGetOne}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            network.Dispose();
            throw new ModelFileException($"The model file {path} cannot be read: {e.Message}", e);
        }
        network.eval(); // and never train() again: no dropout or batch-norm updates while serving
        string version = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..12];
        return new DigitsClassifier(network, path, version, File.GetLastWriteTimeUtc(path));
    }

    /// <summary>
    /// The ten class probabilities of each image: one forward pass for all of them (a batch of N images costs little
    /// more than one). Each image is 64 pixels from 0 to 16, row by row, already validated.
    /// </summary>
    public float[][] Predict(IReadOnlyList<float[]> images)
    {
        int count = images.Count;
        var flat = new float[count * DigitsNetwork.Pixels];
        for (int i = 0; i < count; i++)
            images[i].CopyTo(flat, i * DigitsNetwork.Pixels);

        using var scope = torch.NewDisposeScope();   // frees the input, the logits and the probabilities on return
        using var noGrad = torch.inference_mode();   // no autograd graph: nothing to backpropagate while serving
        var input = torch.tensor(flat, [count, DigitsNetwork.Pixels]) / DigitsNetwork.MaxPixel; // 0-16 to 0-1, as notebook 14 trained
        var probabilities = torch.softmax(_network.call(input), dim: 1).data<float>().ToArray();
        Interlocked.Increment(ref _passes);
        Interlocked.Add(ref _images, count);
        return Enumerable.Range(0, count)
            .Select(i => probabilities.AsSpan(i * DigitsNetwork.Classes, DigitsNetwork.Classes).ToArray())
            .ToArray();
    }

    /// <inheritdoc/>
    public void Dispose() => _network.Dispose();
}
