using CourseLib.Setup;
using Serve.Model;

[assembly: AssemblyFixture(typeof(Serve.Tests.TrainedModel))]

namespace Serve.Tests;

/// <summary>
/// One digits classifier trained for the whole test run by the service's own train command (notebook 14's recipe),
/// into a folder of its own: the tests do not depend on whether notebook 14 has been run on this machine.
/// </summary>
public sealed class TrainedModel : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("serve-tests-").FullName;

    public TrainedModel()
    {
        TorchSetup.Initialize();
        Path = System.IO.Path.Combine(_folder, "14_digits.dat");
        var log = new StringWriter();
        if (DigitsTrainer.Run(Path, log) != 0 || !File.Exists(Path))
            throw new InvalidOperationException($"The train command did not save a model:\n{log}");
        TrainingLog = log.ToString();
    }

    /// <summary>The saved model file.</summary>
    public string Path { get; }

    /// <summary>What the train command printed.</summary>
    public string TrainingLog { get; }

    /// <summary>A copy of the model file in this run's folder, to damage or to delete.</summary>
    public string Copy(string name)
    {
        string copy = System.IO.Path.Combine(_folder, name);
        File.Copy(Path, copy, overwrite: true);
        return copy;
    }

    /// <summary>A path in this run's folder where no file is.</summary>
    public string Missing(string name) => System.IO.Path.Combine(_folder, name);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
